package app.banso.ejb.support;

import app.banso.domain.shared.NotFoundException;
import app.banso.domain.support.MenuRequest;
import app.banso.domain.support.SupportMenu;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * SUPPORT-6 decisions on menu places, for the boundary {@link MenuService} (which checks ADMIN).
 * Each decision locks the menu row first, so concurrent grants are counted one after the other
 * and places are never over-granted.
 */
@Stateless
@PermitAll
public class MenuDesk {

    @Inject private SupportRepository repository;
    @Inject private Clock clock;

    public MenuRequest decide(long requestId, MenuRequest.State decision, String admin) {
        MenuRequest r = repository.request(requestId).orElseThrow(() -> new NotFoundException("menuRequest", requestId));
        SupportMenu menu = repository.lockMenu(r.getMenuId());
        switch (decision) {
            case GRANTED -> r.grant(repository.granted(menu.getId()), menu.getPlaces(), admin, clock.instant());
            case WAITLISTED -> r.waitlist(admin, clock.instant());
            case DECLINED -> r.decline(admin, clock.instant());
            default -> throw new IllegalArgumentException(decision.name());
        }
        return r;
    }
}

package app.banso.ejb.support;

import app.banso.domain.programme.Programme;
import app.banso.domain.support.MenuRequest;
import app.banso.domain.support.SupportMenu;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** ADMIN defines the limited menus of the programme and screens the requests for places (SUPPORT-6). */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed(Roles.ADMIN)
public class MenuService {

    public record MenuView(long id, String nameJa, String nameEn, int places, long granted, List<RequestView> requests)
            implements Serializable {
    }

    public record RequestView(long id, String companyName, int cumulativeYears, String state, String suggestion,
                              String requestedBy) implements Serializable {
    }

    @Inject private SupportRepository repository;
    @Inject private ProgrammeRepository programmes;
    @Inject private MenuDesk desk;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    public List<MenuView> menus() {
        return repository.menus(programme().getId()).stream().map(m -> {
            long granted = repository.granted(m.getId());
            return new MenuView(m.getId(), m.getNameJa(), m.getNameEn(), m.getPlaces(), granted,
                    repository.requests(m.getId()).stream().map(r -> new RequestView(r.getId(), r.getCompanyName(),
                            r.getCumulativeYears(), r.getState().name(), r.suggestion(m.getPlaces() - granted),
                            r.getRequestedBy())).toList());
        }).toList();
    }

    public void define(String nameJa, String nameEn, int places) {
        SupportMenu menu = new SupportMenu(programme().getId(), nameJa, nameEn, places);
        repository.add(menu);
        audit.record("MENU_DEFINED", "menu:" + nameJa, "places=" + places);
    }

    public void decide(long requestId, @NotNull MenuRequest.State decision) {
        MenuRequest r = desk.decide(requestId, decision, context.getCallerPrincipal().getName());
        audit.record("MENU_DECIDED", "case:" + r.getCaseId(), decision.name());
    }

    private Programme programme() {
        return programmes.findCurrent(LocalDate.now(clock)).orElseThrow();
    }
}

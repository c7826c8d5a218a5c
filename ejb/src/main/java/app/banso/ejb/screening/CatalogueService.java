package app.banso.ejb.screening;

import app.banso.domain.screening.ServiceOffering;
import app.banso.domain.shared.InvalidDataException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.screening.ScreeningRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** ADMIN maintains the catalogue of JETRO and partner services (SCREEN-4 pointers, SUPPORT-3 referrals). */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed(Roles.ADMIN)
public class CatalogueService {

    @Inject private ScreeningRepository repository;
    @Inject private AuditLog audit;

    public List<ServiceOffering> active() {
        return repository.activeServices();
    }

    public void add(String nameJa, String nameEn, String provider, String url, boolean paid) {
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank() || provider == null || provider.isBlank()) {
            throw new InvalidDataException("nameJa", "validation.required");
        }
        if (url != null && !url.isBlank() && !url.strip().matches("https?://\\S+")) {
            throw new InvalidDataException("url", "websiteUrl.format");
        }
        ServiceOffering s = repository.addService(new ServiceOffering(nameJa.strip(), nameEn.strip(), provider.strip(),
                url == null || url.isBlank() ? null : url.strip(), paid));
        audit.record("SERVICE_ADDED", "service:" + s.getId(), nameJa);
    }

    /** Retired services are no longer offered; earlier e-mails and referrals keep their text. */
    public void retire(long id) {
        repository.services(List.of(id)).forEach(ServiceOffering::retire);
        audit.record("SERVICE_RETIRED", "service:" + id, null);
    }
}

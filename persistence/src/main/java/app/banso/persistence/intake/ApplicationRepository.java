package app.banso.persistence.intake;

import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.programme.CapacityBasis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class ApplicationRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Optional<Application> find(long id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    public Optional<Application> findByCompanyAndProgramme(long companyId, long programmeId) {
        return em.createQuery("select a from Application a where a.company.id = :c and a.programme.id = :p", Application.class)
                .setParameter("c", companyId)
                .setParameter("p", programmeId)
                .getResultStream().findFirst();
    }

    public Application add(Application application) {
        em.persist(application);
        return application;
    }

    /** The statuses that count against the capacity for a basis (APPLY-4). */
    public static Set<ApplicationStatus> countedStatuses(CapacityBasis basis) {
        return switch (basis) {
            case SUBMITTED -> EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.COMPLETE,
                    ApplicationStatus.DOCUMENT_SCREENING, ApplicationStatus.INTERVIEW_SCHEDULED, ApplicationStatus.ADOPTED);
            case COMPLETE -> EnumSet.of(ApplicationStatus.COMPLETE, ApplicationStatus.DOCUMENT_SCREENING,
                    ApplicationStatus.INTERVIEW_SCHEDULED, ApplicationStatus.ADOPTED);
            case ADOPTED -> EnumSet.of(ApplicationStatus.ADOPTED);
        };
    }

    /** How many applications of a programme count against its capacity (one aggregate query). */
    public long countAgainstCapacity(long programmeId, CapacityBasis basis) {
        return em.createQuery("select count(a) from Application a where a.programme.id = :p and a.status in :s", Long.class)
                .setParameter("p", programmeId)
                .setParameter("s", countedStatuses(basis))
                .getSingleResult();
    }
}

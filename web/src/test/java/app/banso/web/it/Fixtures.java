package app.banso.web.it;

import app.banso.domain.support.SupportCase;
import app.banso.persistence.support.SupportRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Test data written in the container, inside the caller's transaction. Test deployments only. */
final class Fixtures {

    private Fixtures() {
    }

    /** A new support case, on the first application that has none, assigned to the coordinator. */
    static SupportCase newCase(EntityManager em, SupportRepository cases, String coordinator, String company) {
        Long applicationId = em.createQuery("select a.id from Application a where not exists "
                        + "(select c from SupportCase c where c.applicationId = a.id) order by a.id", Long.class)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo data has applications without a case"));
        Long programmeId = em.createQuery("select a.programme.id from Application a where a.id = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult();
        SupportCase c = cases.add(new SupportCase(applicationId, programmeId, company, Instant.now()));
        c.assignCoordinator(coordinator);
        return c;
    }
}

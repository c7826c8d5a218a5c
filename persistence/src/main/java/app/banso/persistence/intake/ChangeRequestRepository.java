package app.banso.persistence.intake;

import app.banso.domain.intake.ChangeRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class ChangeRequestRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public void add(ChangeRequest request) {
        em.persist(request);
    }

    public List<ChangeRequest> byApplication(long applicationId) {
        return em.createQuery("select c from ChangeRequest c where c.applicationId = :a order by c.createdAt, c.id", ChangeRequest.class)
                .setParameter("a", applicationId)
                .getResultList();
    }
}

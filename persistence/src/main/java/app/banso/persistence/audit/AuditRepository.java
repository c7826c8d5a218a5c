package app.banso.persistence.audit;

import app.banso.domain.audit.AuditEntry;
import app.banso.persistence.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Append-only: there is deliberately no update or delete here. */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    public long count() {
        return em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
    }

    public List<AuditEntry> newestFirst(PageRequest page) {
        return em.createQuery("select a from AuditEntry a order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }
}

package app.banso.persistence.audit;

import app.banso.domain.audit.AuditEntry;
import app.banso.persistence.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
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
        return count(AuditSearch.ALL);
    }

    public List<AuditEntry> newestFirst(PageRequest page) {
        return newestFirst(AuditSearch.ALL, page);
    }

    public long count(AuditSearch search) {
        return bind(em.createQuery("select count(a) from AuditEntry a" + where(search), Long.class), search).getSingleResult();
    }

    public List<AuditEntry> newestFirst(AuditSearch search, PageRequest page) {
        return bind(em.createQuery("select a from AuditEntry a" + where(search) + " order by a.occurredAt desc, a.id desc",
                AuditEntry.class), search)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    /** Fixed JPQL fragments only; every value the user typed is a parameter. */
    private static String where(AuditSearch s) {
        List<String> parts = new ArrayList<>();
        if (AuditSearch.given(s.actor())) {
            parts.add("lower(a.actor) like :actor escape '\\'");
        }
        if (AuditSearch.given(s.action())) {
            parts.add("lower(a.action) like :action escape '\\'");
        }
        if (AuditSearch.given(s.subject())) {
            parts.add("lower(a.subject) like :subject escape '\\'");
        }
        if (AuditSearch.given(s.clientAddress())) {
            parts.add("a.clientAddress = :address");
        }
        if (s.from() != null) {
            parts.add("a.occurredAt >= :from");
        }
        if (s.until() != null) {
            parts.add("a.occurredAt < :until");
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, AuditSearch s) {
        if (AuditSearch.given(s.actor())) {
            q.setParameter("actor", AuditSearch.containing(s.actor()));
        }
        if (AuditSearch.given(s.action())) {
            q.setParameter("action", AuditSearch.containing(s.action()));
        }
        if (AuditSearch.given(s.subject())) {
            q.setParameter("subject", AuditSearch.containing(s.subject()));
        }
        if (AuditSearch.given(s.clientAddress())) {
            q.setParameter("address", s.clientAddress().strip());
        }
        if (s.from() != null) {
            q.setParameter("from", s.from());
        }
        if (s.until() != null) {
            q.setParameter("until", s.until());
        }
        return q;
    }
}

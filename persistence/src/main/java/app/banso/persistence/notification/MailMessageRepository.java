package app.banso.persistence.notification;

import app.banso.domain.notification.MailMessage;
import app.banso.domain.notification.MailStatus;
import app.banso.persistence.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MailMessageRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Optional<MailMessage> find(long id) {
        return Optional.ofNullable(em.find(MailMessage.class, id));
    }

    public boolean existsByDedupKey(String key) {
        return !em.createQuery("select m.id from MailMessage m where m.dedupKey = :k", Long.class)
                .setParameter("k", key).setMaxResults(1).getResultList().isEmpty();
    }

    public MailMessage add(MailMessage message) {
        em.persist(message);
        return message;
    }

    /**
     * Claims up to {@code limit} due messages for this node until {@code claimUntil}. Each claim
     * is a conditional update that only one node can win, so two servers never send the same
     * message at the same time; a node that dies leaves its claim to expire.
     */
    public List<Long> claimDue(Instant now, Instant claimUntil, int limit) {
        List<Long> candidates = em.createQuery("""
                        select m.id from MailMessage m
                        where m.status = :pending and m.nextAttemptAt <= :now
                          and (m.claimedUntil is null or m.claimedUntil < :now)
                        order by m.nextAttemptAt""", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        List<Long> claimed = new ArrayList<>(candidates.size());
        for (Long id : candidates) {
            int won = em.createQuery("""
                            update MailMessage m set m.claimedUntil = :until
                            where m.id = :id and m.status = :pending
                              and (m.claimedUntil is null or m.claimedUntil < :now)""")
                    .setParameter("until", claimUntil)
                    .setParameter("id", id)
                    .setParameter("pending", MailStatus.PENDING)
                    .setParameter("now", now)
                    .executeUpdate();
            if (won == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    public List<MailMessage> aboutApplication(long applicationId) {
        return em.createQuery("select m from MailMessage m where m.applicationId = :a order by m.createdAt, m.id", MailMessage.class)
                .setParameter("a", applicationId).getResultList();
    }

    public long count() {
        return em.createQuery("select count(m) from MailMessage m", Long.class).getSingleResult();
    }

    public List<MailMessage> newestFirst(PageRequest page) {
        return em.createQuery("select m from MailMessage m order by m.createdAt desc, m.id desc", MailMessage.class)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }
}

package app.banso.persistence.intake;

import app.banso.domain.intake.WaitingListEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** APPLY-4: the waiting list of a programme, served in arrival order. */
@ApplicationScoped
public class WaitingListRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Optional<WaitingListEntry> findByApplication(long applicationId) {
        return em.createQuery("select w from WaitingListEntry w where w.applicationId = :a", WaitingListEntry.class)
                .setParameter("a", applicationId)
                .getResultStream().findFirst();
    }

    public Optional<WaitingListEntry> first(long programmeId) {
        return em.createQuery("""
                        select w from WaitingListEntry w
                        where w.programmeId = :p and w.state = app.banso.domain.intake.WaitingListEntry.State.WAITING
                        order by w.joinedAt, w.id""", WaitingListEntry.class)
                .setParameter("p", programmeId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** 1 for the first in line. */
    public long position(WaitingListEntry entry) {
        return em.createQuery("""
                        select count(w) from WaitingListEntry w
                        where w.programmeId = :p and w.state = app.banso.domain.intake.WaitingListEntry.State.WAITING
                          and (w.joinedAt < :t or (w.joinedAt = :t and w.id <= :id))""", Long.class)
                .setParameter("p", entry.getProgrammeId())
                .setParameter("t", entry.getJoinedAt())
                .setParameter("id", entry.getId())
                .getSingleResult();
    }

    public long countWaiting(long programmeId) {
        return em.createQuery("""
                        select count(w) from WaitingListEntry w
                        where w.programmeId = :p and w.state = app.banso.domain.intake.WaitingListEntry.State.WAITING""", Long.class)
                .setParameter("p", programmeId)
                .getSingleResult();
    }

    public void add(WaitingListEntry entry) {
        em.persist(entry);
    }
}

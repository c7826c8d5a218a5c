package app.banso.persistence.support;

import app.banso.domain.support.Activity;
import app.banso.domain.support.CaseStatus;
import app.banso.domain.support.CoordinatorAssignment;
import app.banso.domain.support.SupportCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Support cases, their coordinator history and work log. */
@ApplicationScoped
public class SupportRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Optional<SupportCase> find(long id) {
        return Optional.ofNullable(em.find(SupportCase.class, id));
    }

    public Optional<SupportCase> findByApplication(long applicationId) {
        return em.createQuery("select c from SupportCase c where c.applicationId = :a", SupportCase.class)
                .setParameter("a", applicationId).getResultStream().findFirst();
    }

    public SupportCase add(SupportCase c) {
        em.persist(c);
        return c;
    }

    /** Cases visible to a coordinator (only those assigned to them), or every case for null. */
    public List<SupportCase> cases(String coordinatorOrAll) {
        if (coordinatorOrAll == null) {
            return em.createQuery("select c from SupportCase c order by c.status, c.companyName", SupportCase.class).getResultList();
        }
        return em.createQuery("select c from SupportCase c where c.coordinator = :c order by c.status, c.companyName",
                SupportCase.class).setParameter("c", coordinatorOrAll).getResultList();
    }

    /** Open cases whose support period ended before a day (the daily end-of-period job). */
    public List<SupportCase> periodEndedBefore(LocalDate day) {
        return em.createQuery("select c from SupportCase c where c.status in :s and c.periodEnd < :d", SupportCase.class)
                .setParameter("s", List.of(CaseStatus.KICKOFF, CaseStatus.ACTIVE))
                .setParameter("d", day).getResultList();
    }

    public List<Activity> activities(long caseId) {
        return em.createQuery("select a from Activity a where a.caseId = :c order by a.date desc, a.id desc", Activity.class)
                .setParameter("c", caseId).getResultList();
    }

    public Optional<Activity> activity(long id) {
        return Optional.ofNullable(em.find(Activity.class, id));
    }

    public void add(Activity a) {
        em.persist(a);
    }

    public List<app.banso.domain.support.RegistrationChange> changes(long caseId) {
        return em.createQuery("select c from RegistrationChange c where c.caseId = :c order by c.reportedAt, c.id",
                app.banso.domain.support.RegistrationChange.class).setParameter("c", caseId).getResultList();
    }

    public void add(app.banso.domain.support.RegistrationChange change) {
        em.persist(change);
    }

    public List<app.banso.domain.support.ReviewTask> reviewTasks(long caseId) {
        return em.createQuery("select t from ReviewTask t where t.caseId = :c order by t.openedAt, t.id",
                app.banso.domain.support.ReviewTask.class).setParameter("c", caseId).getResultList();
    }

    public Optional<app.banso.domain.support.ReviewTask> reviewTask(long id) {
        return Optional.ofNullable(em.find(app.banso.domain.support.ReviewTask.class, id));
    }

    public void add(app.banso.domain.support.ReviewTask task) {
        em.persist(task);
    }

    public List<CoordinatorAssignment> assignments(long caseId) {
        return em.createQuery("select a from CoordinatorAssignment a where a.caseId = :c order by a.from", CoordinatorAssignment.class)
                .setParameter("c", caseId).getResultList();
    }

    public void add(CoordinatorAssignment a) {
        em.persist(a);
    }
}

package app.banso.persistence.screening;

import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.screening.RuleEvaluation;
import app.banso.domain.screening.ScreeningRecord;
import app.banso.domain.screening.ServiceOffering;
import app.banso.domain.screening.VerifiedFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Screening records, the service catalogue and the queries of the daily screening jobs. */
@ApplicationScoped
public class ScreeningRepository {

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Optional<ScreeningRecord> findByApplication(long applicationId) {
        return em.createQuery("select r from ScreeningRecord r where r.applicationId = :a", ScreeningRecord.class)
                .setParameter("a", applicationId)
                .getResultStream().findFirst();
    }

    public ScreeningRecord add(ScreeningRecord record) {
        em.persist(record);
        return record;
    }

    /** The applications awaiting a decision that are assigned to this screener, oldest first (SCREEN-1). */
    public List<Application> awaitingDecisionAssignedTo(String screener) {
        return em.createQuery("""
                        select a from Application a
                        where a.assignedScreener = :s and a.status in :awaiting
                        order by a.id""", Application.class)
                .setParameter("s", screener)
                .setParameter("awaiting", ApplicationStatus.awaitingDecision())
                .getResultList();
    }

    /**
     * How many applications awaiting a decision each of these screeners is assigned (absent: none),
     * in one query. It counts {@code a.status}, not {@code a}: counting the id made PostgreSQL scan
     * the inbox's covering index (80-150 ms over 100,000 applications) instead of reading
     * {@code ix_application_screener} alone (2 ms).
     */
    public Map<String, Long> countAwaitingDecisionAssignedTo(Collection<String> screeners) {
        Map<String, Long> counts = new HashMap<>();
        if (screeners.isEmpty()) {
            return counts;
        }
        em.createQuery("""
                        select a.assignedScreener, count(a.status) from Application a
                        where a.assignedScreener in :s and a.status in :awaiting
                        group by a.assignedScreener""", Object[].class)
                .setParameter("s", screeners)
                .setParameter("awaiting", ApplicationStatus.awaitingDecision())
                .getResultList().forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * APPLY-5 candidates: a notice was sent, no decision yet, the application waits for its
     * interview, and the company either did not show up or has not confirmed a notice sent before
     * {@code noticeSentBefore}. The domain decides ({@code ScreeningRecord.isUnanswered}); the query
     * only leaves out those that cannot be due, so the daily job does not load every application
     * waiting for its interview (7,000 in the seeded programme) to change a few.
     */
    public List<Object[]> unansweredCandidates(long programmeId, Instant noticeSentBefore) {
        return em.createQuery("""
                        select a, r from Application a, ScreeningRecord r
                        where r.applicationId = a.id and a.programme.id = :p and a.status = :s
                          and r.noticeSentAt is not null and r.finalDecision is null
                          and (r.noShow = true or (r.confirmedAt is null and r.noticeSentAt < :before))""", Object[].class)
                .setParameter("p", programmeId)
                .setParameter("s", ApplicationStatus.INTERVIEW_SCHEDULED)
                .setParameter("before", noticeSentBefore)
                .getResultList();
    }

    /**
     * SCREEN-2: applications still waiting for their online-screening notice that became complete
     * before the given instant (the target date has passed), oldest first, as projections with
     * their screener, in one query: the daily job reads tens of thousands of them in a programme
     * of 100,000 applications, where entities (and a query per application for its screener)
     * took hours.
     */
    public List<OverdueRow> overdue(long programmeId, Instant completedBefore) {
        return em.createQuery("""
                        select new app.banso.persistence.screening.OverdueRow(a.id, a.companyAnswers.legalNameJa, a.completedAt, a.assignedScreener)
                        from Application a
                        where a.programme.id = :p and a.status in :s and a.completedAt < :t
                        order by a.completedAt, a.id""", OverdueRow.class)
                .setParameter("p", programmeId)
                .setParameter("s", ApplicationStatus.waitingForNotice())
                .setParameter("t", completedBefore)
                .getResultList();
    }

    public List<VerifiedFact> facts(long applicationId) {
        return em.createQuery("select f from VerifiedFact f where f.applicationId = :a order by f.recordedAt, f.id",
                        VerifiedFact.class)
                .setParameter("a", applicationId).getResultList();
    }

    public void addFact(VerifiedFact fact) {
        em.persist(fact);
    }

    /** Replaces the stored rule evaluation of an application with a new one. */
    public void replaceEvaluation(long applicationId, List<RuleEvaluation> results) {
        em.createQuery("delete from RuleEvaluation r where r.applicationId = :a").setParameter("a", applicationId).executeUpdate();
        results.forEach(em::persist);
    }

    public List<RuleEvaluation> evaluation(long applicationId) {
        return em.createQuery("select r from RuleEvaluation r where r.applicationId = :a order by r.id",
                        RuleEvaluation.class)
                .setParameter("a", applicationId).getResultList();
    }

    public List<ServiceOffering> activeServices() {
        return em.createQuery("select s from ServiceOffering s where s.active = true order by s.id", ServiceOffering.class)
                .getResultList();
    }

    public List<ServiceOffering> services(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from ServiceOffering s where s.id in :ids order by s.id", ServiceOffering.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public ServiceOffering addService(ServiceOffering offering) {
        em.persist(offering);
        return offering;
    }

    /**
     * Claims a daily job for a day: only the first node's insert succeeds (primary key), so a
     * cluster runs each daily job once. Must run in its own transaction.
     */
    /** Inserts the claim of a job for a day, or nothing when it is claimed already (H2 and PostgreSQL). */
    public static final String CLAIM_JOB =
            "insert into job_run (job_name, run_date, node, started_at) values (?, ?, ?, ?) on conflict do nothing";

    /**
     * Claims a daily job for a day. Race-safe: of several nodes inserting at once, one inserts the
     * row and the others wait for its commit and insert nothing (no error, nothing logged).
     * @return whether this caller claimed it
     */
    public boolean claimJob(String job, LocalDate day, String node, Instant now) {
        return em.createNativeQuery(CLAIM_JOB)
                .setParameter(1, job)
                .setParameter(2, day)
                .setParameter(3, node)
                .setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    public void finishJob(String job, LocalDate day, String result) {
        em.createNativeQuery("update job_run set result = ? where job_name = ? and run_date = ?")
                .setParameter(1, result.length() > 500 ? result.substring(0, 500) : result)
                .setParameter(2, job)
                .setParameter(3, day)
                .executeUpdate();
    }
}

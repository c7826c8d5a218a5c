package app.banso.persistence.dashboard;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Industry;
import app.banso.domain.intake.Prefecture;
import app.banso.domain.support.CaseStatus;
import app.banso.domain.support.TermReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff dashboard's figures: every number is an aggregate computed by the database (grouped
 * counts, one median), never by loading rows, so the dashboard costs the same with 420 or 100,000
 * applications. The native statements run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
 */
@ApplicationScoped
public class DashboardRepository {

    /**
     * SCREEN-2: median days from COMPLETE to the first online-screening notice, kept on the
     * application when the notice goes out; read from the index of V32 alone.
     */
    static final String MEDIAN_DAYS_TO_NOTICE = """
            SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days_to_notice)
            FROM application WHERE programme_id = ?1 AND days_to_notice IS NOT NULL""";

    /** SUPPORT-5: active cases by current stage (the latest stage in progress, else the first not done). */
    static final String ACTIVE_CASES_BY_STAGE = """
            SELECT s.stage_no, COUNT(*) FROM (
                SELECT CASE WHEN stage4 = 'IN_PROGRESS' THEN 4 WHEN stage3 = 'IN_PROGRESS' THEN 3
                            WHEN stage2 = 'IN_PROGRESS' THEN 2 WHEN stage1 = 'IN_PROGRESS' THEN 1
                            WHEN stage1 <> 'DONE' THEN 1 WHEN stage2 <> 'DONE' THEN 2
                            WHEN stage3 <> 'DONE' THEN 3 ELSE 4 END AS stage_no
                FROM support_case WHERE programme_id = ?1 AND status = 'ACTIVE') s
            GROUP BY s.stage_no ORDER BY s.stage_no""";

    /** SUPPORT-2: work-log entries per calendar month. */
    static final String ACTIVITIES_PER_MONTH = """
            SELECT EXTRACT(YEAR FROM t.activity_date), EXTRACT(MONTH FROM t.activity_date), COUNT(*)
            FROM support_activity t JOIN support_case c ON c.id = t.case_id
            WHERE c.programme_id = ?1
            GROUP BY EXTRACT(YEAR FROM t.activity_date), EXTRACT(MONTH FROM t.activity_date)
            ORDER BY EXTRACT(YEAR FROM t.activity_date), EXTRACT(MONTH FROM t.activity_date)""";

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    /** Applications still in draft (the inbox never lists them). */
    public long drafts(long programmeId) {
        return em.createQuery("select count(a.status) from Application a where a.programme.id = :p and a.status = :s", Long.class)
                .setParameter("p", programmeId).setParameter("s", ApplicationStatus.DRAFT).getSingleResult();
    }

    /**
     * SCREEN-2: applications waiting for their online-screening notice (complete, or in document
     * screening) by deadline state, counted in one statement. The instants are the first moments
     * (Japan time) of the days that separate the states; see {@code ScreeningDeadlines}.
     *
     * @param dueSoonBefore completed before this: due soon or later
     * @param overdueBefore completed before this: past the target
     * @param pastLatestBefore completed before this: past the latest date
     */
    public DeadlineCounts deadlines(long programmeId, Instant dueSoonBefore, Instant overdueBefore, Instant pastLatestBefore) {
        Object[] row = em.createQuery("""
                        select count(a.completedAt),
                               sum(case when a.completedAt < :soon and a.completedAt >= :overdue then 1 else 0 end),
                               sum(case when a.completedAt < :overdue and a.completedAt >= :latest then 1 else 0 end),
                               sum(case when a.completedAt < :latest then 1 else 0 end)
                        from Application a
                        where a.programme.id = :p and a.status in :waiting and a.completedAt is not null""", Object[].class)
                .setParameter("p", programmeId)
                .setParameter("waiting", ApplicationStatus.waitingForNotice())
                .setParameter("soon", dueSoonBefore)
                .setParameter("overdue", overdueBefore)
                .setParameter("latest", pastLatestBefore)
                .getSingleResult();
        return new DeadlineCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /** SCREEN-2: median days from COMPLETE to the notice, or null before the first notice. */
    public Double medianDaysToNotice(long programmeId) {
        Object median = em.createNativeQuery(MEDIAN_DAYS_TO_NOTICE).setParameter(1, programmeId).getSingleResult();
        return median == null ? null : ((Number) median).doubleValue();
    }

    /** Submitted applications (not drafts) by prefecture of the head office. */
    public Map<Prefecture, Long> byPrefecture(long programmeId) {
        Map<Prefecture, Long> counts = new EnumMap<>(Prefecture.class);
        grouped("a.companyAnswers.prefecture", programmeId).forEach(r -> counts.put((Prefecture) r[0], (Long) r[1]));
        return counts;
    }

    /** Submitted applications (not drafts) by industry (JSIC division). */
    public Map<Industry, Long> byIndustry(long programmeId) {
        Map<Industry, Long> counts = new EnumMap<>(Industry.class);
        grouped("a.companyAnswers.industry", programmeId).forEach(r -> counts.put((Industry) r[0], (Long) r[1]));
        return counts;
    }

    /**
     * The attribute comes from the two callers above, never from a user. Counts the status (never
     * null) rather than rows, so PostgreSQL answers from the index (V31) without reading the table.
     */
    private List<Object[]> grouped(String attribute, long programmeId) {
        return em.createQuery("select " + attribute + ", count(a.status) from Application a where a.programme.id = :p"
                        + " and a.status <> :draft and " + attribute + " is not null group by " + attribute, Object[].class)
                .setParameter("p", programmeId).setParameter("draft", ApplicationStatus.DRAFT).getResultList();
    }

    /** Support cases by status. */
    public Map<CaseStatus, Long> casesByStatus(long programmeId) {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("select c.status, count(c) from SupportCase c where c.programmeId = :p group by c.status", Object[].class)
                .setParameter("p", programmeId).getResultList()
                .forEach(r -> counts.put((CaseStatus) r[0], (Long) r[1]));
        return counts;
    }

    /** SUPPORT-5: active cases by current stage 1-4. */
    public Map<Integer, Long> activeCasesByStage(long programmeId) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int s = 1; s <= 4; s++) {
            counts.put(s, 0L);
        }
        rows(em.createNativeQuery(ACTIVE_CASES_BY_STAGE).setParameter(1, programmeId).getResultList())
                .forEach(r -> counts.put(((Number) r[0]).intValue(), number(r[1])));
        return counts;
    }

    /** SUPPORT-2: work-log entries per month, oldest first. */
    public Map<YearMonth, Long> activitiesPerMonth(long programmeId) {
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        rows(em.createNativeQuery(ACTIVITIES_PER_MONTH).setParameter(1, programmeId).getResultList())
                .forEach(r -> counts.put(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()), number(r[2])));
        return counts;
    }

    /** TERM-1..5: terminated cases by reason. */
    public Map<TermReason, Long> terminationsByReason(long programmeId) {
        Map<TermReason, Long> counts = new EnumMap<>(TermReason.class);
        for (TermReason r : TermReason.values()) {
            counts.put(r, 0L);
        }
        em.createQuery("""
                        select c.termReason, count(c) from SupportCase c
                        where c.programmeId = :p and c.termReason is not null group by c.termReason""", Object[].class)
                .setParameter("p", programmeId).getResultList()
                .forEach(r -> counts.put((TermReason) r[0], (Long) r[1]));
        return counts;
    }

    /** COOP-3: per survey (newest first), its recipients and how many answered. */
    public List<SurveyRate> surveyRates(long programmeId) {
        return em.createQuery("""
                        select new app.banso.persistence.dashboard.SurveyRate(s.id, s.titleJa, s.titleEn, count(r), count(r.submittedAt))
                        from Survey s, SurveyRecipient r
                        where r.surveyId = s.id and s.programmeId = :p
                        group by s.id, s.titleJa, s.titleEn, s.createdAt order by s.createdAt desc, s.id desc""", SurveyRate.class)
                .setParameter("p", programmeId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}

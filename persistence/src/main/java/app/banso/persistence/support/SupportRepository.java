package app.banso.persistence.support;

import app.banso.domain.support.Activity;
import app.banso.domain.support.CaseStatus;
import app.banso.domain.support.ChecklistItem;
import app.banso.domain.support.CoordinatorAssignment;
import app.banso.domain.support.MenuRequest;
import app.banso.domain.support.PlanVersion;
import app.banso.domain.support.Referral;
import app.banso.domain.support.RegistrationChange;
import app.banso.domain.support.ReviewTask;
import app.banso.domain.support.SupportCase;
import app.banso.domain.support.SupportMenu;
import app.banso.domain.support.SupportReview;
import app.banso.persistence.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The statuses of a case not yet ended or terminated ({@link CaseStatus#isClosed}). */
    private static final List<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(s -> !s.isClosed()).toList();

    /** How many cases still open (kickoff or active) are assigned to this coordinator. */
    public long countOpenCases(String coordinator) {
        return em.createQuery("select count(c) from SupportCase c where c.coordinator = :c and c.status in :open", Long.class)
                .setParameter("c", coordinator).setParameter("open", OPEN).getSingleResult();
    }

    /** The open cases assigned to this coordinator, by id. */
    public List<SupportCase> openCasesOf(String coordinator) {
        return em.createQuery("select c from SupportCase c where c.coordinator = :c and c.status in :open order by c.id", SupportCase.class)
                .setParameter("c", coordinator).setParameter("open", OPEN).getResultList();
    }

    /** How many open cases each of these coordinators has (absent: none), in one query. */
    public Map<String, Long> countOpenCases(Collection<String> coordinators) {
        Map<String, Long> counts = new HashMap<>();
        if (coordinators.isEmpty()) {
            return counts;
        }
        em.createQuery("select c.coordinator, count(c) from SupportCase c where c.coordinator in :c and c.status in :open "
                        + "group by c.coordinator", Object[].class)
                .setParameter("c", coordinators).setParameter("open", OPEN)
                .getResultList().forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** How many cases a coordinator sees (those assigned to them), or all for null. */
    public long countCases(String coordinatorOrAll) {
        if (coordinatorOrAll == null) {
            return em.createQuery("select count(c) from SupportCase c", Long.class).getSingleResult();
        }
        return em.createQuery("select count(c) from SupportCase c where c.coordinator = :c", Long.class)
                .setParameter("c", coordinatorOrAll).getSingleResult();
    }

    /** One page of {@link #cases}, in the same order (the id last, so that pages never overlap). */
    public List<SupportCase> casePage(String coordinatorOrAll, PageRequest page) {
        var q = coordinatorOrAll == null
                ? em.createQuery("select c from SupportCase c order by c.status, c.companyName, c.id", SupportCase.class)
                : em.createQuery("select c from SupportCase c where c.coordinator = :c order by c.status, c.companyName, c.id",
                        SupportCase.class).setParameter("c", coordinatorOrAll);
        return q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /**
     * One chunk of the cases export: the cases after {@code afterId} visible to a coordinator (only
     * those assigned to them, as {@link #cases}) or all for null, in id order, one projection query.
     */
    public List<CaseExportRow> caseExportChunk(String coordinatorOrAll, long afterId, int size) {
        var q = em.createQuery(coordinatorOrAll == null ? CASE_ROWS + " order by c.id" : CASE_ROWS + " and c.coordinator = :c order by c.id",
                CaseExportRow.class).setParameter("after", afterId).setMaxResults(size);
        return (coordinatorOrAll == null ? q : q.setParameter("c", coordinatorOrAll)).getResultList();
    }

    private static final String CASE_ROWS = """
            select new app.banso.persistence.support.CaseExportRow(c.id, c.companyName, c.status, c.coordinator,
                c.createdAt, c.kickoffAt, c.periodStart, c.periodEnd, c.stage1, c.stage2, c.stage3, c.stage4,
                c.termReason, c.termEffective, c.publicationConsent)
            from SupportCase c where c.id > :after""";

    /**
     * One chunk of the work-log export: the activities after {@code afterId} of the cases visible to
     * a coordinator (or all for null), with the case's company, in id order, one projection query.
     */
    public List<ActivityExportRow> activityExportChunk(String coordinatorOrAll, long afterId, int size) {
        var q = em.createQuery(coordinatorOrAll == null ? ACTIVITY_ROWS + " order by a.id"
                        : ACTIVITY_ROWS + " and c.coordinator = :c order by a.id", ActivityExportRow.class)
                .setParameter("after", afterId).setMaxResults(size);
        return (coordinatorOrAll == null ? q : q.setParameter("c", coordinatorOrAll)).getResultList();
    }

    private static final String ACTIVITY_ROWS = """
            select new app.banso.persistence.support.ActivityExportRow(a.id, c.id, c.companyName, a.date, a.type,
                a.durationMinutes, a.participants, a.notes, a.nextActions, a.stage, a.visitState,
                a.costsMayBeCharged, a.outOfScope, a.recordedBy, a.recordedAt)
            from Activity a, SupportCase c where c.id = a.caseId and a.id > :after""";

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

    public List<RegistrationChange> changes(long caseId) {
        return em.createQuery("select c from RegistrationChange c where c.caseId = :c order by c.reportedAt, c.id",
                RegistrationChange.class).setParameter("c", caseId).getResultList();
    }

    public void add(RegistrationChange change) {
        em.persist(change);
    }

    public List<ReviewTask> reviewTasks(long caseId) {
        return em.createQuery("select t from ReviewTask t where t.caseId = :c order by t.openedAt, t.id",
                ReviewTask.class).setParameter("c", caseId).getResultList();
    }

    public Optional<ReviewTask> reviewTask(long id) {
        return Optional.ofNullable(em.find(ReviewTask.class, id));
    }

    public void add(ReviewTask task) {
        em.persist(task);
    }

    public List<SupportMenu> menus(long programmeId) {
        return em.createQuery("select m from SupportMenu m where m.programmeId = :p order by m.id", SupportMenu.class)
                .setParameter("p", programmeId).getResultList();
    }

    /** Reads a menu and locks it, so that places are granted one after the other (SUPPORT-6). */
    public SupportMenu lockMenu(long menuId) {
        return em.find(SupportMenu.class, menuId, LockModeType.PESSIMISTIC_WRITE);
    }

    public void add(SupportMenu menu) {
        em.persist(menu);
    }

    public long granted(long menuId) {
        return em.createQuery("select count(r) from MenuRequest r where r.menuId = :m and r.state = :s", Long.class)
                .setParameter("m", menuId).setParameter("s", MenuRequest.State.GRANTED).getSingleResult();
    }

    public List<MenuRequest> requests(long menuId) {
        return em.createQuery("select r from MenuRequest r where r.menuId = :m order by r.requestedAt, r.id",
                MenuRequest.class).setParameter("m", menuId).getResultList();
    }

    public Optional<MenuRequest> request(long id) {
        return Optional.ofNullable(em.find(MenuRequest.class, id));
    }

    public void add(MenuRequest request) {
        em.persist(request);
    }

    /**
     * SUPPORT-6: the earlier programme years in which the company (by corporate number) had a
     * support case.
     */
    public int cumulativeYears(String corporateNumber, int beforeFiscalYear) {
        if (corporateNumber == null) {
            return 0;
        }
        return em.createQuery("""
                        select count(distinct p.fiscalYear) from SupportCase c, Application a, Programme p
                        where c.applicationId = a.id and a.programme = p and a.corporateNumber = :n and p.fiscalYear < :y""", Long.class)
                .setParameter("n", corporateNumber).setParameter("y", beforeFiscalYear).getSingleResult().intValue();
    }

    public List<Referral> referrals(long caseId) {
        return em.createQuery("select r from Referral r where r.caseId = :c order by r.referredAt, r.id", Referral.class)
                .setParameter("c", caseId).getResultList();
    }

    public Optional<Referral> referral(long id) {
        return Optional.ofNullable(em.find(Referral.class, id));
    }

    public void add(Referral referral) {
        em.persist(referral);
    }

    public List<PlanVersion> planVersions(long caseId) {
        return em.createQuery("select v from PlanVersion v where v.caseId = :c order by v.versionNo", PlanVersion.class)
                .setParameter("c", caseId).getResultList();
    }

    public void add(PlanVersion version) {
        em.persist(version);
    }

    public List<SupportReview> reviews(long caseId) {
        return em.createQuery("select r from SupportReview r where r.caseId = :c order by r.reviewedAt", SupportReview.class)
                .setParameter("c", caseId).getResultList();
    }

    public void add(SupportReview review) {
        em.persist(review);
    }

    public List<ChecklistItem> checklist(long caseId) {
        return em.createQuery("select i from ChecklistItem i where i.caseId = :c order by i.stage, i.id", ChecklistItem.class)
                .setParameter("c", caseId).getResultList();
    }

    public Optional<ChecklistItem> checklistItem(long id) {
        return Optional.ofNullable(em.find(ChecklistItem.class, id));
    }

    public void add(ChecklistItem item) {
        em.persist(item);
    }

    public List<CoordinatorAssignment> assignments(long caseId) {
        return em.createQuery("select a from CoordinatorAssignment a where a.caseId = :c order by a.from", CoordinatorAssignment.class)
                .setParameter("c", caseId).getResultList();
    }

    public void add(CoordinatorAssignment a) {
        em.persist(a);
    }
}

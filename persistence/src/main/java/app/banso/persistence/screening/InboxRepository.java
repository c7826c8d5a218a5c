package app.banso.persistence.screening;

import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.CorporateNumber;
import app.banso.domain.screening.RuleEvaluation;
import app.banso.domain.shared.JapanTime;
import app.banso.persistence.platform.LikePattern;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.intake.ApplicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The staff inbox over submitted applications: filtering, sorting and paging happen in the
 * database. Sort fields come from an allow-list; free text is a bound parameter, never SQL.
 */
@ApplicationScoped
public class InboxRepository {

    /** Sort keys the screen may ask for, and the attribute each one sorts by. */
    public enum Sort {
        SUBMITTED_AT, COMPANY, STATUS, PREFECTURE,
        /**
         * SCREEN-2: by the notice deadline, which is the completion day plus the programme's days.
         * Applications without a completion day follow each database's own null order, which its
         * index serves: last ascending on PostgreSQL (production), first on the embedded H2.
         */
        COMPLETED_AT
    }

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    @Inject
    private ApplicationRepository applications;

    public List<InboxRow> page(long programmeId, InboxFilter filter, Sort sort, boolean ascending, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<InboxRow> q = cb.createQuery(InboxRow.class);
        Root<Application> a = q.from(Application.class);
        q.select(cb.construct(InboxRow.class, a.get("id"), a.get("companyAnswers").get("legalNameJa"), a.get("corporateNumber"),
                a.get("companyAnswers").get("prefecture"), a.get("status"), a.get("submittedAt"), a.get("consentReceivedAt"), a.get("completedAt"),
                a.get("assignedScreener")));
        q.where(predicates(cb, q, a, programmeId, filter).toArray(Predicate[]::new));
        q.orderBy(order(cb, a, sort, ascending));
        return em.createQuery(q).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /**
     * The application numbers at these places of the inbox as {@link #page} lists them (same
     * filter, sort and order): "previous / next" on the application page. One statement that
     * reads the same covering index as the page.
     */
    public List<Long> idsAt(long programmeId, InboxFilter filter, Sort sort, boolean ascending, PageRequest places) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Application> a = q.from(Application.class);
        q.select(a.get("id")).where(predicates(cb, q, a, programmeId, filter).toArray(Predicate[]::new));
        q.orderBy(order(cb, a, sort, ascending));
        return em.createQuery(q).setFirstResult(places.first()).setMaxResults(places.size()).getResultList();
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Application> a, Sort sort, boolean ascending) {
        Path<?> key = switch (sort == null ? Sort.SUBMITTED_AT : sort) {
            case SUBMITTED_AT -> a.get("submittedAt");
            case COMPANY -> a.get("companyAnswers").get("legalNameJa");
            case STATUS -> a.get("status");
            case PREFECTURE -> a.get("companyAnswers").get("prefecture");
            case COMPLETED_AT -> a.get("completedAt");
        };
        // The id breaks ties in the sort's own direction, so one index serves both directions
        // (V30: a deep page is read from the index alone).
        return List.of(ascending ? cb.asc(key) : cb.desc(key), ascending ? cb.asc(a.get("id")) : cb.desc(a.get("id")));
    }

    /**
     * The oldest submissions the filter finds, as entities to change, at most {@code limit}:
     * ADMIN's share-out takes them from the very list (and predicate) the inbox shows and counts.
     */
    public List<Application> oldest(long programmeId, InboxFilter filter, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Application> q = cb.createQuery(Application.class);
        Root<Application> a = q.from(Application.class);
        q.select(a).where(predicates(cb, q, a, programmeId, filter).toArray(Predicate[]::new))
                .orderBy(cb.asc(a.get("submittedAt")), cb.asc(a.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }

    /**
     * One chunk of an export: the applications after {@code afterId} that match the filter, in
     * application-number order, as one projection query. Walking by id (keyset) keeps every chunk
     * as cheap as the first, however many rows come before it.
     */
    public List<InboxExportRow> exportChunk(long programmeId, InboxFilter filter, long afterId, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<InboxExportRow> q = cb.createQuery(InboxExportRow.class);
        Root<Application> a = q.from(Application.class);
        Path<Object> answers = a.get("companyAnswers");
        q.select(cb.construct(InboxExportRow.class, a.get("id"), answers.get("legalNameJa"), answers.get("legalNameEn"),
                a.get("corporateNumber"), answers.get("legalForm"), answers.get("prefecture"), answers.get("industry"),
                a.get("status"), a.get("submittedAt"), a.get("consentReceivedAt"), a.get("completedAt"), a.get("assignedScreener")));
        List<Predicate> p = predicates(cb, q, a, programmeId, filter);
        p.add(cb.greaterThan(a.get("id"), afterId));
        q.where(p.toArray(Predicate[]::new)).orderBy(cb.asc(a.get("id")));
        return em.createQuery(q).setMaxResults(size).getResultList();
    }

    /** How many submitted applications the filter finds (without filters beyond the status: from the kept counts, V33). */
    public long count(long programmeId, InboxFilter filter) {
        if (!filter.narrowsBeyondStatus()) {
            Map<ApplicationStatus, Long> counts = applications.keptStatusCounts(programmeId);
            return filter.status() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                    : counts.getOrDefault(filter.status(), 0L);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Application> a = q.from(Application.class);
        q.select(cb.count(a.get("status"))).where(predicates(cb, q, a, programmeId, filter).toArray(Predicate[]::new));
        return em.createQuery(q).getSingleResult();
    }

    /** Submitted applications per status (one grouped query), for the counts above the inbox. */
    public Map<ApplicationStatus, Long> countsByStatus(long programmeId) {
        return countsByStatus(programmeId, InboxFilter.none());
    }

    /**
     * Submitted applications per status under the inbox's filters, the status filter aside (one
     * query): each count equals {@link #count} with that status, which is what the dashboard's
     * funnel promises. Without filters, read from the counts kept by the database as applications
     * change (V33, constant time); with filters, one grouped query.
     */
    public Map<ApplicationStatus, Long> countsByStatus(long programmeId, InboxFilter filter) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s != ApplicationStatus.DRAFT) {
                counts.put(s, 0L);
            }
        }
        if (!filter.narrowsBeyondStatus()) {
            applications.keptStatusCounts(programmeId).forEach(counts::put);
            return counts;
        }
        InboxFilter anyStatus = filter.anyStatus();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Application> a = q.from(Application.class);
        q.multiselect(a.get("status"), cb.count(a.get("status"))).where(predicates(cb, q, a, programmeId, anyStatus).toArray(Predicate[]::new))
                .groupBy(a.get("status"));
        em.createQuery(q).getResultList().forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
        return counts;
    }


    private static List<Predicate> predicates(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Application> a, long programmeId,
                                              InboxFilter f) {
        List<Predicate> p = new ArrayList<>();
        p.add(cb.equal(a.get("programme").get("id"), programmeId));
        p.add(cb.notEqual(a.get("status"), ApplicationStatus.DRAFT));
        if (f.status() != null) {
            p.add(cb.equal(a.get("status"), f.status()));
        }
        if (f.prefecture() != null) {
            p.add(cb.equal(a.get("companyAnswers").get("prefecture"), f.prefecture()));
        }
        if (f.industry() != null) {
            p.add(cb.equal(a.get("companyAnswers").get("industry"), f.industry()));
        }
        if (f.legalForm() != null) {
            p.add(cb.equal(a.get("companyAnswers").get("legalForm"), f.legalForm()));
        }
        if (f.submittedFrom() != null) {
            p.add(cb.greaterThanOrEqualTo(a.get("submittedAt"), f.submittedFrom().atStartOfDay(JapanTime.ZONE).toInstant()));
        }
        if (f.submittedTo() != null) {
            p.add(cb.lessThan(a.get("submittedAt"), f.submittedTo().plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant()));
        }
        if (InboxFilter.UNASSIGNED.equals(f.assignedScreener())) {
            p.add(cb.isNull(a.get("assignedScreener")));
            p.add(a.get("status").in(ApplicationStatus.awaitingDecision())); // the work still to give to someone
        } else if (f.assignedScreener() != null && !f.assignedScreener().isBlank()) {
            p.add(cb.equal(a.get("assignedScreener"), f.assignedScreener()));
        }
        if (f.waitingCompletedOn() != null) {
            // SCREEN-2: waiting for the notice and complete on one of the days (ix_application_completed).
            p.add(a.get("status").in(ApplicationStatus.waitingForNotice()));
            if (f.waitingCompletedOn().from() != null) {
                p.add(cb.greaterThanOrEqualTo(a.get("completedAt"), f.waitingCompletedOn().from().atStartOfDay(JapanTime.ZONE).toInstant()));
            }
            if (f.waitingCompletedOn().to() != null) {
                p.add(cb.lessThan(a.get("completedAt"), f.waitingCompletedOn().to().plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant()));
            }
        }
        if (f.ruleFlag() != null) {
            // Rule flags: applications whose stored evaluation has a FAIL (or FLAG) result.
            var sub = q.subquery(Long.class);
            var r = sub.from(RuleEvaluation.class);
            sub.select(r.get("applicationId")).where(cb.equal(r.get("outcome"), f.ruleFlag()));
            p.add(a.get("id").in(sub));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip();
            String like = LikePattern.containing(text);
            List<Predicate> any = new ArrayList<>();
            any.add(cb.like(cb.lower(a.get("companyAnswers").get("legalNameJa")), like, LikePattern.ESCAPE));
            any.add(cb.like(cb.lower(a.get("companyAnswers").get("legalNameEn")), like, LikePattern.ESCAPE));
            String digits = numberSearched(text);
            if (digits != null) {
                any.add(cb.like(a.get("corporateNumber"), digits + "%")); // a corporate number, or its start
            }
            p.add(cb.or(any.toArray(Predicate[]::new)));
        }
        return p;
    }

    /**
     * The digits of a search text that is a corporate number or its start ("1234", "1234-5678-9012-3",
     * full-width digits, spaces; an invoice registration number "T" + 13 digits), or null when the
     * text is not a number. Digits inside other text ("第2工場", "' OR '1'='1") search the names
     * only: they must not match numbers that start with them.
     */
    static String numberSearched(String text) {
        String digits = CorporateNumber.normalise(text);
        if (digits.length() == CorporateNumber.LENGTH + 1 && "TtＴｔ".indexOf(digits.charAt(0)) >= 0) {
            digits = digits.substring(1); // an invoice registration number: T and the corporate number
        }
        return digits.matches("[0-9]{1," + CorporateNumber.LENGTH + "}") ? digits : null;
    }

    /** Convenience for a filter on dates given as text by tests and exports. */
    public static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}

package app.banso.persistence.support;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Industry;
import app.banso.domain.intake.Prefecture;
import app.banso.domain.support.CaseStatus;
import app.banso.domain.support.StageStatus;
import app.banso.domain.support.SupportCase;
import app.banso.domain.support.TermReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The figures of the outcome report (COOP-4, COOP-5). Every count is a grouped query, so the
 * report costs the same with 420 or 100,000 applications; only the companies that agreed to be
 * named are read row by row.
 */
@ApplicationScoped
public class OutcomeRepository {

    private static final String CASES_WITH_APPLICATION =
            " from SupportCase c, Application a where a.id = c.applicationId and c.programmeId = :p ";

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public OutcomeFigures figures(long programmeId) {
        Map<String, Long> consent = new LinkedHashMap<>();
        grouped("select c.publicationConsent, count(c) from SupportCase c where c.programmeId = :p group by c.publicationConsent",
                programmeId).forEach(row -> consent.merge(String.valueOf(row[0]), (Long) row[1], Long::sum));
        return new OutcomeFigures(applicationsByStatus(programmeId), casesByStatus(programmeId), activeByStage(programmeId),
                adoptedBy("prefecture", Prefecture.values(), programmeId), adoptedBy("industry", Industry.values(), programmeId),
                terminationsByReason(programmeId),
                consent.getOrDefault("true", 0L), consent.getOrDefault("false", 0L), consent.getOrDefault("null", 0L),
                named(programmeId));
    }

    private Map<String, Long> applicationsByStatus(long programmeId) {
        Map<String, Long> counts = zeros(Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT));
        em.createQuery("select a.status, count(a.status) from Application a where a.programme.id = :p and a.status <> :draft group by a.status",
                        Object[].class)
                .setParameter("p", programmeId).setParameter("draft", ApplicationStatus.DRAFT).getResultList()
                .forEach(row -> counts.put(((ApplicationStatus) row[0]).name(), (Long) row[1]));
        return counts;
    }

    private Map<String, Long> casesByStatus(long programmeId) {
        Map<String, Long> counts = zeros(Arrays.stream(CaseStatus.values()));
        grouped("select c.status, count(c) from SupportCase c where c.programmeId = :p group by c.status", programmeId)
                .forEach(row -> counts.put(((CaseStatus) row[0]).name(), (Long) row[1]));
        return counts;
    }

    /** At most 3^4 groups of stage states; the current stage of each group follows SUPPORT-5's rule. */
    private Map<String, Long> activeByStage(long programmeId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int s = 1; s <= SupportCase.STAGES; s++) {
            counts.put(String.valueOf(s), 0L);
        }
        em.createQuery("""
                        select c.stage1, c.stage2, c.stage3, c.stage4, count(c) from SupportCase c
                        where c.programmeId = :p and c.status = :active group by c.stage1, c.stage2, c.stage3, c.stage4""",
                        Object[].class)
                .setParameter("p", programmeId).setParameter("active", CaseStatus.ACTIVE).getResultList()
                .forEach(row -> counts.merge(String.valueOf(SupportCase.currentStage((StageStatus) row[0], (StageStatus) row[1],
                        (StageStatus) row[2], (StageStatus) row[3])), (Long) row[4], Long::sum));
        return counts;
    }

    /** Adopted companies per answer of the application ({@code attribute} of its company answers); non-zero only. */
    private <E extends Enum<E>> Map<String, Long> adoptedBy(String attribute, E[] order, long programmeId) {
        Map<String, Long> found = new LinkedHashMap<>();
        grouped("select a.companyAnswers." + attribute + ", count(c)" + CASES_WITH_APPLICATION + "group by a.companyAnswers." + attribute,
                programmeId).forEach(row -> found.put(row[0] == null ? OutcomeFigures.UNKNOWN : ((Enum<?>) row[0]).name(), (Long) row[1]));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (E e : order) {
            if (found.containsKey(e.name())) {
                counts.put(e.name(), found.get(e.name()));
            }
        }
        if (found.containsKey(OutcomeFigures.UNKNOWN)) {
            counts.put(OutcomeFigures.UNKNOWN, found.get(OutcomeFigures.UNKNOWN));
        }
        return counts;
    }

    private Map<String, Long> terminationsByReason(long programmeId) {
        Map<String, Long> counts = zeros(Arrays.stream(TermReason.values()));
        em.createQuery("""
                        select c.termReason, count(c) from SupportCase c
                        where c.programmeId = :p and c.status = :terminated group by c.termReason""", Object[].class)
                .setParameter("p", programmeId).setParameter("terminated", CaseStatus.TERMINATED).getResultList()
                .forEach(row -> counts.put(((TermReason) row[0]).name(), (Long) row[1]));
        return counts;
    }

    /** COOP-4/5: only an explicit "yes" names a company; "no" and no answer are counted, never listed. */
    private List<OutcomeFigures.NamedCompany> named(long programmeId) {
        return em.createQuery("select c.companyName, a.companyAnswers.legalNameEn, a.companyAnswers.prefecture, a.companyAnswers.industry,"
                                + " c.status, c.stage1, c.stage2, c.stage3, c.stage4, c.periodStart, c.periodEnd"
                                + CASES_WITH_APPLICATION + "and c.publicationConsent = true order by c.companyName, c.id",
                        Object[].class)
                .setParameter("p", programmeId).getResultList().stream()
                .map(row -> {
                    StageStatus[] stages = {(StageStatus) row[5], (StageStatus) row[6], (StageStatus) row[7], (StageStatus) row[8]};
                    int done = (int) Arrays.stream(stages).filter(s -> s == StageStatus.DONE).count();
                    return new OutcomeFigures.NamedCompany((String) row[0], (String) row[1],
                            row[2] == null ? null : ((Prefecture) row[2]).name(), row[3] == null ? null : ((Industry) row[3]).name(),
                            (CaseStatus) row[4], SupportCase.currentStage(stages), done, (LocalDate) row[9], (LocalDate) row[10]);
                })
                .toList();
    }

    private List<Object[]> grouped(String jpql, long programmeId) {
        return em.createQuery(jpql, Object[].class).setParameter("p", programmeId).getResultList();
    }

    private static Map<String, Long> zeros(Stream<? extends Enum<?>> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k.name(), 0L));
        return counts;
    }
}

package app.banso.persistence.survey;

import app.banso.domain.support.CaseStatus;
import app.banso.domain.support.SupportCase;
import app.banso.domain.survey.Survey;
import app.banso.domain.survey.SurveyRecipient;
import app.banso.persistence.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** COOP-3 surveys and each company's copy. */
@ApplicationScoped
public class SurveyRepository {

    /** EclipseLink's query hints (persistence stays free of its API): read a collection for all rows at once. */
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext(unitName = "banso")
    private EntityManager em;

    public Survey add(Survey s) {
        em.persist(s);
        return s;
    }

    public SurveyRecipient add(SurveyRecipient r) {
        em.persist(r);
        return r;
    }

    public Optional<Survey> find(long id) {
        return Optional.ofNullable(em.find(Survey.class, id));
    }

    public Optional<SurveyRecipient> recipient(long id) {
        return Optional.ofNullable(em.find(SurveyRecipient.class, id));
    }

    /** A programme's surveys, newest first, with their questions read for all of them in one more statement. */
    public List<Survey> surveys(long programmeId) {
        return em.createQuery("select s from Survey s where s.programmeId = :p order by s.createdAt desc", Survey.class)
                .setParameter("p", programmeId).setHint(BATCH, "s.questions").setHint(BATCH_TYPE, "IN").getResultList();
    }

    /**
     * Every company's copy of a survey with its answers: two statements, whatever the number of
     * companies (the answers are an eager collection, which EclipseLink would otherwise read with
     * one statement per copy: ~1,800 for a survey of the whole programme).
     */
    public List<SurveyRecipient> recipients(long surveyId) {
        return em.createQuery("select r from SurveyRecipient r where r.surveyId = :s order by r.companyName, r.id", SurveyRecipient.class)
                .setParameter("s", surveyId).setHint(BATCH, "r.answers").setHint(BATCH_TYPE, "IN").getResultList();
    }

    /** Per survey, its recipients, drafts and submissions, in one grouped query (no row is read). */
    public List<RecipientCounts> counts(Collection<Long> surveyIds) {
        if (surveyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select new app.banso.persistence.survey.RecipientCounts(r.surveyId, count(r),
                            sum(case when r.submittedAt is null and r.draftSavedAt is not null then 1 else 0 end), count(r.submittedAt))
                        from SurveyRecipient r where r.surveyId in :s group by r.surveyId""", RecipientCounts.class)
                .setParameter("s", surveyIds).getResultList();
    }

    /** How many companies {@link #recipientPage} pages through. */
    public long countRecipients(long surveyId, boolean notSubmittedOnly) {
        return em.createQuery("select count(r) from SurveyRecipient r where r.surveyId = :s"
                        + (notSubmittedOnly ? " and r.submittedAt is null" : ""), Long.class)
                .setParameter("s", surveyId).getSingleResult();
    }

    /**
     * One page of a survey's companies in the order of {@link #recipients} (the id last, so that
     * pages never overlap), as projections without the answers; optionally only those that have
     * not submitted (ADMIN's follow-up).
     */
    public List<RecipientRow> recipientPage(long surveyId, boolean notSubmittedOnly, PageRequest page) {
        return em.createQuery("""
                        select new app.banso.persistence.survey.RecipientRow(r.id, r.companyName, r.draftSavedAt, r.submittedAt, r.reminders)
                        from SurveyRecipient r where r.surveyId = :s""" + (notSubmittedOnly ? " and r.submittedAt is null" : "")
                        + " order by r.companyName, r.id", RecipientRow.class)
                .setParameter("s", surveyId).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public List<SurveyRecipient> recipientsOfCase(long caseId) {
        return em.createQuery("select r from SurveyRecipient r where r.caseId = :c order by r.id desc", SurveyRecipient.class)
                .setParameter("c", caseId).setHint(BATCH, "r.answers").setHint(BATCH_TYPE, "IN").getResultList();
    }

    /** COOP-3: companies answer during support and after it ends; terminated cases are left out. */
    public List<SupportCase> casesToSurvey(long programmeId) {
        return em.createQuery("select c from SupportCase c where c.programmeId = :p and c.status in :s order by c.id", SupportCase.class)
                .setParameter("p", programmeId)
                .setParameter("s", List.of(CaseStatus.KICKOFF, CaseStatus.ACTIVE, CaseStatus.ENDED)).getResultList();
    }
}

package app.banso.persistence.survey;

import app.banso.domain.support.CaseStatus;
import app.banso.domain.support.SupportCase;
import app.banso.domain.survey.Survey;
import app.banso.domain.survey.SurveyRecipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** COOP-3 surveys and each company's copy. */
@ApplicationScoped
public class SurveyRepository {

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

    public List<Survey> surveys(long programmeId) {
        return em.createQuery("select s from Survey s where s.programmeId = :p order by s.createdAt desc", Survey.class)
                .setParameter("p", programmeId).getResultList();
    }

    public List<SurveyRecipient> recipients(long surveyId) {
        return em.createQuery("select r from SurveyRecipient r where r.surveyId = :s order by r.companyName, r.id", SurveyRecipient.class)
                .setParameter("s", surveyId).getResultList();
    }

    /** The recipients of several surveys in one query (the survey list), in the order of {@link #recipients}. */
    public List<SurveyRecipient> recipientsOfSurveys(Collection<Long> surveyIds) {
        if (surveyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from SurveyRecipient r where r.surveyId in :s order by r.companyName, r.id",
                SurveyRecipient.class).setParameter("s", surveyIds).getResultList();
    }

    public List<SurveyRecipient> recipientsOfCase(long caseId) {
        return em.createQuery("select r from SurveyRecipient r where r.caseId = :c order by r.id desc", SurveyRecipient.class)
                .setParameter("c", caseId).getResultList();
    }

    /** COOP-3: companies answer during support and after it ends; terminated cases are left out. */
    public List<SupportCase> casesToSurvey(long programmeId) {
        return em.createQuery("select c from SupportCase c where c.programmeId = :p and c.status in :s order by c.id", SupportCase.class)
                .setParameter("p", programmeId)
                .setParameter("s", List.of(CaseStatus.KICKOFF, CaseStatus.ACTIVE, CaseStatus.ENDED)).getResultList();
    }
}

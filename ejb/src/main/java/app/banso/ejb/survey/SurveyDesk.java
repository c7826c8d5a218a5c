package app.banso.ejb.survey;

import app.banso.domain.insight.TableWriter;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.survey.ResponseRate;
import app.banso.domain.survey.Survey;
import app.banso.domain.survey.SurveyAnswer;
import app.banso.domain.survey.SurveyQuestion;
import app.banso.domain.survey.SurveyRecipient;
import app.banso.domain.survey.SurveyTable;
import app.banso.ejb.intake.ApplicantMail;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.platform.BulkWrites;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.support.SupportRepository;
import app.banso.persistence.survey.RecipientCounts;
import app.banso.persistence.survey.RecipientRow;
import app.banso.persistence.survey.SurveyRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * COOP-3 survey use cases without an access decision of their own: the secured boundaries
 * (ADMIN's survey screen, the company's portal) decide who may call first and pass the case
 * the caller may reach. Each method is one transaction.
 */
@Stateless
@PermitAll
public class SurveyDesk {

    @Inject private SurveyRepository repository;
    @Inject private BulkWrites bulk;
    @Inject private Clock clock;
    @Inject private SupportRepository cases;
    @Inject private ApplicationRepository applications;
    @Inject private ApplicantMail applicantMail;

    /** One company's copy as the screens show it. */
    public record RecipientView(long id, long surveyId, String company, String titleJa, String titleEn, String state,
                                Instant submittedAt, int reminders, boolean nonResponder, List<SurveyQuestion> questions,
                                List<SurveyAnswer> answers) implements Serializable {
    }

    /** A survey as ADMIN's list shows it: its titles, when it was sent and its response rate. */
    public record Summary(long surveyId, String titleJa, String titleEn, Instant sentAt, ResponseRate rate) implements Serializable {
    }

    /** A survey's response rate and each company's state. */
    public record Results(long surveyId, String titleJa, String titleEn, ResponseRate rate, List<RecipientView> recipients)
            implements Serializable {
    }

    /**
     * Creates the survey and sends it to every company of the programme in support or after it:
     * each company's contact gets an e-mail through the outbox (in this transaction). @return its id
     */
    public long createAndSend(long programmeId, String titleJa, String titleEn, List<SurveyQuestion> questions, String by) {
        Instant now = clock.instant();
        bulk.flushAtCommit();
        Survey survey = repository.add(new Survey(programmeId, titleJa, titleEn, questions, by, now));
        survey.markSent(now);
        for (var c : repository.casesToSurvey(programmeId)) {
            SurveyRecipient r = repository.add(new SurveyRecipient(survey.getId(), c.getId(), c.getCompanyName()));
            tell(survey, r, "surveySent", "survey-sent:" + r.getId());
        }
        return survey.getId();
    }

    /** The company's answers, kept as a draft or submitted; only for the caller's own case. */
    public RecipientView answer(long caseId, long recipientId, List<SurveyAnswer> answers, boolean submit) {
        SurveyRecipient r = ownRecipient(caseId, recipientId);
        Survey s = survey(r.getSurveyId());
        r.answer(s.questions(), answers, submit, clock.instant());
        return view(s, r);
    }

    public List<RecipientView> forCase(long caseId) {
        var surveys = new HashMap<Long, Survey>(); // one lookup per survey, not per row
        return repository.recipientsOfCase(caseId).stream()
                .map(r -> view(surveys.computeIfAbsent(r.getSurveyId(), this::survey), r)).toList();
    }

    public Results results(long surveyId) {
        Survey s = survey(surveyId);
        return results(s, repository.recipients(surveyId));
    }

    /**
     * A programme's surveys, newest first, each with its response rate: one query for the surveys
     * and one grouped count; no company's copy is read (a survey goes to up to a few thousand).
     */
    public List<Summary> summaries(long programmeId) {
        List<Survey> surveys = repository.surveys(programmeId);
        var counts = repository.counts(surveys.stream().map(Survey::getId).toList()).stream()
                .collect(Collectors.toMap(RecipientCounts::surveyId, c -> c));
        return surveys.stream().map(s -> {
            var c = counts.getOrDefault(s.getId(), new RecipientCounts(s.getId(), 0, 0, 0));
            return new Summary(s.getId(), s.getTitleJa(), s.getTitleEn(), s.getSentAt().orElse(null),
                    new ResponseRate((int) c.sent(), (int) c.drafts(), (int) c.submitted()));
        }).toList();
    }

    public long recipientCount(long surveyId, boolean notSubmittedOnly) {
        return repository.countRecipients(surveyId, notSubmittedOnly);
    }

    /** One page of a survey's companies (ADMIN's follow-up list), read in the database. */
    public List<RecipientRow> recipientPage(long surveyId, boolean notSubmittedOnly, int first, int size) {
        return repository.recipientPage(surveyId, notSubmittedOnly, new PageRequest(first, size));
    }

    private static Results results(Survey s, List<SurveyRecipient> recipients) {
        List<RecipientView> rows = recipients.stream().map(r -> view(s, r)).toList();
        int submitted = (int) rows.stream().filter(r -> r.submittedAt() != null).count();
        int drafts = (int) rows.stream().filter(r -> "DRAFT".equals(r.state())).count();
        return new Results(s.getId(), s.getTitleJa(), s.getTitleEn(), new ResponseRate(rows.size(), drafts, submitted), rows);
    }

    /** Reminds every company that has not submitted, by e-mail, and counts it. @return how many were reminded */
    public int remind(long surveyId) {
        Survey s = survey(surveyId);
        bulk.flushAtCommit();
        int n = 0;
        for (SurveyRecipient r : repository.recipients(surveyId)) {
            if (r.remind()) {
                tell(s, r, "surveyReminder", "survey-reminder:" + r.getId() + ":" + r.getReminders());
                n++;
            }
        }
        return n;
    }

    /** Template arguments after the common five: {5} title (ja), {6} title (en), {7} the portal's support page. */
    private void tell(Survey s, SurveyRecipient r, String template, String dedupKey) {
        cases.find(r.getCaseId()).flatMap(c -> applications.find(c.getApplicationId())).ifPresent(a ->
                applicantMail.send(a, template, dedupKey, s.getTitleJa(), s.getTitleEn(), applicantMail.url("/applicant/support.xhtml")));
    }

    /** The submitted answers as CSV text in the chosen language. */
    public String csv(long surveyId, String language) {
        Survey s = survey(surveyId);
        return SurveyTable.csv(s.questions(), answerRows(surveyId), language);
    }

    /** The submitted answers written as a table (CSV or Excel) in the chosen language. */
    public void export(long surveyId, String language, TableWriter out) {
        Survey s = survey(surveyId);
        SurveyTable.write(s.questions(), answerRows(surveyId), language, out);
    }

    /** One row per company that submitted (at most the programme's capacity, so read at once). */
    private List<SurveyTable.Row> answerRows(long surveyId) {
        return repository.recipients(surveyId).stream().filter(r -> r.getSubmittedAt().isPresent())
                .map(r -> new SurveyTable.Row(r.getCompanyName(), r.getSubmittedAt().get(), r.answers())).toList();
    }

    private Survey survey(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("survey", id));
    }

    private SurveyRecipient ownRecipient(long caseId, long recipientId) {
        return repository.recipient(recipientId).filter(r -> r.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("survey", recipientId));
    }

    private static RecipientView view(Survey s, SurveyRecipient r) {
        String state = SurveyRecipient.state(r.getSubmittedAt().orElse(null), r.getDraftSavedAt().orElse(null));
        return new RecipientView(r.getId(), s.getId(), r.getCompanyName(), s.getTitleJa(), s.getTitleEn(), state,
                r.getSubmittedAt().orElse(null), r.getReminders(), r.isNonResponder(), s.questions(), r.answers());
    }
}

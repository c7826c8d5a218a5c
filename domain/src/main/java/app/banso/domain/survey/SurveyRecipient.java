package app.banso.domain.survey;

import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * COOP-3: one company's copy of a survey. It keeps a draft until the company submits; a
 * submitted answer is final. Reminders are counted to show non-response.
 */
@Entity
@Table(name = "survey_recipient")
public class SurveyRecipient {

    @Id
    @SequenceGenerator(name = "survey_recipient_seq", sequenceName = "survey_recipient_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_recipient_seq")
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "company_name", nullable = false, length = 300)
    private String companyName;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reminders", nullable = false)
    private int reminders;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "recipient_id"))
    private List<Row> answers = new ArrayList<>();

    /** An answer as stored: chosen option indexes comma-separated. */
    @Embeddable
    public static class Row {
        @Column(name = "question_no", nullable = false) private int number;
        @Column(name = "choices", length = 200) private String choices;
        @Column(name = "rating") private Integer rating;
        @Column(name = "answer_text", length = 2000) private String text;

        protected Row() {
            // for JPA
        }

        Row(SurveyAnswer a) {
            number = a.questionNumber();
            choices = a.choices().isEmpty() ? null : a.choices().stream().map(String::valueOf).collect(Collectors.joining(","));
            rating = a.rating();
            text = a.text();
        }

        SurveyAnswer toAnswer() {
            List<Integer> c = choices == null ? List.of() : Arrays.stream(choices.split(",")).map(Integer::valueOf).toList();
            return new SurveyAnswer(number, c, rating, text);
        }
    }

    protected SurveyRecipient() {
        // for JPA
    }

    public SurveyRecipient(long surveyId, long caseId, String companyName) {
        this.surveyId = surveyId;
        this.caseId = caseId;
        this.companyName = companyName;
    }

    /**
     * Keeps the company's answers: as a draft, or submitted (final). Impossible values are refused
     * in both cases; a submission must answer every required question (COOP-3).
     */
    public void answer(List<SurveyQuestion> questions, List<SurveyAnswer> given, boolean submit, Instant now) {
        if (submittedAt != null) {
            throw new RuleViolationException(RuleId.COOP_3, "survey.alreadySubmitted");
        }
        List<SurveyAnswer> kept = given.stream().filter(a -> !a.isEmpty()).toList();
        SurveyAnswers.check(questions, kept, submit);
        answers.clear();
        kept.stream().sorted(Comparator.comparingInt(SurveyAnswer::questionNumber)).map(Row::new).forEach(answers::add);
        if (submit) {
            submittedAt = now;
        } else {
            draftSavedAt = now;
        }
    }

    /** @return whether a reminder was due (not for submitted answers) */
    public boolean remind() {
        if (submittedAt != null) {
            return false;
        }
        reminders++;
        return true;
    }

    public boolean isNonResponder() {
        return ResponseRate.isNonResponder(submittedAt != null, reminders);
    }

    public List<SurveyAnswer> answers() {
        return answers.stream().map(Row::toAnswer).toList();
    }

    public Long getId() { return id; }
    public Long getSurveyId() { return surveyId; }
    public Long getCaseId() { return caseId; }
    public String getCompanyName() { return companyName; }
    public Optional<Instant> getDraftSavedAt() { return Optional.ofNullable(draftSavedAt); }
    public Optional<Instant> getSubmittedAt() { return Optional.ofNullable(submittedAt); }
    public boolean isDraft() { return submittedAt == null && draftSavedAt != null; }

    /** SENT, DRAFT or SUBMITTED, as the screens name a copy's state (also for a projection of the two times). */
    public static String state(Instant submittedAt, Instant draftSavedAt) {
        return submittedAt != null ? "SUBMITTED" : draftSavedAt != null ? "DRAFT" : "SENT";
    }
    public int getReminders() { return reminders; }
}

package app.banso.domain.survey;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** COOP-3: a survey of a programme, worded in Japanese and English, sent once to the companies. */
@Entity
@Table(name = "survey")
public class Survey {

    /** Options are stored one per line. */
    private static final String SEP = "\n";

    @Id
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "title_ja", nullable = false, length = 200)
    private String titleJa;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderBy("number")
    private List<Row> questions = new ArrayList<>();

    /** A question as stored. */
    @Embeddable
    public static class Row {
        @Column(name = "question_no", nullable = false) private int number;
        @Enumerated(EnumType.STRING) @Column(name = "question_type", nullable = false, length = 20) private QuestionType type;
        @Column(name = "text_ja", nullable = false, length = 500) private String textJa;
        @Column(name = "text_en", nullable = false, length = 500) private String textEn;
        @Column(name = "options_ja", length = 2000) private String optionsJa;
        @Column(name = "options_en", length = 2000) private String optionsEn;
        @Column(name = "mandatory", nullable = false) private boolean required;

        protected Row() {
            // for JPA
        }

        Row(SurveyQuestion q) {
            number = q.number();
            type = q.type();
            textJa = q.textJa();
            textEn = q.textEn();
            optionsJa = q.optionsJa().isEmpty() ? null : String.join(SEP, q.optionsJa());
            optionsEn = q.optionsEn().isEmpty() ? null : String.join(SEP, q.optionsEn());
            required = q.required();
        }

        SurveyQuestion toQuestion() {
            return new SurveyQuestion(number, type, textJa, textEn, split(optionsJa), split(optionsEn), required);
        }

        private static List<String> split(String s) {
            return s == null ? List.of() : Arrays.asList(s.split(SEP, -1));
        }
    }

    protected Survey() {
        // for JPA
    }

    public Survey(long programmeId, String titleJa, String titleEn, List<SurveyQuestion> questions, String createdBy, Instant now) {
        if (titleJa == null || titleJa.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw new InvalidDataException("title", "survey.title");
        }
        if (questions == null || questions.isEmpty()) {
            throw new InvalidDataException("questions", "survey.noQuestions");
        }
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("questions must be numbered 1..n");
            }
            if (questions.get(i).options("ja").stream().anyMatch(o -> o.contains(SEP))
                    || questions.get(i).options("en").stream().anyMatch(o -> o.contains(SEP))) {
                throw new InvalidDataException("options", "survey.options", i + 1);
            }
            this.questions.add(new Row(questions.get(i)));
        }
        this.programmeId = programmeId;
        this.titleJa = titleJa.strip();
        this.titleEn = titleEn.strip();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void markSent(Instant now) {
        if (sentAt != null) {
            throw new IllegalStateException("survey already sent");
        }
        sentAt = now;
    }

    public List<SurveyQuestion> questions() {
        return questions.stream().map(Row::toQuestion).toList();
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleJa;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public String getTitleJa() { return titleJa; }
    public String getTitleEn() { return titleEn; }
    public Instant getCreatedAt() { return createdAt; }
    public Optional<Instant> getSentAt() { return Optional.ofNullable(sentAt); }
}

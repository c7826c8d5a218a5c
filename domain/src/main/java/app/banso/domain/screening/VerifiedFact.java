package app.banso.domain.screening;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A fact that staff verified and that corrects one of the applicant's answers for the rule
 * evaluation; the applicant's own answer stays as it was given. Who, when and why are kept.
 */
@Entity
@Table(name = "verified_fact")
public class VerifiedFact {

    @Id
    @SequenceGenerator(name = "verified_fact_seq", sequenceName = "verified_fact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verified_fact_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, length = 40)
    private CorrectableAnswer answer;

    @Column(name = "fact_value", nullable = false, length = 20)
    private String value;

    @Column(name = "note", nullable = false, length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected VerifiedFact() {
        // for JPA
    }

    public VerifiedFact(long applicationId, CorrectableAnswer answer, String value, String note, String staff, Instant now) {
        if (answer == null || !answer.accepts(value)) {
            throw new InvalidDataException("factValue", "fact.invalidValue");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidDataException("factNote", "fact.noteRequired");
        }
        this.applicationId = applicationId;
        this.answer = answer;
        this.value = value;
        this.note = note.strip().length() > 1000 ? note.strip().substring(0, 1000) : note.strip();
        this.recordedBy = staff;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public CorrectableAnswer getAnswer() { return answer; }
    public String getValue() { return value; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}

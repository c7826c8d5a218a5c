package app.banso.domain.support;

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
import java.util.Objects;

/** COOP-6: one change of registered information reported by the company (the change log). */
@Entity
@Table(name = "registration_change")
public class RegistrationChange {

    @Id
    @SequenceGenerator(name = "registration_change_seq", sequenceName = "registration_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_change_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_field", nullable = false, length = 30)
    private ChangeField field;

    @Column(name = "new_value", length = 500)
    private String newValue;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "reported_by", nullable = false, length = 254)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected RegistrationChange() {
        // for JPA
    }

    public RegistrationChange(long caseId, ChangeField field, String newValue, String note, String reportedBy, Instant now) {
        this.caseId = caseId;
        this.field = Objects.requireNonNull(field);
        if (field != ChangeField.DISSOLUTION && (newValue == null || newValue.isBlank())) {
            throw new InvalidDataException("newValue", "validation.required");
        }
        if (newValue != null && newValue.strip().length() > 500) {
            throw new InvalidDataException("newValue", "validation.tooLong", 500);
        }
        this.newValue = newValue == null || newValue.isBlank() ? null : newValue.strip();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.reportedBy = reportedBy;
        this.reportedAt = now;
    }

    public Long getCaseId() { return caseId; }
    public ChangeField getField() { return field; }
    public String getNewValue() { return newValue; }
    public String getNote() { return note; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
}

package app.banso.domain.intake;

import app.banso.domain.shared.InvalidDataException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** After submission the applicant cannot edit; changes are asked for in a message to staff. */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "change_request_seq", sequenceName = "change_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_request_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "author", nullable = false, length = 254)
    private String author;

    protected ChangeRequest() {
        // for JPA
    }

    public ChangeRequest(long applicationId, String text, String author, Instant now) {
        if (text == null || text.isBlank()) {
            throw new InvalidDataException("changeRequest", "validation.required");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new InvalidDataException("changeRequest", "validation.tooLong", TEXT_MAX);
        }
        this.applicationId = applicationId;
        this.text = text.strip();
        this.author = author;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
    public String getAuthor() { return author; }
}

package app.banso.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a consent form, stored in the database (outside the web root, backed up and
 * replicated with everything else), keyed by the application id.
 */
@Entity
@Table(name = "consent_content")
public class ConsentContent {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ConsentContent() {
        // for JPA
    }

    public ConsentContent(long applicationId, byte[] content) {
        this.applicationId = applicationId;
        this.content = content.clone();
    }

    public void replace(byte[] newContent) {
        this.content = newContent.clone();
    }

    public Long getApplicationId() { return applicationId; }
    public byte[] getContent() { return content.clone(); }
}

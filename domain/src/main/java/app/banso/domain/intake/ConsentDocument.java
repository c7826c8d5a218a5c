package app.banso.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed and sealed consent form of an application (APPLY-1): its metadata. The bytes are in
 * {@link ConsentContent} (same id) so that lists never load them. The original file name is kept
 * only as data; the file is known by a generated name. Staff later record that the seal was
 * checked.
 */
@Entity
@Table(name = "consent_document")
public class ConsentDocument {

    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "consent_document_seq", sequenceName = "consent_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_document_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, unique = true)
    private Long applicationId;

    @Column(name = "original_name", nullable = false, length = NAME_MAX)
    private String originalName;

    @Column(name = "stored_name", nullable = false, length = 40)
    private String storedName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "pages", nullable = false)
    private int pages;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "seal_checked_by", length = 254)
    private String sealCheckedBy;

    @Column(name = "seal_checked_at")
    private Instant sealCheckedAt;

    protected ConsentDocument() {
        // for JPA
    }

    public ConsentDocument(long applicationId, String originalName, long sizeBytes, String sha256, int pages, Instant now) {
        this.applicationId = applicationId;
        replace(originalName, sizeBytes, sha256, pages, now);
    }

    /** A new upload replaces the earlier file; the seal must be checked again. */
    public final void replace(String originalName, long sizeBytes, String sha256, int pages, Instant now) {
        this.originalName = Objects.requireNonNull(originalName);
        this.storedName = UUID.randomUUID() + ".pdf";
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.pages = pages;
        this.uploadedAt = now;
        this.sealCheckedBy = null;
        this.sealCheckedAt = null;
    }

    public void markSealChecked(String staff, Instant now) {
        this.sealCheckedBy = staff;
        this.sealCheckedAt = now;
    }

    public void clearSealCheck() {
        this.sealCheckedBy = null;
        this.sealCheckedAt = null;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getOriginalName() { return originalName; }
    public String getStoredName() { return storedName; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public int getPages() { return pages; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Optional<String> getSealCheckedBy() { return Optional.ofNullable(sealCheckedBy); }
    public Optional<Instant> getSealCheckedAt() { return Optional.ofNullable(sealCheckedAt); }
}

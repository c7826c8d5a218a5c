package app.banso.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One e-mail in the transactional outbox. It is written in the same transaction as the change
 * it reports and sent by the relay after commit; the de-duplication key makes a second enqueue
 * of the same notice a no-op (unique constraint), and retries back off exponentially.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    public static final int MAX_ATTEMPTS = 8;
    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 100_000;

    @Id
    @SequenceGenerator(name = "mail_message_seq", sequenceName = "mail_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
    private Long id;

    @NotBlank @Size(max = 200)
    @Column(name = "dedup_key", nullable = false, unique = true, length = 200)
    private String dedupKey;

    @NotBlank @Size(max = 254)
    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @NotBlank @Size(max = SUBJECT_MAX)
    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @NotNull @Size(max = BODY_MAX)
    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Size(max = 1000)
    @Column(name = "last_error", length = 1000)
    private String lastError;

    /** The application the e-mail is about, when it is about one (shown on its timeline). */
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "attachment_name", length = 200)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(name = "attachment_content")
    private byte[] attachmentContent;

    protected MailMessage() {
        // for JPA
    }

    public MailMessage(String dedupKey, String recipient, String subject, String body, Instant now) {
        this.dedupKey = Objects.requireNonNull(dedupKey, "dedupKey");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        this.body = Objects.requireNonNull(body, "body");
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** One file sent with the message (e.g. the adoption notice PDF, SCREEN-3). */
    public MailMessage attach(String name, String contentType, byte[] content) {
        this.attachmentName = Objects.requireNonNull(name);
        this.attachmentType = Objects.requireNonNull(contentType);
        this.attachmentContent = content.clone();
        return this;
    }

    public MailMessage about(Long application) {
        this.applicationId = application;
        return this;
    }

    public Optional<Long> getApplicationId() { return Optional.ofNullable(applicationId); }

    public Optional<String> getAttachmentName() { return Optional.ofNullable(attachmentName); }
    public Optional<String> getAttachmentType() { return Optional.ofNullable(attachmentType); }
    public Optional<byte[]> getAttachmentContent() { return Optional.ofNullable(attachmentContent).map(byte[]::clone); }

    public void markSent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
        attempts++;
    }

    public void markKept(Instant now) {
        status = MailStatus.KEPT;
        sentAt = now;
        claimedUntil = null;
    }

    /** A failed attempt: retry after 1, 2, 4, ... minutes, give up after {@link #MAX_ATTEMPTS}. */
    public void markFailed(String error, Instant now) {
        attempts++;
        claimedUntil = null;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10)));
        }
    }

    /** ADMIN asks for another try of a failed message. */
    public void retry(Instant now) {
        if (status == MailStatus.FAILED) {
            status = MailStatus.PENDING;
            attempts = 0;
            nextAttemptAt = now;
        }
    }

    public Long getId() { return id; }
    public String getDedupKey() { return dedupKey; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public MailStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Optional<Instant> getSentAt() { return Optional.ofNullable(sentAt); }
    public Optional<String> getLastError() { return Optional.ofNullable(lastError); }
}

package app.banso.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * ADMIN's wording of one e-mail in one language, replacing the built-in text. Placeholders
 * {@code {0}}, {@code {1}} ... are filled as in the built-in template.
 */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 10_000;

    @Id
    @SequenceGenerator(name = "mail_template_seq", sequenceName = "mail_template_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_template_seq")
    private Long id;

    @Column(name = "template_key", nullable = false, length = 40)
    private String templateKey;

    @Column(name = "language", nullable = false, length = 5)
    private String language;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailTemplate() {
        // for JPA
    }

    public MailTemplate(String templateKey, String language, String subject, String body, String staff, Instant now) {
        this.templateKey = templateKey;
        this.language = language;
        change(subject, body, staff, now);
    }

    public final void change(String newSubject, String newBody, String staff, Instant now) {
        this.subject = newSubject;
        this.body = newBody;
        this.updatedBy = staff;
        this.updatedAt = now;
    }

    public String getTemplateKey() { return templateKey; }
    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}

package app.banso.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit log (PRIV-1, PRIV-2): who did what to which record, when and
 * from where. The entity has no setters; nothing in the product updates or deletes a row.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 254, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "subject", length = 200, updatable = false)
    private String subject;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String subject, String detail, String clientAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = actor == null || actor.isBlank() ? "anonymous" : cut(actor, 254);
        this.action = Objects.requireNonNull(action);
        this.subject = cut(subject, 200);
        this.detail = cut(detail, 2000);
        this.clientAddress = cut(clientAddress, 64);
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
    public String getClientAddress() { return clientAddress; }
}

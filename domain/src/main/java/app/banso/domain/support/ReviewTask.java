package app.banso.domain.support;

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
import java.util.Optional;

/**
 * A task for ADMIN to review whether support must end: a registration change broke an
 * eligibility rule (TERM-2) or reports dissolution (TERM-4).
 */
@Entity
@Table(name = "review_task")
public class ReviewTask {

    @Id
    @SequenceGenerator(name = "review_task_seq", sequenceName = "review_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_task_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "term_reason", nullable = false, length = 10)
    private TermReason reason;

    @Column(name = "cause", nullable = false, length = 200)
    private String cause;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution", length = 20)
    private String resolution;

    @Column(name = "resolved_by", length = 254)
    private String resolvedBy;

    protected ReviewTask() {
        // for JPA
    }

    public ReviewTask(long caseId, TermReason reason, String cause, Instant now) {
        this.caseId = caseId;
        this.reason = reason;
        this.cause = cause;
        this.openedAt = now;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public void resolve(String resolution, String admin, Instant now) {
        if (isOpen()) {
            this.resolution = resolution;
            this.resolvedBy = admin;
            this.resolvedAt = now;
        }
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public TermReason getReason() { return reason; }
    public String getCause() { return cause; }
    public Instant getOpenedAt() { return openedAt; }
    public Optional<String> getResolution() { return Optional.ofNullable(resolution); }
}

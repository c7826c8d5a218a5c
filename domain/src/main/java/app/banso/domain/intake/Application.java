package app.banso.domain.intake;

import app.banso.domain.programme.Programme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A company's application to one programme year. One per company and programme (the unique
 * constraint backs the check in the intake service). Status changes only through the
 * intent-named methods, each checked by {@link ApplicationStatus}.
 */
@Entity
@Table(name = "application",
        uniqueConstraints = @UniqueConstraint(name = "uq_application_company_programme", columnNames = {"company_id", "programme_id"}))
public class Application {

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ApplicationStatus status;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Application() {
        // for JPA
    }

    /** A new draft (APPLY-2: drafts are kept from the first keystroke). */
    public Application(Company company, Programme programme, Instant now) {
        this.company = Objects.requireNonNull(company, "company");
        this.programme = Objects.requireNonNull(programme, "programme");
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.statusChangedAt = now;
    }

    /** APPLY-2: the applicant confirms the form. Capacity and eligibility are checked by the service. */
    public void submit(Instant now) {
        moveTo(ApplicationStatus.SUBMITTED, now);
        this.submittedAt = now;
    }

    /** APPLY-1: both the online form and the signed consent form have been received. */
    public void complete(Instant now) {
        moveTo(ApplicationStatus.COMPLETE, now);
    }

    /** SCREEN-1. */
    public void startDocumentScreening(Instant now) {
        moveTo(ApplicationStatus.DOCUMENT_SCREENING, now);
    }

    /** SCREEN-2. */
    public void scheduleInterview(Instant now) {
        moveTo(ApplicationStatus.INTERVIEW_SCHEDULED, now);
    }

    /** SCREEN-3. */
    public void adopt(Instant now) {
        moveTo(ApplicationStatus.ADOPTED, now);
    }

    /** SCREEN-4. */
    public void reject(Instant now) {
        moveTo(ApplicationStatus.REJECTED, now);
    }

    /** APPLY-3: at any time before the decision. */
    public void withdraw(Instant now) {
        moveTo(ApplicationStatus.WITHDRAWN, now);
    }

    /** APPLY-5: no answer to the screening. */
    public void deemWithdrawn(Instant now) {
        moveTo(ApplicationStatus.DEEMED_WITHDRAWN, now);
    }

    private void moveTo(ApplicationStatus target, Instant now) {
        this.status = status.moveTo(target);
        this.statusChangedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() { return id; }
    public Company getCompany() { return company; }
    public Programme getProgramme() { return programme; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public Optional<Instant> getSubmittedAt() { return Optional.ofNullable(submittedAt); }
    public long getVersion() { return version; }
}

package app.banso.domain.intake;

import app.banso.domain.programme.CapacityBasis;
import app.banso.domain.programme.Programme;
import app.banso.domain.screening.VerifiedFact;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A company's application to one programme year, from the first saved draft (APPLY-2) to the
 * decision. It belongs to the applicant account that started it; the company record is
 * attached on submission, when the corporate number is final (one application per corporate
 * number and programme). Status changes only through the intent-named methods, each checked by
 * {@link ApplicationStatus} and recorded on the timeline.
 */
@Entity
@Table(name = "application")
public class Application {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(name = "owner_account_id")
    private Long ownerAccountId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ApplicationStatus status;

    @Valid @Embedded
    private CompanyAnswers companyAnswers = new CompanyAnswers();

    @Valid @Embedded
    private EligibilityAnswers eligibility = new EligibilityAnswers();

    @Valid
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "hiring_position", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position_index")
    private List<PositionAnswers> positions = new ArrayList<>();

    @Valid @Embedded
    private MotivationAnswers motivation = new MotivationAnswers();

    @Embedded
    private Declarations declarations = new Declarations();

    /** Normalised corporate number, set on submission (unique per programme). */
    @Column(name = "corporate_number", length = CorporateNumber.LENGTH)
    private String corporateNumber;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "consent_received_at")
    private Instant consentReceivedAt;

    /**
     * SCREEN-2: days (fractional) from COMPLETE to the first online-screening notice, kept when
     * that notice goes out so that the dashboard's median reads one indexed column (V32).
     */
    @Column(name = "days_to_notice")
    private Double daysToNotice;

    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private String withdrawalReason;

    /** SCREEN-1: the member of screening staff who screens it (their sign-in address); none while nobody is. */
    @Column(name = "assigned_screener", length = 254)
    private String assignedScreener;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ApplicationEvent> events = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Application() {
        // for JPA
    }

    /** A new draft of an applicant account (APPLY-2: drafts are kept from the first keystroke). */
    public Application(Programme programme, long ownerAccountId, Instant now) {
        this.programme = Objects.requireNonNull(programme, "programme");
        this.ownerAccountId = ownerAccountId;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.statusChangedAt = now;
        record(ApplicationEventType.DRAFT_STARTED, now, null);
    }

    /**
     * APPLY-2: stores the answers as they are, complete or not; only a draft can change. Answers
     * equal to the stored ones change nothing (the saved time stays that of the last change, and
     * the row is not written): going from step to step saves the draft each time.
     * @return whether any answer changed
     * @throws RuleViolationException APPLY-2 once the application has been submitted
     */
    public boolean saveDraft(CompanyAnswers c, EligibilityAnswers e, List<PositionAnswers> p, MotivationAnswers m,
                             Declarations d, Instant now) {
        return saveDraft(new FormAnswers(c, e, p, m, d), now);
    }

    /** APPLY-2, as {@link #saveDraft(CompanyAnswers, EligibilityAnswers, List, MotivationAnswers, Declarations, Instant)}. */
    public boolean saveDraft(FormAnswers given, Instant now) {
        requireDraft();
        if (given.positions().size() > PositionAnswers.MAX_POSITIONS) {
            throw new InvalidDataException("positions", "position.tooMany", PositionAnswers.MAX_POSITIONS);
        }
        if (draftSavedAt != null && getAnswers().equals(given)) {
            return false;
        }
        FormAnswers kept = given.copy();
        this.companyAnswers = kept.company();
        this.eligibility = kept.eligibility();
        this.positions.clear();
        this.positions.addAll(kept.positions());
        this.motivation = kept.motivation();
        this.declarations = kept.declarations();
        this.draftSavedAt = now;
        return true;
    }

    /**
     * The eligibility with staff-verified facts applied over the applicant's answers (the
     * answers themselves stay as given).
     */
    public List<RuleResult> evaluateEligibility(List<VerifiedFact> facts) {
        CompanyAnswers c = getCompanyAnswers();
        EligibilityAnswers e = getEligibility();
        facts.stream().sorted(Comparator.comparing(VerifiedFact::getRecordedAt))
                .forEach(f -> f.getAnswer().apply(c, e, f.getValue()));
        return EligibilityEvaluator.evaluate(c, e, positions);
    }

    /** The current eligibility of the answers (EX, TALENT, MAYBE). */
    public List<RuleResult> evaluateEligibility() {
        return EligibilityEvaluator.evaluate(getCompanyAnswers(), getEligibility(), positions);
    }

    /**
     * APPLY-2 and APPLY-1: the applicant confirms the form; checks completeness, EX/TALENT and the
     * declarations. With the consent form already received the application is complete at once.
     * Capacity (APPLY-4) and uniqueness are the service's part.
     */
    public void submit(Company company, Instant now) {
        requireDraft();
        ApplicationCheck.requireSubmittable(getCompanyAnswers(), getEligibility(), positions, getMotivation(), getDeclarations());
        moveTo(ApplicationStatus.SUBMITTED, now);
        this.company = Objects.requireNonNull(company, "company");
        this.corporateNumber = company.getCorporateNumber().value();
        this.submittedAt = now;
        record(ApplicationEventType.SUBMITTED, now, null);
        if (consentReceivedAt != null) {
            complete(now);
        }
    }

    /**
     * APPLY-1: the signed consent form arrived (or replaced the earlier one). It can be replaced
     * until submission; after submission, the first one received completes the application.
     */
    public void receiveConsent(Instant now) {
        boolean replacing = consentReceivedAt != null;
        if (status != ApplicationStatus.DRAFT && !(status == ApplicationStatus.SUBMITTED && !replacing)) {
            throw new RuleViolationException(RuleId.APPLY_1, "consent.notReplaceable");
        }
        consentReceivedAt = now;
        record(replacing ? ApplicationEventType.CONSENT_REPLACED : ApplicationEventType.CONSENT_RECEIVED, now, null);
        if (status == ApplicationStatus.SUBMITTED) {
            complete(now);
        }
    }

    private void complete(Instant now) {
        moveTo(ApplicationStatus.COMPLETE, now);
        this.completedAt = now;
        record(ApplicationEventType.COMPLETED, now, null);
    }

    /** SCREEN-1. */
    public void startDocumentScreening(Instant now) {
        moveTo(ApplicationStatus.DOCUMENT_SCREENING, now);
        record(ApplicationEventType.DOCUMENT_SCREENING_STARTED, now, null);
    }

    /** SCREEN-2. */
    public void scheduleInterview(Instant now) {
        moveTo(ApplicationStatus.INTERVIEW_SCHEDULED, now);
        if (daysToNotice == null && completedAt != null) {
            daysToNotice = Duration.between(completedAt, now).toMillis() / (double) Duration.ofDays(1).toMillis();
        }
        record(ApplicationEventType.INTERVIEW_SCHEDULED, now, null);
    }

    /** SCREEN-3. */
    public void adopt(Instant now) {
        moveTo(ApplicationStatus.ADOPTED, now);
        record(ApplicationEventType.ADOPTED, now, null);
    }

    /** SCREEN-4. */
    public void reject(Instant now) {
        moveTo(ApplicationStatus.REJECTED, now);
        record(ApplicationEventType.REJECTED, now, null);
    }

    /** APPLY-3: at any time before the decision; the reason is optional. */
    public void withdraw(String reason, Instant now) {
        moveTo(ApplicationStatus.WITHDRAWN, now);
        this.withdrawalReason = reason == null || reason.isBlank() ? null
                : reason.strip().substring(0, Math.min(reason.strip().length(), REASON_MAX));
        record(ApplicationEventType.WITHDRAWN, now, null);
    }

    /** APPLY-5: no answer to the screening. */
    public void deemWithdrawn(Instant now) {
        moveTo(ApplicationStatus.DEEMED_WITHDRAWN, now);
        record(ApplicationEventType.DEEMED_WITHDRAWN, now, null);
    }

    /**
     * SCREEN-1: a member of screening staff takes the application (the boundary checks that the
     * address is one of screening staff who can sign in). Only a submitted application is screened.
     * @return whether the screener changed (false when it already was theirs)
     */
    public boolean assignScreener(String screener) {
        if (status == ApplicationStatus.DRAFT) {
            throw new RuleViolationException(RuleId.SCREEN_1, "screening.notSubmitted");
        }
        String to = Objects.requireNonNull(screener, "screener");
        boolean changed = !to.equals(assignedScreener);
        this.assignedScreener = to;
        return changed;
    }

    /** A timeline line that is not a status change (waiting list, change request). */
    public void note(ApplicationEventType type, Instant now, String detail) {
        record(type, now, detail);
    }

    /** APPLY-4: whether this application takes one of the programme's places. */
    public boolean countsAgainstCapacity(CapacityBasis basis) {
        return ApplicationStatus.countedBy(basis).contains(status);
    }

    private void requireDraft() {
        if (!status.isEditableByApplicant()) {
            throw new RuleViolationException(RuleId.APPLY_2, "application.notEditable");
        }
    }

    private void moveTo(ApplicationStatus target, Instant now) {
        this.status = status.moveTo(target);
        this.statusChangedAt = Objects.requireNonNull(now, "now");
    }

    private void record(ApplicationEventType type, Instant now, String detail) {
        events.add(new ApplicationEvent(this, type, now, detail));
    }

    public Long getId() { return id; }
    public Optional<Company> getCompany() { return Optional.ofNullable(company); }
    public Programme getProgramme() { return programme; }
    public Long getOwnerAccountId() { return ownerAccountId; }
    public ApplicationStatus getStatus() { return status; }
    // JPA loads an embedded object whose columns are all null as null: an unanswered step.
    public CompanyAnswers getCompanyAnswers() { return companyAnswers == null ? new CompanyAnswers() : companyAnswers.copy(); }
    public EligibilityAnswers getEligibility() { return eligibility == null ? new EligibilityAnswers() : eligibility.copy(); }
    public List<PositionAnswers> getPositions() { return positions.stream().map(PositionAnswers::copy).toList(); }
    public MotivationAnswers getMotivation() { return motivation == null ? new MotivationAnswers() : motivation.copy(); }
    public Declarations getDeclarations() { return declarations == null ? new Declarations() : declarations.copy(); }
    /** Every step's answers, in objects of their own. */
    public FormAnswers getAnswers() {
        return new FormAnswers(getCompanyAnswers(), getEligibility(), getPositions(), getMotivation(), getDeclarations());
    }
    public Optional<String> getCorporateNumber() { return Optional.ofNullable(corporateNumber); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public Optional<Instant> getDraftSavedAt() { return Optional.ofNullable(draftSavedAt); }
    public Optional<Instant> getSubmittedAt() { return Optional.ofNullable(submittedAt); }
    /** When form and consent were both there (APPLY-1): the screening deadlines count from it. */
    public Optional<Instant> getCompletedAt() { return Optional.ofNullable(completedAt); }
    /** SCREEN-2: days from COMPLETE to the first online-screening notice, once it went out. */
    public Optional<Double> getDaysToNotice() { return Optional.ofNullable(daysToNotice); }
    public Optional<Instant> getConsentReceivedAt() { return Optional.ofNullable(consentReceivedAt); }
    public Optional<String> getWithdrawalReason() { return Optional.ofNullable(withdrawalReason); }
    public Optional<String> getAssignedScreener() { return Optional.ofNullable(assignedScreener); }
    public List<ApplicationEvent> getEvents() { return List.copyOf(events); }
    public long getVersion() { return version; }
}

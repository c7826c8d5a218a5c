package app.banso.domain.support;

import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.JapanTime;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * The accompanying support of one adopted company (SUPPORT-1 ... SUPPORT-8, PERIOD-1, TERM).
 * Created on adoption; the kickoff meeting produces the plan and the support period, which the
 * company, JETRO and the coordinator each agree; support then runs through four stages until the
 * period ends or is terminated, after which the case is read-only.
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

    public static final int STAGES = 4;
    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "support_case_seq", sequenceName = "support_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, unique = true)
    private Long applicationId;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "coordinator", length = 254)
    private String coordinator;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "kickoff_at")
    private Instant kickoffAt;
    @Column(name = "kickoff_attendees", length = 500)
    private String kickoffAttendees;
    @Column(name = "kickoff_minutes", length = TEXT_MAX)
    private String kickoffMinutes;
    @Column(name = "goal1", length = TEXT_MAX) private String goal1;
    @Column(name = "goal2", length = TEXT_MAX) private String goal2;
    @Column(name = "goal3", length = TEXT_MAX) private String goal3;
    @Column(name = "goal4", length = TEXT_MAX) private String goal4;

    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "company_agreed_at")
    private Instant companyAgreedAt;
    @Column(name = "jetro_agreed_at")
    private Instant jetroAgreedAt;
    @Column(name = "coordinator_agreed_at")
    private Instant coordinatorAgreedAt;

    @Enumerated(EnumType.STRING) @Column(name = "stage1", nullable = false, length = 20) private StageStatus stage1 = StageStatus.NOT_STARTED;
    @Enumerated(EnumType.STRING) @Column(name = "stage2", nullable = false, length = 20) private StageStatus stage2 = StageStatus.NOT_STARTED;
    @Enumerated(EnumType.STRING) @Column(name = "stage3", nullable = false, length = 20) private StageStatus stage3 = StageStatus.NOT_STARTED;
    @Enumerated(EnumType.STRING) @Column(name = "stage4", nullable = false, length = 20) private StageStatus stage4 = StageStatus.NOT_STARTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "term_reason", length = 10)
    private TermReason termReason;
    @Column(name = "term_effective")
    private LocalDate termEffective;
    @Column(name = "term_note", length = TEXT_MAX)
    private String termNote;
    @Column(name = "closed_by", length = 254)
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;

    /** COOP-4/5: the company's answer on being named in published reports (null: not answered). */
    @Column(name = "publication_consent")
    private Boolean publicationConsent;

    @Column(name = "publication_consent_at")
    private Instant publicationConsentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "changed_by", length = 254)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected SupportCase() {
        // for JPA
    }

    /** Created when the application is adopted (SCREEN-3 hands over to support). */
    public SupportCase(long applicationId, long programmeId, String companyName, Instant now) {
        this.applicationId = applicationId;
        this.programmeId = programmeId;
        this.companyName = Objects.requireNonNull(companyName);
        this.status = CaseStatus.KICKOFF;
        this.createdAt = now;
    }

    /** SUPPORT-8: the coordinator (replaceable; the history is kept by the service). */
    public void assignCoordinator(String email) {
        requireOpen();
        this.coordinator = Objects.requireNonNull(email);
    }

    /**
     * SUPPORT-1 and PERIOD-1: the kickoff meeting records attendees, minutes, a goal per stage and
     * the support period, which can never end after the programme's support end date. A new plan
     * needs every party's agreement again.
     */
    public void recordKickoff(Instant at, String attendees, String minutes, String[] goals, LocalDate start, LocalDate end,
                              LocalDate programmeSupportEnds) {
        requireOpen();
        if (start == null || end == null || end.isBefore(start)) {
            throw new InvalidDataException("periodEnd", "support.periodOrder");
        }
        if (end.isAfter(programmeSupportEnds)) {
            throw new RuleViolationException(RuleId.PERIOD_1, "support.periodTooLong", programmeSupportEnds.toString());
        }
        if (goals == null || goals.length != STAGES) {
            throw new IllegalArgumentException("four goals");
        }
        this.kickoffAt = Objects.requireNonNull(at);
        this.kickoffAttendees = clip(attendees, 500);
        this.kickoffMinutes = clip(minutes, TEXT_MAX);
        this.goal1 = clip(goals[0], TEXT_MAX);
        this.goal2 = clip(goals[1], TEXT_MAX);
        this.goal3 = clip(goals[2], TEXT_MAX);
        this.goal4 = clip(goals[3], TEXT_MAX);
        this.periodStart = start;
        this.periodEnd = end;
        this.companyAgreedAt = null;
        this.jetroAgreedAt = null;
        this.coordinatorAgreedAt = null;
    }

    /**
     * SUPPORT-4: a review revises the plan of a running case (goals and period; PERIOD-1 still
     * caps the period); the previous version stays in the plan history.
     */
    public void revisePlan(String[] goals, LocalDate end, LocalDate programmeSupportEnds) {
        requireOpen();
        if (periodEnd == null) {
            throw new RuleViolationException(RuleId.SUPPORT_1, "support.noPlan");
        }
        if (end == null || end.isBefore(periodStart)) {
            throw new InvalidDataException("periodEnd", "support.periodOrder");
        }
        if (end.isAfter(programmeSupportEnds)) {
            throw new RuleViolationException(RuleId.PERIOD_1, "support.periodTooLong", programmeSupportEnds.toString());
        }
        this.goal1 = clip(goals[0], TEXT_MAX);
        this.goal2 = clip(goals[1], TEXT_MAX);
        this.goal3 = clip(goals[2], TEXT_MAX);
        this.goal4 = clip(goals[3], TEXT_MAX);
        this.periodEnd = end;
    }

    /** PERIOD-1: one party agrees the plan and period; with all three the support starts (stage 1). */
    public void agree(Party party, Instant now) {
        requireOpen();
        if (periodEnd == null) {
            throw new RuleViolationException(RuleId.SUPPORT_1, "support.noPlan");
        }
        switch (party) {
            case COMPANY -> companyAgreedAt = now;
            case JETRO -> jetroAgreedAt = now;
            default -> coordinatorAgreedAt = now;
        }
        if (isAgreedByAll() && status == CaseStatus.KICKOFF) {
            status = CaseStatus.ACTIVE;
            stage1 = StageStatus.IN_PROGRESS;
        }
    }

    public boolean isAgreedByAll() {
        return companyAgreedAt != null && jetroAgreedAt != null && coordinatorAgreedAt != null;
    }

    /**
     * SUPPORT-5: a stage moves forward (not started → in progress → done); a stage can only start
     * once the previous one has started, and support must be active.
     */
    public void setStage(int stage, StageStatus newStatus) {
        requireOpen();
        if (status != CaseStatus.ACTIVE) {
            throw new RuleViolationException(RuleId.SUPPORT_5, "support.notActive");
        }
        if (stage < 1 || stage > STAGES) {
            throw new IllegalArgumentException("stage " + stage);
        }
        if (stage > 1 && newStatus != StageStatus.NOT_STARTED && stage(stage - 1) == StageStatus.NOT_STARTED) {
            throw new RuleViolationException(RuleId.SUPPORT_5, "support.stageOrder");
        }
        switch (stage) {
            case 1 -> stage1 = newStatus;
            case 2 -> stage2 = newStatus;
            case 3 -> stage3 = newStatus;
            default -> stage4 = newStatus;
        }
    }

    public StageStatus stage(int stage) {
        return switch (stage) { case 1 -> stage1; case 2 -> stage2; case 3 -> stage3; default -> stage4; };
    }

    /** The stage shown as current: the last one in progress, else the first not done. */
    public int currentStage() {
        return currentStage(stage1, stage2, stage3, stage4);
    }

    /**
     * The current stage of stages 1..4 in these states: the last one in progress, else the first
     * not done (4 when all are done). Also used on grouped counts, so that a report never loads
     * every case to know its stage.
     */
    public static int currentStage(StageStatus... stages) {
        if (stages.length != STAGES) {
            throw new IllegalArgumentException("expected " + STAGES + " stages");
        }
        for (int s = STAGES; s >= 1; s--) {
            if (stages[s - 1] == StageStatus.IN_PROGRESS) {
                return s;
            }
        }
        for (int s = 1; s <= STAGES; s++) {
            if (stages[s - 1] != StageStatus.DONE) {
                return s;
            }
        }
        return STAGES;
    }

    public String goal(int stage) {
        return switch (stage) { case 1 -> goal1; case 2 -> goal2; case 3 -> goal3; default -> goal4; };
    }

    /** TERM-1 ... TERM-5: only JETRO (ADMIN) ends support early; the case becomes read-only. */
    public void terminate(TermReason reason, LocalDate effective, String note, String admin, Instant now) {
        requireOpen();
        this.termReason = Objects.requireNonNull(reason);
        this.termEffective = Objects.requireNonNull(effective);
        this.termNote = clip(note, TEXT_MAX);
        this.status = CaseStatus.TERMINATED;
        this.closedBy = admin;
        this.closedAt = now;
    }

    /** At the end of the support period support ends on its own. @return true when it ended now */
    public boolean endIfPeriodOver(LocalDate today, Instant now) {
        if (status.isClosed() || periodEnd == null || !today.isAfter(periodEnd)) {
            return false;
        }
        this.status = CaseStatus.ENDED;
        this.closedBy = "system";
        this.closedAt = now;
        return true;
    }

    /** COOP-4/5: the company records whether it may be named in published reports (changeable any time). */
    public void recordPublicationConsent(boolean consent, Instant now) {
        this.publicationConsent = consent;
        this.publicationConsentAt = now;
    }

    public Optional<Boolean> getPublicationConsent() { return Optional.ofNullable(publicationConsent); }

    /** A closed case is read-only. */
    public void requireOpen() {
        if (status.isClosed()) {
            throw new RuleViolationException(status == CaseStatus.TERMINATED ? termReason.rule() : RuleId.PERIOD_1,
                    "support.closed");
        }
    }

    private static String clip(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw new InvalidDataException("text", "validation.tooLong", max);
        }
        return t;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getProgrammeId() { return programmeId; }
    public String getCompanyName() { return companyName; }
    public CaseStatus getStatus() { return status; }
    public Optional<String> getCoordinator() { return Optional.ofNullable(coordinator); }
    public Instant getCreatedAt() { return createdAt; }
    public Optional<Instant> getKickoffAt() { return Optional.ofNullable(kickoffAt); }
    public Optional<String> getKickoffAttendees() { return Optional.ofNullable(kickoffAttendees); }
    public Optional<String> getKickoffMinutes() { return Optional.ofNullable(kickoffMinutes); }
    public Optional<LocalDate> getPeriodStart() { return Optional.ofNullable(periodStart); }
    public Optional<LocalDate> getPeriodEnd() { return Optional.ofNullable(periodEnd); }
    public Optional<Instant> getCompanyAgreedAt() { return Optional.ofNullable(companyAgreedAt); }
    public Optional<Instant> getJetroAgreedAt() { return Optional.ofNullable(jetroAgreedAt); }
    public Optional<Instant> getCoordinatorAgreedAt() { return Optional.ofNullable(coordinatorAgreedAt); }
    public Optional<TermReason> getTermReason() { return Optional.ofNullable(termReason); }
    public Optional<LocalDate> getTermEffective() { return Optional.ofNullable(termEffective); }
    public Optional<String> getTermNote() { return Optional.ofNullable(termNote); }
    public Optional<Instant> getClosedAt() { return Optional.ofNullable(closedAt); }
    public long getVersion() { return version; }
    public Optional<String> getChangedBy() { return Optional.ofNullable(changedBy); }
    public Optional<Instant> getChangedAt() { return Optional.ofNullable(changedAt); }

    /**
     * Optimistic concurrency: the case as the editor's screen showed it ({@code expectedVersion}),
     * or a conflict naming who saved it in between and when; then records this editor's save.
     */
    public void editedBy(String staff, long expectedVersion, Instant now) {
        if (expectedVersion != version) {
            throw new ConflictException(null, "case.changedBy",
                    changedBy == null ? "?" : changedBy,
                    changedAt == null ? "?" : CHANGED_AT.format(changedAt));
        }
        this.changedBy = Objects.requireNonNull(staff);
        this.changedAt = now;
    }

    private static final DateTimeFormatter CHANGED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);
}

package app.banso.domain.screening;

import app.banso.domain.shared.InvalidDataException;
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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The screening of one application: the screener's CRIT-1..5 scores (SCREEN-1), the online
 * screening proposal and its confirmation (SCREEN-2), the interview record and the final
 * decision (SCREEN-3, SCREEN-4) with its internal reason, which never reaches the applicant.
 * The application's own status machine moves alongside (the screening service does both).
 */
@Entity
@Table(name = "screening_record")
public class ScreeningRecord {

    public static final int CRITERIA = 5;
    public static final int LOW_SCORE = 2;
    public static final int TEXT_MAX = 2000;
    /** Length of the free-text list of who actually attended the online screening. */
    public static final int ATTENDED_BY_MAX = 500;
    /** Length of the reason why the first online-screening notice went out after the latest date. */
    public static final int DELAY_REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "screening_record_seq", sequenceName = "screening_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_record_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, unique = true)
    private Long applicationId;

    @Column(name = "score1") private Integer score1;
    @Column(name = "score2") private Integer score2;
    @Column(name = "score3") private Integer score3;
    @Column(name = "score4") private Integer score4;
    @Column(name = "score5") private Integer score5;
    @Column(name = "comment1", length = 1000) private String comment1;
    @Column(name = "comment2", length = 1000) private String comment2;
    @Column(name = "comment3", length = 1000) private String comment3;
    @Column(name = "comment4", length = 1000) private String comment4;
    @Column(name = "comment5", length = 1000) private String comment5;

    @Column(name = "maybe_resolution", length = 1000)
    private String maybeResolution;

    @Enumerated(EnumType.STRING) @Column(name = "document_decision", length = 10)
    private Decision documentDecision;
    @Column(name = "document_decided_at")
    private Instant documentDecidedAt;

    @Column(name = "interview_at")
    private Instant interviewAt;
    @Enumerated(EnumType.STRING) @Column(name = "interview_medium", length = 10)
    private InterviewMedium interviewMedium;
    @Column(name = "teams_url", length = 500)
    private String teamsUrl;
    @Column(name = "phone_reason", length = 500)
    private String phoneReason;
    @Enumerated(EnumType.STRING) @Column(name = "attendee", length = 20)
    private Attendee attendee;
    @Column(name = "notice_sent_at")
    private Instant noticeSentAt;
    /** SCREEN-2: why the first notice went out after the latest date (only then). */
    @Column(name = "notice_delay_reason", length = DELAY_REASON_MAX)
    private String noticeDelayReason;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "no_show", nullable = false)
    private boolean noShow;
    @Column(name = "interview_notes", length = TEXT_MAX)
    private String interviewNotes;
    /** Who actually attended (company and JETRO side), as the screener wrote it down. */
    @Column(name = "interview_attended_by", length = ATTENDED_BY_MAX)
    private String interviewAttendedBy;
    /** Only for an interview that was held: never with a no-show (also a CHECK in the schema). */
    @Enumerated(EnumType.STRING) @Column(name = "interview_outcome", length = 30)
    private InterviewOutcome interviewOutcome;

    /** Staff's internal notes on the screening; never shown to the applicant. */
    @Column(name = "internal_notes", length = 4000)
    private String internalNotes;

    @Enumerated(EnumType.STRING) @Column(name = "final_decision", length = 10)
    private Decision finalDecision;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by", length = 254)
    private String decidedBy;
    /** SCREEN-4: recorded for staff, never shown or sent to the applicant. */
    @Column(name = "internal_reason", length = TEXT_MAX)
    private String internalReason;
    @Column(name = "referred_services", length = 500)
    private String referredServices;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "changed_by", length = 254)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ScreeningRecord() {
        // for JPA
    }

    public ScreeningRecord(long applicationId) {
        this.applicationId = applicationId;
    }

    /**
     * CRIT-n scored 1 (weak) to 5 (strong); a low score (1 or 2) needs a comment that says why.
     */
    public void score(int criterion, int score, String comment) {
        requireOpen();
        if (criterion < 1 || criterion > CRITERIA) {
            throw new IllegalArgumentException("criterion " + criterion);
        }
        if (score < 1 || score > 5) {
            throw new InvalidDataException("score" + criterion, "screening.scoreRange");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (score <= LOW_SCORE && text == null) {
            throw new InvalidDataException("comment" + criterion, "screening.commentRequired", "CRIT-" + criterion);
        }
        if (text != null && text.length() > 1000) {
            throw new InvalidDataException("comment" + criterion, "validation.tooLong", 1000);
        }
        switch (criterion) {
            case 1 -> { score1 = score; comment1 = text; }
            case 2 -> { score2 = score; comment2 = text; }
            case 3 -> { score3 = score; comment3 = text; }
            case 4 -> { score4 = score; comment4 = text; }
            default -> { score5 = score; comment5 = text; }
        }
    }

    public boolean isFullyScored() {
        return score1 != null && score2 != null && score3 != null && score4 != null && score5 != null;
    }

    public void resolveMaybeFlags(String resolution) {
        this.maybeResolution = resolution == null || resolution.isBlank() ? null : resolution.strip();
    }

    /** SCREEN-1: passing the document screening needs every criterion scored. */
    public void decideDocuments(Decision decision, Instant now) {
        requireOpen();
        if (!isFullyScored()) {
            throw new RuleViolationException(RuleId.SCREEN_1, "screening.scoresMissing");
        }
        this.documentDecision = Objects.requireNonNull(decision);
        this.documentDecidedAt = now;
    }

    /**
     * SCREEN-2: the online screening on Microsoft Teams (a meeting address) or, by exception,
     * by phone (a reason is required), with the representative or the business lead. The notice
     * must go out by the latest date (programme data, {@link ScreeningDeadlines}); a first notice
     * after it is still allowed but needs the reason for the delay, which is kept with the proposal.
     *
     * @param pastLatestNoticeDate whether today is after the latest notice date
     * @param delayReason why the notice is late; required for a late first notice, ignored otherwise
     */
    public void proposeInterview(Instant at, InterviewMedium medium, String teamsUrl, String phoneReason, Attendee attendee,
                                 boolean pastLatestNoticeDate, String delayReason, Instant now) {
        requireOpen();
        if (documentDecision != Decision.PASS) {
            throw new RuleViolationException(RuleId.SCREEN_2, "screening.documentsNotPassed");
        }
        boolean lateFirstNotice = pastLatestNoticeDate && noticeSentAt == null;
        String delay = delayReason == null || delayReason.isBlank() ? null : delayReason.strip();
        if (lateFirstNotice && delay == null) {
            throw new RuleViolationException(RuleId.SCREEN_2, "screening.lateNoticeReason");
        }
        if (lateFirstNotice && delay.length() > DELAY_REASON_MAX) {
            throw new InvalidDataException("noticeDelayReason", "validation.tooLong", DELAY_REASON_MAX);
        }
        if (at == null || !at.isAfter(now)) {
            throw new InvalidDataException("interviewAt", "screening.interviewInPast");
        }
        Objects.requireNonNull(medium, "medium");
        if (medium == InterviewMedium.TEAMS) {
            if (teamsUrl == null || !teamsUrl.strip().startsWith("https://")) {
                throw new InvalidDataException("teamsUrl", "screening.teamsUrl");
            }
            URI.create(teamsUrl.strip());
        } else if (phoneReason == null || phoneReason.isBlank()) {
            throw new InvalidDataException("phoneReason", "screening.phoneReason");
        }
        this.interviewAt = at;
        this.interviewMedium = medium;
        this.teamsUrl = medium == InterviewMedium.TEAMS ? teamsUrl.strip() : null;
        this.phoneReason = medium == InterviewMedium.PHONE ? phoneReason.strip() : null;
        this.attendee = Objects.requireNonNull(attendee, "attendee");
        if (lateFirstNotice) {
            this.noticeDelayReason = delay;
        }
        this.noticeSentAt = now;
        this.confirmedAt = null;
        this.noShow = false;
        this.interviewOutcome = null; // a newly proposed interview has not been held yet
    }

    /** The applicant confirms attendance in the portal. */
    public void confirmAttendance(Instant now) {
        requireOpen();
        if (noticeSentAt == null) {
            throw new RuleViolationException(RuleId.SCREEN_2, "screening.noInterview");
        }
        this.confirmedAt = now;
    }

    public void writeInternalNotes(String notes) {
        if (notes != null && notes.strip().length() > 4000) {
            throw new InvalidDataException("internalNotes", "validation.tooLong", 4000);
        }
        this.internalNotes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public Optional<String> getInternalNotes() { return Optional.ofNullable(internalNotes); }
    public Optional<String> getChangedBy() { return Optional.ofNullable(changedBy); }
    public Optional<Instant> getChangedAt() { return Optional.ofNullable(changedAt); }

    /** Records who saved the staff's edits last (named to a colleague whose save then conflicts). */
    public void changedBy(String staff, Instant at) {
        this.changedBy = staff;
        this.changedAt = at;
    }

    /** APPLY-5: the company did not attend; an interview with a recorded outcome was held, so no. */
    public void recordNoShow() {
        requireOpen();
        if (interviewOutcome != null) {
            throw new InvalidDataException("noShow", "screening.noShowWithOutcome");
        }
        this.noShow = true;
    }

    /**
     * The interview record (SCREEN-2): notes, who actually attended, the outcome, or a no-show
     * (APPLY-5; once recorded it stays). An outcome needs an interview that was held: proposed,
     * its time reached, and not a no-show.
     */
    public void recordInterview(String notes, String attendedBy, InterviewOutcome outcome, boolean noShowNow, Instant now) {
        requireOpen();
        if (noticeSentAt == null) {
            throw new RuleViolationException(RuleId.SCREEN_2, "screening.noInterview");
        }
        String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
        if (cleanNotes != null && cleanNotes.length() > TEXT_MAX) {
            throw new InvalidDataException("interviewNotes", "validation.tooLong", TEXT_MAX);
        }
        String attended = attendedBy == null || attendedBy.isBlank() ? null : attendedBy.strip();
        if (attended != null && attended.length() > ATTENDED_BY_MAX) {
            throw new InvalidDataException("attendedBy", "validation.tooLong", ATTENDED_BY_MAX);
        }
        if (outcome != null) {
            if (noShowNow || noShow) {
                throw new InvalidDataException("interviewOutcome", "screening.outcomeNoShow");
            }
            if (interviewAt == null || now.isBefore(interviewAt)) {
                throw new InvalidDataException("interviewOutcome", "screening.outcomeBeforeInterview");
            }
        }
        this.interviewNotes = cleanNotes;
        this.interviewAttendedBy = attended;
        this.interviewOutcome = outcome;
        if (noShowNow) {
            this.noShow = true;
        }
    }

    /**
     * APPLY-5: not answering the screening may be treated as withdrawal: no confirmation within
     * the given days after the notice, or a recorded no-show.
     */
    public boolean isUnanswered(Instant now, Duration confirmWithin) {
        if (finalDecision != null || noticeSentAt == null) {
            return false;
        }
        return noShow || (confirmedAt == null && now.isAfter(noticeSentAt.plus(confirmWithin)));
    }

    /**
     * SCREEN-3 / SCREEN-4: the decision, with a mandatory internal reason for a rejection. Either
     * decision needs all five criteria scored (SCREEN-1): a rejection is no shortcut past the scoring.
     */
    public void decide(Decision decision, String reason, String referredServices, String staff, Instant now) {
        requireOpen();
        Objects.requireNonNull(decision, "decision");
        if (!isFullyScored()) {
            throw new RuleViolationException(RuleId.SCREEN_1, "screening.decisionScoresMissing");
        }
        if (decision == Decision.REJECT && (reason == null || reason.isBlank())) {
            throw new InvalidDataException("internalReason", "screening.reasonRequired");
        }
        this.finalDecision = decision;
        this.internalReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.referredServices = referredServices;
        this.decidedBy = staff;
        this.decidedAt = now;
    }

    private void requireOpen() {
        if (finalDecision != null) {
            throw new RuleViolationException(RuleId.SCREEN_3, "screening.alreadyDecided");
        }
    }

    public Integer score(int criterion) {
        return switch (criterion) { case 1 -> score1; case 2 -> score2; case 3 -> score3; case 4 -> score4; default -> score5; };
    }

    public String comment(int criterion) {
        return switch (criterion) { case 1 -> comment1; case 2 -> comment2; case 3 -> comment3; case 4 -> comment4; default -> comment5; };
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Optional<String> getMaybeResolution() { return Optional.ofNullable(maybeResolution); }
    public Optional<Decision> getDocumentDecision() { return Optional.ofNullable(documentDecision); }
    public Optional<Instant> getInterviewAt() { return Optional.ofNullable(interviewAt); }
    public Optional<InterviewMedium> getInterviewMedium() { return Optional.ofNullable(interviewMedium); }
    public Optional<String> getTeamsUrl() { return Optional.ofNullable(teamsUrl); }
    public Optional<String> getPhoneReason() { return Optional.ofNullable(phoneReason); }
    public Optional<Attendee> getAttendee() { return Optional.ofNullable(attendee); }
    public Optional<Instant> getNoticeSentAt() { return Optional.ofNullable(noticeSentAt); }
    public Optional<String> getNoticeDelayReason() { return Optional.ofNullable(noticeDelayReason); }
    public Optional<Instant> getConfirmedAt() { return Optional.ofNullable(confirmedAt); }
    public boolean isNoShow() { return noShow; }
    public Optional<String> getInterviewNotes() { return Optional.ofNullable(interviewNotes); }
    public Optional<String> getInterviewAttendedBy() { return Optional.ofNullable(interviewAttendedBy); }
    public Optional<InterviewOutcome> getInterviewOutcome() { return Optional.ofNullable(interviewOutcome); }
    public Optional<Decision> getFinalDecision() { return Optional.ofNullable(finalDecision); }
    public Optional<Instant> getDecidedAt() { return Optional.ofNullable(decidedAt); }
    public Optional<String> getDecidedBy() { return Optional.ofNullable(decidedBy); }
    public Optional<String> getInternalReason() { return Optional.ofNullable(internalReason); }
    public Optional<String> getReferredServices() { return Optional.ofNullable(referredServices); }
    public long getVersion() { return version; }
}

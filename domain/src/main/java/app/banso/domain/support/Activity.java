package app.banso.domain.support;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the coordinator's work log (SUPPORT-2). Visits have a state; a company-side
 * cancellation of a confirmed visit means costs may be charged (SUPPORT-7).
 */
@Entity
@Table(name = "support_activity")
public class Activity {

    @Id
    @SequenceGenerator(name = "support_activity_seq", sequenceName = "support_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_activity_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private ActivityType type;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "participants", length = 500)
    private String participants;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "next_actions", length = 1000)
    private String nextActions;

    @Column(name = "stage", nullable = false)
    private int stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_state", length = 20)
    private VisitState visitState;

    @Column(name = "costs_may_be_charged", nullable = false)
    private boolean costsMayBeCharged;

    @Enumerated(EnumType.STRING)
    @Column(name = "out_of_scope", length = 30)
    private OutOfScope outOfScope;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Activity() {
        // for JPA
    }

    public Activity(long caseId, ActivityType type, LocalDate date, Integer durationMinutes, String participants, String notes,
                    String nextActions, int stage, String recordedBy, Instant now) {
        this.caseId = caseId;
        this.type = Objects.requireNonNull(type);
        if (date == null) {
            throw new InvalidDataException("activityDate", "validation.required");
        }
        if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > 24 * 60)) {
            throw new InvalidDataException("duration", "support.duration");
        }
        if (stage < 1 || stage > SupportCase.STAGES) {
            throw new IllegalArgumentException("stage");
        }
        this.date = date;
        this.durationMinutes = durationMinutes;
        this.participants = participants;
        this.notes = notes;
        this.nextActions = nextActions;
        this.stage = stage;
        this.visitState = type == ActivityType.VISIT || type == ActivityType.TRIP_ACCOMPANIMENT ? VisitState.SCHEDULED : null;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** A declined out-of-scope request, logged with its category. */
    public static Activity declinedOutOfScope(long caseId, OutOfScope category, LocalDate date, String notes, int stage,
                                              String recordedBy, Instant now) {
        Activity a = new Activity(caseId, ActivityType.DECLINED_OUT_OF_SCOPE, date, null, null, notes, null, stage, recordedBy, now);
        a.outOfScope = Objects.requireNonNull(category);
        return a;
    }

    public Optional<OutOfScope> getOutOfScope() { return Optional.ofNullable(outOfScope); }

    public boolean isVisit() {
        return visitState != null;
    }

    /**
     * A meeting, visit or accompanied trip on or after {@code today} that is neither done nor
     * cancelled: what the company's upcoming list shows and a calendar may hold (SUPPORT-2).
     */
    public boolean isUpcomingMeetingOn(LocalDate today) {
        return (type == ActivityType.ONLINE_MEETING || type == ActivityType.VISIT || type == ActivityType.TRIP_ACCOMPANIMENT)
                && !date.isBefore(today) && visitState != VisitState.DONE && visitState != VisitState.CANCELLED;
    }

    public void confirmVisit() {
        requireVisit();
        if (visitState != VisitState.SCHEDULED) {
            throw new RuleViolationException(RuleId.SUPPORT_2, "support.visitState");
        }
        visitState = VisitState.CONFIRMED;
    }

    public void completeVisit() {
        requireVisit();
        if (visitState == VisitState.CANCELLED) {
            throw new RuleViolationException(RuleId.SUPPORT_2, "support.visitState");
        }
        visitState = VisitState.DONE;
    }

    /**
     * SUPPORT-7: the company cancels; after confirmation, costs may be charged.
     * @return whether costs may be charged
     */
    public boolean cancelByCompany() {
        requireVisit();
        if (visitState == VisitState.DONE || visitState == VisitState.CANCELLED) {
            throw new RuleViolationException(RuleId.SUPPORT_7, "support.visitState");
        }
        costsMayBeCharged = visitState == VisitState.CONFIRMED;
        visitState = VisitState.CANCELLED;
        return costsMayBeCharged;
    }

    private void requireVisit() {
        if (visitState == null) {
            throw new RuleViolationException(RuleId.SUPPORT_2, "support.notAVisit");
        }
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public ActivityType getType() { return type; }
    public LocalDate getDate() { return date; }
    public Optional<Integer> getDurationMinutes() { return Optional.ofNullable(durationMinutes); }
    public Optional<String> getParticipants() { return Optional.ofNullable(participants); }
    public Optional<String> getNotes() { return Optional.ofNullable(notes); }
    public Optional<String> getNextActions() { return Optional.ofNullable(nextActions); }
    public int getStage() { return stage; }
    public Optional<VisitState> getVisitState() { return Optional.ofNullable(visitState); }
    public boolean isCostsMayBeCharged() { return costsMayBeCharged; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}

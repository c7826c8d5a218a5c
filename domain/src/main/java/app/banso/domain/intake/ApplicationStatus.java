package app.banso.domain.intake;

import app.banso.domain.programme.CapacityBasis;
import app.banso.domain.shared.IllegalTransitionException;
import app.banso.domain.shared.RuleId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status machine of an application. Each status names the rule it stands for, which is the
 * rule an illegal move into it violates:
 * <pre>
 * DRAFT → SUBMITTED → COMPLETE → DOCUMENT_SCREENING → INTERVIEW_SCHEDULED → ADOPTED | REJECTED
 *   WITHDRAWN (APPLY-3) from every state before a decision;
 *   DEEMED_WITHDRAWN (APPLY-5) from the screening states;
 *   REJECTED (SCREEN-4) also straight after document screening.
 * </pre>
 */
public enum ApplicationStatus {
    DRAFT(RuleId.APPLY_2),
    SUBMITTED(RuleId.APPLY_2),
    COMPLETE(RuleId.APPLY_1),
    DOCUMENT_SCREENING(RuleId.SCREEN_1),
    INTERVIEW_SCHEDULED(RuleId.SCREEN_2),
    ADOPTED(RuleId.SCREEN_3),
    REJECTED(RuleId.SCREEN_4),
    WITHDRAWN(RuleId.APPLY_3),
    DEEMED_WITHDRAWN(RuleId.APPLY_5);

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(COMPLETE, WITHDRAWN),
            COMPLETE, EnumSet.of(DOCUMENT_SCREENING, WITHDRAWN),
            DOCUMENT_SCREENING, EnumSet.of(INTERVIEW_SCHEDULED, REJECTED, WITHDRAWN, DEEMED_WITHDRAWN),
            INTERVIEW_SCHEDULED, EnumSet.of(ADOPTED, REJECTED, WITHDRAWN, DEEMED_WITHDRAWN),
            ADOPTED, EnumSet.noneOf(ApplicationStatus.class),
            REJECTED, EnumSet.noneOf(ApplicationStatus.class),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class),
            DEEMED_WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    private final RuleId rule;

    ApplicationStatus(RuleId rule) {
        this.rule = rule;
    }

    /** The rule this status stands for. */
    public RuleId rule() {
        return rule;
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /** @return the target, when allowed; otherwise throws naming the target's rule */
    public ApplicationStatus moveTo(ApplicationStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalTransitionException(target.rule, this, target);
        }
        return target;
    }

    public Set<ApplicationStatus> successors() {
        return EnumSet.copyOf(ALLOWED.get(this).isEmpty() ? EnumSet.noneOf(ApplicationStatus.class) : ALLOWED.get(this));
    }

    /** ADOPTED or REJECTED: the screening decision has been taken. */
    public boolean isDecided() {
        return this == ADOPTED || this == REJECTED;
    }

    /**
     * Submitted and still waiting for its screening decision (neither decided nor withdrawn): the
     * applications a screener's assignment still matters for.
     */
    public boolean isAwaitingDecision() {
        return this != DRAFT && !isFinal();
    }

    /** The statuses of {@link #isAwaitingDecision()}. */
    public static Set<ApplicationStatus> awaitingDecision() {
        EnumSet<ApplicationStatus> awaiting = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus s : values()) {
            if (s.isAwaitingDecision()) {
                awaiting.add(s);
            }
        }
        return awaiting;
    }

    /**
     * SCREEN-2: the statuses in which an application waits for its online-screening notice (all
     * documents arrived, the notice not yet sent), counted against the notice deadlines.
     */
    public static Set<ApplicationStatus> waitingForNotice() {
        return EnumSet.of(COMPLETE, DOCUMENT_SCREENING);
    }

    /** Whether an application in this status waits for its online-screening notice ({@link #waitingForNotice()}). */
    public boolean isWaitingForNotice() {
        return waitingForNotice().contains(this);
    }

    /** No move leaves this status. */
    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }

    /** The applicant can still change the form (only drafts; APPLY-2). */
    public boolean isEditableByApplicant() {
        return this == DRAFT;
    }

    /**
     * APPLY-4: the statuses whose applications take one of the programme's places, for what the
     * programme counts (programme data).
     */
    public static Set<ApplicationStatus> countedBy(CapacityBasis basis) {
        return switch (basis) {
            case SUBMITTED -> EnumSet.of(SUBMITTED, COMPLETE, DOCUMENT_SCREENING, INTERVIEW_SCHEDULED, ADOPTED);
            case COMPLETE -> EnumSet.of(COMPLETE, DOCUMENT_SCREENING, INTERVIEW_SCHEDULED, ADOPTED);
            case ADOPTED -> EnumSet.of(ADOPTED);
        };
    }

    /** Under screening (SCREEN-1, SCREEN-2): the states APPLY-5 may end. */
    public boolean isInScreening() {
        return this == DOCUMENT_SCREENING || this == INTERVIEW_SCHEDULED;
    }
}

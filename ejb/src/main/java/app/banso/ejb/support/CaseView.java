package app.banso.ejb.support;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A support case as the screens show it (staff and, without internal data, the company). */
public record CaseView(
        long id,
        long applicationId,
        String companyName,
        String status,
        String coordinator,
        /** The coordinator's name as their account gives it; null without a coordinator or account. */
        String coordinatorName,
        Instant kickoffAt,
        String kickoffAttendees,
        String kickoffMinutes,
        List<String> goals,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant companyAgreedAt,
        Instant jetroAgreedAt,
        Instant coordinatorAgreedAt,
        List<String> stages,
        int currentStage,
        List<ActivityView> activities,
        List<AssignmentView> assignments,
        String termReason,
        LocalDate termEffective,
        String termNote,
        List<ChangeView> changes,
        List<TaskView> reviewTasks,
        List<ReferralView> referrals,
        Boolean publicationConsent,
        List<PlanVersionView> planVersions,
        List<ReviewView> reviews,
        List<ChecklistView> checklist,
        long version) implements Serializable {

    public record ChecklistView(long id, int stage, String text, boolean done) implements Serializable {
    }

    public record PlanVersionView(int versionNo, String origin, List<String> goals, LocalDate periodStart, LocalDate periodEnd,
                                  String createdBy, Instant createdAt) implements Serializable {
    }

    public record ReviewView(String findings, Integer planVersionNo, String reviewer, Instant reviewedAt) implements Serializable {
    }

    /** A referral; the service's name in Japanese and in English, as it was when referred. */
    public record ReferralView(long id, String serviceName, String serviceNameEn, boolean paid, String note, String outcome,
            Instant referredAt) implements Serializable {
    }

    public record ChangeView(String field, String newValue, String note, Instant reportedAt) implements Serializable {
    }

    public record TaskView(long id, String rule, String cause, Instant openedAt, String resolution) implements Serializable {
        public boolean isOpen() {
            return resolution == null;
        }
    }

    public record ActivityView(long id, String type, LocalDate date, Integer durationMinutes, String participants, String notes,
                               String nextActions, int stage, String visitState, boolean costsMayBeCharged, String outOfScope)
            implements Serializable {

        private static final Set<String> MEETINGS = Set.of("ONLINE_MEETING", "VISIT", "TRIP_ACCOMPANIMENT");

        /** A meeting, visit or accompanied trip on or after {@code today} that is neither done nor cancelled. */
        public boolean isUpcomingOn(LocalDate today) {
            return MEETINGS.contains(type) && date != null && !date.isBefore(today)
                    && !"DONE".equals(visitState) && !"CANCELLED".equals(visitState);
        }
    }

    public record AssignmentView(String coordinator, Instant from, Instant to, String reason) implements Serializable {
    }

    /** The company's upcoming meetings and visits, soonest first (none once the case is closed). */
    public List<ActivityView> upcoming(LocalDate today) {
        if (isClosed()) {
            return List.of();
        }
        return activities.stream().filter(a -> a.isUpcomingOn(today))
                .sorted(Comparator.comparing(ActivityView::date)).toList();
    }

    public boolean isClosed() {
        return "ENDED".equals(status) || "TERMINATED".equals(status);
    }
}

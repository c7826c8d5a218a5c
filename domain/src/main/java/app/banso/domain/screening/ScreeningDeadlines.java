package app.banso.domain.screening;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * SCREEN-2: the online-screening notice is due about 1-2 weeks after all documents arrived
 * (target, programme data: 14 days) and at most about a month (31 days). Counted in calendar
 * days from the day the application became complete (APPLY-1): the guideline speaks of weeks and
 * a month, not business days, and Japanese holidays would need a calendar the agency maintains.
 */
public record ScreeningDeadlines(LocalDate completedOn, LocalDate noticeTarget, LocalDate noticeLatest) {

    /** Days before the target date from which an open item is "due soon". */
    public static final int DUE_SOON_DAYS = 3;

    public enum State { ON_TRACK, DUE_SOON, OVERDUE, PAST_LATEST }

    public static ScreeningDeadlines from(LocalDate completedOn, int targetDays, int maxDays) {
        if (targetDays < 1 || maxDays < targetDays) {
            throw new IllegalArgumentException("target " + targetDays + " / max " + maxDays);
        }
        return new ScreeningDeadlines(completedOn, completedOn.plusDays(targetDays), completedOn.plusDays(maxDays));
    }

    /**
     * The days of completion on which an application waiting for its notice stands in a state on
     * a day, as {@link #on} decides it: the inbox's deadline filter and the dashboard's deadline
     * figures select by these days, so a figure and the list it opens agree by construction.
     */
    public static CompletionDays completionDays(State state, LocalDate today, int targetDays, int maxDays) {
        from(today, targetDays, maxDays); // the same checks of the programme's days
        return switch (state) {
            case ON_TRACK -> new CompletionDays(today.minusDays(targetDays - DUE_SOON_DAYS - 1L), null);
            case DUE_SOON -> new CompletionDays(today.minusDays(targetDays), today.minusDays(targetDays - DUE_SOON_DAYS));
            case OVERDUE -> new CompletionDays(today.minusDays(maxDays), today.minusDays(targetDays + 1L));
            case PAST_LATEST -> new CompletionDays(null, today.minusDays(maxDays + 1L));
        };
    }

    /** A closed range of completion days; a null end is open. */
    public record CompletionDays(LocalDate from, LocalDate to) implements Serializable {
        public boolean contains(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** Where an application waiting for its notice stands on a day. */
    public State on(LocalDate today) {
        if (today.isAfter(noticeLatest)) {
            return State.PAST_LATEST;
        }
        if (today.isAfter(noticeTarget)) {
            return State.OVERDUE;
        }
        if (!today.isBefore(noticeTarget.minusDays(DUE_SOON_DAYS))) {
            return State.DUE_SOON;
        }
        return State.ON_TRACK;
    }
}

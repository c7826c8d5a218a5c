package app.banso.domain.screening;

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

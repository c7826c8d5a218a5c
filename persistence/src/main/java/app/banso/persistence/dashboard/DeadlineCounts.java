package app.banso.persistence.dashboard;

import java.io.Serializable;

/**
 * SCREEN-2: applications waiting for their online-screening notice, by deadline state.
 *
 * @param waiting all that wait
 * @param dueSoon within {@code ScreeningDeadlines.DUE_SOON_DAYS} of the target date
 * @param overdue past the target date (not yet past the latest)
 * @param pastLatest past the latest date
 */
public record DeadlineCounts(long waiting, long dueSoon, long overdue, long pastLatest) implements Serializable {
}

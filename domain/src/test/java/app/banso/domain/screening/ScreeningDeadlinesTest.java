package app.banso.domain.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SCREEN-2 deadlines in calendar days from completion. */
class ScreeningDeadlinesTest {

    @Test
    void targetIsFourteenAndLatestThirtyOneCalendarDaysAfterCompletion_SCREEN_2() {
        ScreeningDeadlines d = ScreeningDeadlines.from(LocalDate.of(2026, 6, 1), 14, 31);
        assertEquals(LocalDate.of(2026, 6, 15), d.noticeTarget());
        assertEquals(LocalDate.of(2026, 7, 2), d.noticeLatest());
    }

    @Test
    void deadlinesCrossMonthAndYearEnds() {
        assertEquals(LocalDate.of(2027, 1, 14), ScreeningDeadlines.from(LocalDate.of(2026, 12, 31), 14, 31).noticeTarget());
        assertEquals(LocalDate.of(2027, 3, 3), ScreeningDeadlines.from(LocalDate.of(2027, 1, 31), 14, 31).noticeLatest());
        assertEquals(LocalDate.of(2027, 2, 14), ScreeningDeadlines.from(LocalDate.of(2027, 1, 31), 14, 31).noticeTarget());
    }

    @Test
    void stateMovesFromOnTrackToDueSoonToOverdueToPastLatest() {
        ScreeningDeadlines d = ScreeningDeadlines.from(LocalDate.of(2026, 6, 1), 14, 31);
        assertEquals(ScreeningDeadlines.State.ON_TRACK, d.on(LocalDate.of(2026, 6, 11)));
        assertEquals(ScreeningDeadlines.State.DUE_SOON, d.on(LocalDate.of(2026, 6, 12)));
        assertEquals(ScreeningDeadlines.State.DUE_SOON, d.on(LocalDate.of(2026, 6, 15)));
        assertEquals(ScreeningDeadlines.State.OVERDUE, d.on(LocalDate.of(2026, 6, 16)));
        assertEquals(ScreeningDeadlines.State.OVERDUE, d.on(LocalDate.of(2026, 7, 2)));
        assertEquals(ScreeningDeadlines.State.PAST_LATEST, d.on(LocalDate.of(2026, 7, 3)));
    }

    @Test
    void theCompletionDaysOfEachStateAreExactlyTheDaysOnWhichAnApplicationIsInThatState_SCREEN_2() {
        LocalDate today = LocalDate.of(2026, 3, 2); // across a month end (February has 28 days)
        for (int[] days : new int[][] {{14, 31}, {7, 7}, {1, 3}, {10, 60}}) {
            for (ScreeningDeadlines.State state : ScreeningDeadlines.State.values()) {
                var range = ScreeningDeadlines.completionDays(state, today, days[0], days[1]);
                for (LocalDate completed = today.minusDays(90); !completed.isAfter(today); completed = completed.plusDays(1)) {
                    assertEquals(ScreeningDeadlines.from(completed, days[0], days[1]).on(today) == state, range.contains(completed),
                            state + " with " + days[0] + "/" + days[1] + " days, completed " + completed + ": " + range);
                }
            }
        }
    }
}

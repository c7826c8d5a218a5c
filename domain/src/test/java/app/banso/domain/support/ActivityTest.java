package app.banso.domain.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static Activity on(ActivityType type, LocalDate date) {
        return new Activity(1L, type, date, 60, "Tanaka", null, null, 1, "coordinator@example.jp", Instant.now());
    }

    @Test
    void aMeetingVisitOrTripFromTodayOnIsUpcoming_SUPPORT_2() {
        assertTrue(on(ActivityType.ONLINE_MEETING, TODAY).isUpcomingMeetingOn(TODAY));
        assertTrue(on(ActivityType.VISIT, TODAY.plusDays(3)).isUpcomingMeetingOn(TODAY));
        assertTrue(on(ActivityType.TRIP_ACCOMPANIMENT, TODAY.plusDays(30)).isUpcomingMeetingOn(TODAY));
    }

    @Test
    void aPastDayAPhoneCallOrAnEmailIsNotUpcoming() {
        assertFalse(on(ActivityType.VISIT, TODAY.minusDays(1)).isUpcomingMeetingOn(TODAY));
        assertFalse(on(ActivityType.PHONE, TODAY.plusDays(1)).isUpcomingMeetingOn(TODAY));
        assertFalse(on(ActivityType.EMAIL, TODAY.plusDays(1)).isUpcomingMeetingOn(TODAY));
    }

    @Test
    void aVisitDoneOrCancelledIsNotUpcoming_SUPPORT_7() {
        Activity done = on(ActivityType.VISIT, TODAY.plusDays(1));
        done.completeVisit();
        assertFalse(done.isUpcomingMeetingOn(TODAY));
        Activity cancelled = on(ActivityType.VISIT, TODAY.plusDays(1));
        cancelled.cancelByCompany();
        assertFalse(cancelled.isUpcomingMeetingOn(TODAY));
    }
}

package app.banso.ejb.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseViewUpcomingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static CaseView.ActivityView activity(long id, String type, LocalDate date, String visitState) {
        return new CaseView.ActivityView(id, type, date, 60, "", "", "", 1, visitState, false, null);
    }

    private static CaseView caseWith(String status, List<CaseView.ActivityView> activities) {
        return new CaseView(1, 1, "Co", status, "coord", "Coordinator", null, null, null, List.of(), null, null, null, null, null,
                List.of(), 1, activities, List.of(), null, null, null, List.of(), List.of(), List.of(), null, List.of(),
                List.of(), List.of(), 0);
    }

    @Test
    void upcomingListsFutureMeetingsAndOpenVisitsSoonestFirst() {
        var view = caseWith("ACTIVE", List.of(
                activity(1, "VISIT", TODAY.plusDays(10), "CONFIRMED"),
                activity(2, "ONLINE_MEETING", TODAY, null),
                activity(3, "TRIP_ACCOMPANIMENT", TODAY.plusDays(3), "SCHEDULED")));

        assertEquals(List.of(2L, 3L, 1L), view.upcoming(TODAY).stream().map(CaseView.ActivityView::id).toList());
    }

    @Test
    void upcomingLeavesOutPastDoneCancelledAndNonMeetingActivities() {
        var view = caseWith("ACTIVE", List.of(
                activity(1, "VISIT", TODAY.minusDays(1), "SCHEDULED"),
                activity(2, "VISIT", TODAY.plusDays(2), "CANCELLED"),
                activity(3, "VISIT", TODAY.plusDays(2), "DONE"),
                activity(4, "PHONE", TODAY.plusDays(2), null),
                activity(5, "EMAIL", TODAY.plusDays(2), null)));

        assertTrue(view.upcoming(TODAY).isEmpty());
    }

    @Test
    void aClosedCaseHasNoUpcomingMeetings() {
        var view = caseWith("TERMINATED", List.of(activity(1, "VISIT", TODAY.plusDays(5), "CONFIRMED")));

        assertTrue(view.upcoming(TODAY).isEmpty());
    }
}

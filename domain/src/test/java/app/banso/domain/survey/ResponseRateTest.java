package app.banso.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResponseRateTest {

    @Test
    void onlySubmittedAnswersCountTowardsTheRate() {
        var rate = new ResponseRate(8, 3, 2);
        assertEquals(25, rate.percent());
        assertEquals(6, rate.notAnswered());
    }

    @Test
    void theRateIsRoundedHalfUpAndZeroWhenNothingWasSent() {
        assertEquals(67, new ResponseRate(3, 0, 2).percent());
        assertEquals(50, new ResponseRate(200, 0, 100).percent());
        assertEquals(1, new ResponseRate(200, 0, 1).percent()); // 0.5 % rounds up
        assertEquals(0, new ResponseRate(0, 0, 0).percent());
    }

    @Test
    void countsThatDoNotAddUpAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ResponseRate(2, 2, 1));
    }

    @Test
    void aCompanyIsANonResponderOnlyAfterTheRemindersWithoutSubmitting() {
        assertFalse(ResponseRate.isNonResponder(false, 1));
        assertTrue(ResponseRate.isNonResponder(false, ResponseRate.REMINDERS_BEFORE_NON_RESPONSE));
        assertFalse(ResponseRate.isNonResponder(true, 5));
    }
}

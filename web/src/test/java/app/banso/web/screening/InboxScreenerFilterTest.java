package app.banso.web.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which screener the inbox is filtered by: ADMIN may choose anyone, others only their own queue. */
class InboxScreenerFilterTest {

    @Test
    void adminFiltersByTheChosenScreenerEvenWithOnlyMineTicked() {
        assertEquals("screener@example.jp", InboxBean.assignedScreener(true, "screener@example.jp", true, "admin@example.jp"));
    }

    @Test
    void adminWithoutAChoiceSeesAllOrOwnQueue() {
        assertNull(InboxBean.assignedScreener(true, null, false, "admin@example.jp"));
        assertNull(InboxBean.assignedScreener(true, " ", false, "admin@example.jp"));
        assertEquals("admin@example.jp", InboxBean.assignedScreener(true, null, true, "admin@example.jp"));
    }

    @Test
    void aScreenersChoiceOfAnotherScreenerIsIgnored() {
        assertNull(InboxBean.assignedScreener(false, "other@example.jp", false, "screener@example.jp"));
        assertEquals("screener@example.jp", InboxBean.assignedScreener(false, "other@example.jp", true, "screener@example.jp"));
    }
}

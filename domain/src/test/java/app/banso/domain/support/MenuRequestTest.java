package app.banso.domain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MenuRequestTest {

    private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");

    @Test
    void aPlaceIsNeverGrantedBeyondTheMenuPlaces_SUPPORT_6() {
        MenuRequest r = new MenuRequest(1L, 1L, "A社", 0, "c@example.jp", NOW);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> r.grant(3, 3, "admin", NOW));
        assertEquals(RuleId.SUPPORT_6, e.rule().orElseThrow());
        r.grant(2, 3, "admin", NOW);
        assertEquals(MenuRequest.State.GRANTED, r.getState());
        assertThrows(RuleViolationException.class, () -> r.decline("admin", NOW));
    }

    @Test
    void suggestionWeighsCumulativeYearsOfSupport_SUPPORT_6() {
        assertEquals("GRANT", new MenuRequest(1L, 1L, "new", 0, "c", NOW).suggestion(5));
        assertEquals("DECLINE", new MenuRequest(1L, 1L, "long-supported", 3, "c", NOW).suggestion(5));
        assertEquals("WAITLIST", new MenuRequest(1L, 1L, "any", 0, "c", NOW).suggestion(0));
    }

    @Test
    void waitlistedRequestCanStillBeGrantedLater() {
        MenuRequest r = new MenuRequest(1L, 1L, "A社", 1, "c", NOW);
        r.waitlist("admin", NOW);
        r.grant(0, 1, "admin", NOW);
        assertEquals(MenuRequest.State.GRANTED, r.getState());
    }
}

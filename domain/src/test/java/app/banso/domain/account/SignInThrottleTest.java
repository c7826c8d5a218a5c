package app.banso.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.SignInThrottle.Failures;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
    private final SignInThrottle throttle = SignInThrottle.DEFAULT;

    @Test
    void fourFailuresOfAnAccountLetItTryAgainAtOnce() {
        assertEquals(Optional.empty(), throttle.waitFor(new Failures(4, NOW), Failures.NONE, NOW));
    }

    @Test
    void theFifthFailureMakesTheAccountWaitThirtySecondsFromIt() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitFor(new Failures(5, NOW), Failures.NONE, NOW));
        assertEquals(Optional.of(Duration.ofSeconds(10)), throttle.waitFor(new Failures(5, NOW.minusSeconds(20)), Failures.NONE, NOW));
        assertEquals(Optional.empty(), throttle.waitFor(new Failures(5, NOW.minusSeconds(31)), Failures.NONE, NOW));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.waitFor(new Failures(6, NOW), Failures.NONE, NOW));
        assertEquals(Optional.of(Duration.ofSeconds(240)), throttle.waitFor(new Failures(8, NOW), Failures.NONE, NOW));
        assertEquals(Optional.of(SignInThrottle.MAX_WAIT), throttle.waitFor(new Failures(10, NOW), Failures.NONE, NOW));
        assertEquals(Optional.of(SignInThrottle.MAX_WAIT), throttle.waitFor(new Failures(10_000, NOW), Failures.NONE, NOW));
    }

    @Test
    void aSprayFromOneClientAddressWaitsAfterTwentyFailuresWhateverTheAccounts() {
        assertEquals(Optional.empty(), throttle.waitFor(new Failures(1, NOW), new Failures(19, NOW), NOW));
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitFor(Failures.NONE, new Failures(20, NOW), NOW));
    }

    @Test
    void theLongerOfTheTwoWaitsApplies() {
        assertEquals(Optional.of(Duration.ofSeconds(120)),
                throttle.waitFor(new Failures(7, NOW), new Failures(20, NOW), NOW));
    }

    @Test
    void limitsAreConfigurableButPositive() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), new SignInThrottle(1, 1).waitFor(new Failures(1, NOW), Failures.NONE, NOW));
        assertTrue(Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SignInThrottle(0, 20)).getMessage().contains("positive"));
    }

    @Test
    void aFailureRecordKeepsLongKeysWithinTheirColumns() {
        SignInFailure f = new SignInFailure("a".repeat(400), "b".repeat(100), NOW);
        assertEquals(254, f.getAccountKey().length());
        assertEquals(SignInFailure.ADDRESS_MAX, f.getClientAddress().length());
        assertEquals("unknown", new SignInFailure("x@example.jp", null, NOW).getClientAddress());
    }
}

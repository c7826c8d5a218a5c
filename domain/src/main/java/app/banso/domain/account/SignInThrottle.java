package app.banso.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a sign-in must wait after recent failures (ASVS 2.2.1: anti-automation). Failures are
 * counted within {@link #WINDOW} per e-mail address as typed (whether or not an account has it,
 * so the wait tells nothing about which accounts exist) and per client address (a password spray
 * across many accounts). From the threshold on, each further failure doubles the wait, from
 * {@link #FIRST_WAIT} up to {@link #MAX_WAIT}, counted from the last failure. A successful
 * sign-in clears the account's failures.
 *
 * @param accountLimit failures of one e-mail address before it waits (5 by default)
 * @param addressLimit failures from one client address before it waits (20 by default)
 */
public record SignInThrottle(int accountLimit, int addressLimit) {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);

    public static final SignInThrottle DEFAULT = new SignInThrottle(5, 20);

    public SignInThrottle {
        if (accountLimit < 1 || addressLimit < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Recent failures of one key (e-mail address or client address) within the window. */
    public record Failures(long count, Instant last) {
        public static final Failures NONE = new Failures(0, null);
    }

    /** The time to wait before another attempt is even checked; empty when it may go ahead now. */
    public Optional<Duration> waitFor(Failures ofAccount, Failures ofAddress, Instant now) {
        Duration a = waitAfter(ofAccount, accountLimit, now);
        Duration b = waitAfter(ofAddress, addressLimit, now);
        Duration longer = a.compareTo(b) >= 0 ? a : b;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    private static Duration waitAfter(Failures f, int limit, Instant now) {
        if (f == null || f.count() < limit || f.last() == null) {
            return Duration.ZERO;
        }
        long over = Math.min(f.count() - limit, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << over);
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }
}

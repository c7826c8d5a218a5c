package app.banso.domain.account;

import app.banso.domain.shared.InvalidDataException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, stored as {@code pbkdf2-sha256$iterations$salt$hash}
 * (Base64). New hashes use {@link #DEFAULT_ITERATIONS} (OWASP's 2023 figure for this
 * algorithm); stored hashes keep the count they were made with, so the count can rise later.
 *
 * <p>A derivation costs ~0.3–0.5 s of one core. At most one runs per core at a time
 * ({@link #derivationSlots()}), first come first served: when many people sign in at once (the
 * applicant benchmark's 50 sign-ins, a deadline morning), the first are answered after one
 * derivation instead of all after fifty, and the server's other requests share the cores with
 * as many derivations as there are cores instead of with fifty. Unknown accounts wait in the same
 * queue as known ones (the decoy), so the wait reveals nothing about an account.
 */
public final class PasswordHashing {

    public static final int DEFAULT_ITERATIONS = 600_000;
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SLOTS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final Semaphore DERIVING = new Semaphore(SLOTS, true);
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final AtomicInteger PEAK = new AtomicInteger();

    private final int iterations;

    public PasswordHashing() {
        this(DEFAULT_ITERATIONS);
    }

    public PasswordHashing(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations");
        }
        this.iterations = iterations;
    }

    /** Checks the password policy: 10 to 128 characters, not only one repeated character. */
    public static void checkPolicy(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new InvalidDataException("password", "password.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new InvalidDataException("password", "validation.tooLong", MAX_PASSWORD_LENGTH);
        }
        boolean allSame = true;
        for (char c : password) {
            allSame &= c == password[0];
        }
        if (allSame) {
            throw new InvalidDataException("password", "password.tooSimple");
        }
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /**
     * A well-formed stored value that no password matches (its key is random, not derived), with
     * the default iteration count: verifying against it costs what verifying against a real hash
     * costs, so a sign-in for an account that does not exist takes as long as one that does.
     * Making it derives nothing, so it costs nothing at start-up (a derived decoy took ~0.3 s of
     * the deployment).
     */
    public static String decoy() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] key = new byte[KEY_BITS / 8];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(key);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + DEFAULT_ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /** Constant-time comparison against a stored hash; false for a malformed stored value. */
    public boolean verify(char[] password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int count = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, count));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The iteration count a stored hash was made with (0 when malformed). */
    public static int iterationsOf(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        try {
            return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** How many derivations may run at once: one per core the JVM sees. */
    public static int derivationSlots() {
        return SLOTS;
    }

    /** The most derivations that ran at the same time since the JVM started (for tests and diagnosis). */
    public static int peakConcurrentDerivations() {
        return PEAK.get();
    }

    private static byte[] derive(char[] password, byte[] salt, int count) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, count, KEY_BITS);
        DERIVING.acquireUninterruptibly();
        try {
            PEAK.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            RUNNING.decrementAndGet();
            DERIVING.release();
            spec.clearPassword();
        }
    }
}

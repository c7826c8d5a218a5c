package app.banso.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.InvalidDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void newHashesUseAtLeast600000Iterations() {
        assertTrue(PasswordHashing.DEFAULT_ITERATIONS >= 600_000);
        String hash = new PasswordHashing().hash("correct horse battery".toCharArray());
        assertEquals(PasswordHashing.DEFAULT_ITERATIONS, PasswordHashing.iterationsOf(hash));
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void verifiesTheRightPasswordAndRefusesAWrongOne() {
        PasswordHashing hashing = new PasswordHashing(1_000);
        String hash = hashing.hash("correct horse battery".toCharArray());
        assertTrue(hashing.verify("correct horse battery".toCharArray(), hash));
        assertFalse(hashing.verify("correct horse batterY".toCharArray(), hash));
    }

    @Test
    void storedIterationCountIsUsedForVerification() {
        String hash = new PasswordHashing(1_000).hash("pässwörd-123".toCharArray());
        assertTrue(new PasswordHashing(5).verify("pässwörd-123".toCharArray(), hash));
    }

    @Test
    void sameP4sswordGivesDifferentHashes() {
        PasswordHashing hashing = new PasswordHashing(1_000);
        assertNotEquals(hashing.hash("same password".toCharArray()), hashing.hash("same password".toCharArray()));
    }

    @Test
    void decoyCostsWhatARealHashCostsAndNoPasswordMatchesIt() {
        String real = new PasswordHashing().hash("correct horse battery".toCharArray());
        String decoy = PasswordHashing.decoy();
        assertEquals(PasswordHashing.DEFAULT_ITERATIONS, PasswordHashing.iterationsOf(decoy));
        assertEquals(real.length(), decoy.length(), "same shape as a real hash: " + decoy);
        assertNotEquals(decoy, PasswordHashing.decoy());
        assertFalse(new PasswordHashing().verify("correct horse battery".toCharArray(), decoy));
    }

    @Test
    void manySignInsAtOnceDeriveAtMostOnePerCoreAtATimeAndAllGetTheirAnswer() throws Exception {
        int slots = PasswordHashing.derivationSlots();
        assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors()), slots);
        PasswordHashing hashing = new PasswordHashing(100_000);
        String stored = hashing.hash("correct horse battery".toCharArray());
        int callers = 4 * slots + 2;
        CyclicBarrier start = new CyclicBarrier(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                boolean right = i % 2 == 0;
                answers.add(pool.submit(() -> {
                    start.await();
                    return hashing.verify((right ? "correct horse battery" : "wrong horse battery").toCharArray(), stored);
                }));
            }
            for (int i = 0; i < callers; i++) {
                assertEquals(i % 2 == 0, answers.get(i).get(), "caller " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        int peak = PasswordHashing.peakConcurrentDerivations();
        assertTrue(peak >= 1 && peak <= slots, "at most " + slots + " derivations at once, seen " + peak);
    }

    @Test
    void malformedStoredHashNeverVerifies() {
        PasswordHashing hashing = new PasswordHashing(1_000);
        assertFalse(hashing.verify("x".toCharArray(), "plain"));
        assertFalse(hashing.verify("x".toCharArray(), "pbkdf2-sha256$abc$def$ghi"));
        assertFalse(hashing.verify("x".toCharArray(), null));
    }

    @Test
    void policyRefusesShortAndTrivialPasswords() {
        assertEquals("password.tooShort",
                assertThrows(InvalidDataException.class, () -> PasswordHashing.checkPolicy("short".toCharArray())).messageKey());
        assertEquals("password.tooSimple",
                assertThrows(InvalidDataException.class, () -> PasswordHashing.checkPolicy("aaaaaaaaaaaa".toCharArray())).messageKey());
        PasswordHashing.checkPolicy("a reasonable passphrase".toCharArray());
    }
}

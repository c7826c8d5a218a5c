package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.PasswordHashing;
import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.ejb.account.AccountService;
import app.banso.ejb.audit.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in throttling (issue 6, attack 9) through the EJB on the configured database. Each test
 * signs in from an address of its own in the IPv6 documentation range, so the failures it
 * causes never slow the other tests, which all come from 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    private static final String PASSWORD = "Throttle-test-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar().addClass(WebClient.class);
    }

    @Inject AccountService accounts;
    @Inject RequestOrigin origin;
    @Resource UserTransaction tx;
    @PersistenceContext(unitName = "banso") EntityManager em;

    /** A fresh address in 2001:db8::/32 (RFC 3849), so runs within the same 15 minutes never add up. */
    private static String someAddress() {
        return "2001:db8::" + Long.toHexString(ThreadLocalRandom.current().nextLong(1, 1L << 48)).replaceAll("(.{1,4})(?=(.{4})+$)", "$1:");
    }

    private static String someEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "@example.jp";
    }

    private String newCoordinator() throws Exception {
        String email = someEmail("throttle");
        tx.begin();
        em.persist(UserAccount.createActive(email, new PasswordHashing().hash(PASSWORD.toCharArray()), Role.COORDINATOR,
                "Throttle test", "ja", Instant.now()));
        tx.commit();
        return email;
    }

    private long audited(String actor, String action) {
        return em.createQuery("select count(e) from AuditEntry e where e.actor = :a and e.action = :x", Long.class)
                .setParameter("a", actor).setParameter("x", action).getSingleResult();
    }

    @Test
    void oneAccountSigningInFromEightBrowsersAtOnceSignsInEveryTimeAndStampsItsLastSignIn() throws Exception {
        String email = newCoordinator();
        long versionBefore = em.createQuery("select u.version from UserAccount u where u.email = :e", Long.class)
                .setParameter("e", email).getSingleResult();
        int browsers = 8;
        List<WebClient> clients = new ArrayList<>();
        for (int i = 0; i < browsers; i++) {
            clients.add(new WebClient());
        }
        CyclicBarrier together = new CyclicBarrier(browsers);
        ExecutorService pool = Executors.newFixedThreadPool(browsers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (WebClient c : clients) {
                statuses.add(pool.submit(() -> {
                    c.get("/signin.xhtml");
                    together.await(60, TimeUnit.SECONDS);
                    return c.signIn(email, PASSWORD, "").statusCode();
                }));
            }
            for (Future<Integer> s : statuses) {
                assertEquals(302, s.get(120, TimeUnit.SECONDS), "each browser is signed in and redirected, none gets an error page");
            }
        } finally {
            pool.shutdownNow();
        }
        em.clear();
        UserAccount account = em.createQuery("select u from UserAccount u where u.email = :e", UserAccount.class)
                .setParameter("e", email).getSingleResult();
        assertTrue(account.getLastSignInAt().isPresent(), "the last sign-in is stamped");
        assertEquals(versionBefore, account.getVersion(), "stamping the sign-in does not bump the version that guards edits");
        assertEquals(browsers, em.createQuery("select count(e) from AuditEntry e where e.subject = :s and e.action = 'SIGNED_IN'",
                Long.class).setParameter("s", "account:" + account.getId()).getSingleResult(), "every sign-in is audited");
    }

    @Test
    void fiveWrongPasswordsMakeTheAccountWaitAndEvenTheRightPasswordIsRefusedMeanwhile() throws Exception {
        origin.clientAddress(someAddress());
        String email = newCoordinator();
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), accounts.authenticate(email, "wrong-password".toCharArray()));
        }
        assertEquals(Optional.empty(), accounts.signInWait(email), "four failures: no wait yet");
        assertEquals(Optional.empty(), accounts.authenticate(email, "wrong-password".toCharArray()));

        Duration wait = accounts.signInWait(email).orElseThrow();
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofSeconds(30)) <= 0, wait.toString());
        assertEquals(Optional.empty(), accounts.authenticate(email, PASSWORD.toCharArray()), "right password, still waiting");
        assertEquals(5, audited(email, "SIGN_IN_FAILED"), "every failure audited");
        assertEquals(1, audited(email, "SIGN_IN_THROTTLED"));
        assertTrue(accounts.signInWait(email).orElseThrow().compareTo(Duration.ofSeconds(30)) <= 0,
                "a refused attempt while waiting does not lengthen the wait");
    }

    @Test
    void anUnknownAddressIsThrottledExactlyLikeAnAccountSoTheWaitRevealsNothing() throws Exception {
        origin.clientAddress(someAddress());
        String known = newCoordinator();
        String unknown = someEmail("nobody");
        for (int i = 0; i < 5; i++) {
            accounts.authenticate(known, "wrong-password".toCharArray());
            accounts.authenticate(unknown, "wrong-password".toCharArray());
        }
        assertTrue(accounts.signInWait(known).isPresent());
        assertTrue(accounts.signInWait(unknown).isPresent());
        assertEquals(5, audited(unknown, "SIGN_IN_FAILED"));
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsEarlierFailures() throws Exception {
        origin.clientAddress(someAddress());
        String email = newCoordinator();
        for (int i = 0; i < 4; i++) {
            accounts.authenticate(email, "wrong-password".toCharArray());
        }
        assertTrue(accounts.authenticate(email, PASSWORD.toCharArray()).isPresent());
        accounts.authenticate(email, "wrong-password".toCharArray());
        assertEquals(Optional.empty(), accounts.signInWait(email), "the count started again after the success");
    }

    @Test
    void aPasswordSprayFromOneAddressIsThrottledForEveryAccountButOtherAddressesAreNot() throws Exception {
        String sprayer = someAddress();
        origin.clientAddress(sprayer);
        for (int i = 0; i < 20; i++) {
            accounts.authenticate(someEmail("spray" + i), "Winter2026!".toCharArray());
        }
        String victim = newCoordinator();
        assertTrue(accounts.signInWait(victim).isPresent(), "the sprayer waits even for an account it never tried");
        assertEquals(Optional.empty(), accounts.authenticate(victim, PASSWORD.toCharArray()));

        origin.clientAddress(someAddress());
        assertEquals(Optional.empty(), accounts.signInWait(victim), "the account's owner elsewhere is not locked out");
        assertTrue(accounts.authenticate(victim, PASSWORD.toCharArray()).isPresent());
    }
}

package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.notification.MailStatus;
import app.banso.ejb.notification.MailOutbox;
import app.banso.ejb.notification.MailRelay;
import app.banso.ejb.notification.MailTemplates;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transactional outbox against a real SMTP server (GreenMail, listening in the test's JVM on
 * {@code it.smtp.port}, where the server under test sends): an e-mail queued in a transaction
 * that commits arrives; one queued in a transaction that rolls back is neither stored nor sent.
 * The first test runs in the container (transactions), the second as a client (the SMTP server's
 * inbox); they run in this order.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxIT {

    private static final String COMMITTED_TO = "outbox-committed@example.jp";
    private static final String ROLLED_BACK_TO = "outbox-rolledback@example.jp";
    private static final String COMMITTED_KEY = "outbox-it-committed";
    private static final String ROLLED_BACK_KEY = "outbox-it-rolledback";
    private static final String SUBJECT = "Outbox check";
    /** Letters only, so that no date, id or number in a message can match it by chance. */
    private static final String COMMITTED_MARK = "QZXWCOMMITTEDMARK";
    private static final String ROLLED_BACK_MARK = "QZXWROLLEDBACKMARK";

    /**
     * The SMTP server, client side only (the extension skips class callbacks inside the
     * container). Typed {@code Object}: the container has no GreenMail classes and resolves the
     * test class's field types when it runs the first test there.
     */
    private static Object smtp;

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = Journey.startSmtp();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            ((GreenMail) smtp).stop();
        }
    }

    @Inject
    MailOutbox outbox;

    @Inject
    MailRelay relay;

    @Resource
    UserTransaction tx;

    @PersistenceContext(unitName = "banso")
    EntityManager em;

    private List<Object[]> rows(String dedupKey) throws Exception {
        tx.begin();
        try {
            return em.createQuery("select m.status, m.attempts, m.lastError from MailMessage m where m.dedupKey = :k", Object[].class)
                    .setParameter("k", dedupKey).getResultList();
        } finally {
            tx.commit();
        }
    }

    @Test
    @Order(1)
    void aMessageQueuedInACommittedTransactionIsSentAndOneInARolledBackTransactionIsNeitherStoredNorSent() throws Exception {
        tx.begin();
        assertTrue(outbox.enqueue(ROLLED_BACK_KEY, ROLLED_BACK_TO, new MailTemplates.Mail(SUBJECT + " rolled back",
                "This change was rolled back " + ROLLED_BACK_MARK)));
        tx.rollback();
        assertEquals(0, rows(ROLLED_BACK_KEY).size(), "a rolled-back transaction leaves no outbox row");

        tx.begin();
        assertTrue(outbox.enqueue(COMMITTED_KEY, COMMITTED_TO, new MailTemplates.Mail(SUBJECT + " committed",
                "This change was committed " + COMMITTED_MARK)));
        tx.commit();

        // The commit wakes the relay; calling it as well makes the wait short either way.
        long deadline = System.currentTimeMillis() + 30_000;
        Object[] state = null;
        while (System.currentTimeMillis() < deadline) {
            relay.relayDue();
            List<Object[]> found = rows(COMMITTED_KEY);
            assertEquals(1, found.size(), "the committed message is stored once");
            state = found.get(0);
            if (state[0] == MailStatus.SENT) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(MailStatus.SENT, state[0], "the SMTP server accepted it: " + Arrays.toString(state));
        assertEquals(0, rows(ROLLED_BACK_KEY).size(), "still nothing of the rolled-back transaction");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCommittedMessageArrivesAtTheSmtpServerAndTheRolledBackOneNever() throws Exception {
        GreenMail server = (GreenMail) smtp;
        MimeMessage committed = Journey.awaitMail(server, COMMITTED_TO, SUBJECT + " committed");
        assertTrue(GreenMailUtil.getBody(committed).contains(COMMITTED_MARK), GreenMailUtil.getBody(committed));
        // The relay sends in queue order and the committed message was queued after the rolled-back
        // one, so by now anything of the rolled-back transaction would have arrived too.
        for (MimeMessage m : server.getReceivedMessages()) {
            String recipients = Arrays.toString(m.getAllRecipients());
            assertFalse(recipients.contains(ROLLED_BACK_TO), "nothing to the rolled-back recipient: " + recipients);
            assertFalse(GreenMailUtil.getWholeMessage(m).contains(ROLLED_BACK_MARK), "no message carries the rolled-back text");
        }
    }
}

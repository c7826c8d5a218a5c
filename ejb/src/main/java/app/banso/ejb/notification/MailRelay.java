package app.banso.ejb.notification;

import app.banso.domain.notification.MailMessage;
import app.banso.domain.notification.MailStatus;
import app.banso.persistence.notification.MailMessageRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, after the transaction that queued it has committed: woken at
 * once by {@link MailQueued} and, as a safety net for crashes and retries, every 20 seconds.
 * Each message is claimed in the database before it is sent, so two servers never send the
 * same message concurrently; sending happens outside any user transaction and never blocks
 * or rolls one back.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());
    private static final int BATCH = 20;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    @Inject
    private MailMessageRepository repository;

    @Inject
    private MailTransport transport;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        context.getBusinessObject(MailRelay.class).kick();
    }

    @Asynchronous
    public void kick() {
        relayDue();
    }

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void onTimer() {
        relayDue();
    }

    /**
     * Sends every due message; callable directly (tests, ADMIN). When a run is already going
     * on in this node, it is asked to go round once more instead.
     * @return how many messages this call handled
     */
    public int relayDue() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return 0;
        }
        int handled = 0;
        try {
            do {
                again.set(false);
                List<Long> claimed;
                do {
                    claimed = self().claim();
                    for (Long id : claimed) {
                        self().deliver(id);
                        handled++;
                    }
                } while (claimed.size() == BATCH);
            } while (again.get());
        } finally {
            running.set(false);
        }
        return handled;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claim() {
        var now = clock.instant();
        return repository.claimDue(now, now.plus(CLAIM), BATCH);
    }

    /** Sends one claimed message and records the outcome in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id) {
        MailMessage message = repository.find(id).orElse(null);
        if (message == null || message.getStatus() != MailStatus.PENDING) {
            return;
        }
        if (!transport.isConfigured()) {
            message.markKept(clock.instant());
            return;
        }
        try {
            transport.send(message.getRecipient(), message.getSubject(), message.getBody(), message.getDedupKey(),
                    message.getAttachmentName().orElse(null), message.getAttachmentType().orElse(null),
                    message.getAttachmentContent().orElse(null));
            message.markSent(clock.instant());
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            message.markFailed(error, clock.instant());
            // One line per attempt: a mail server that is down fails every queued message the
            // same way, and a stack trace each time would bury the log. The trace is at FINE.
            LOG.warning(() -> "Sending mail " + id + " failed (attempt " + message.getAttempts() + ", "
                    + (message.getStatus() == MailStatus.FAILED ? "no more attempts" : "next at " + message.getNextAttemptAt())
                    + "): " + error.replaceAll("\\s+", " "));
            LOG.log(Level.FINE, "Sending mail " + id + " failed", e);
        }
    }

    private MailRelay self() {
        return context.getBusinessObject(MailRelay.class);
    }
}

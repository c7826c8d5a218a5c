package app.banso.ejb.account;

import app.banso.domain.account.UserAccount;
import app.banso.persistence.account.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which sessions have been ended (a password changed or reset, a role changed, an account disabled), known on this
 * node without a statement per request: a session keeps the account's session generation of its
 * sign-in, and is ended once the account's is higher ({@link UserAccount#endedSession}). This node
 * learns an ending made here as soon as it is committed ({@link SessionsEndedEvent}) and one made on
 * another node within {@code banso.sessions.check-seconds} (15 by default): it reads the accounts
 * whose sessions were ended since it last looked (two minutes back, for transactions that commit
 * late and clocks that differ between nodes). At start it reads every account ever ended.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EndedSessions {

    private static final Logger LOG = Logger.getLogger(EndedSessions.class.getName());
    /** How far back each look reaches before the previous one's start. */
    static final Duration OVERLAP = Duration.ofMinutes(2);

    @Inject private UserAccountRepository accounts;
    @Inject private Clock clock;
    @Resource private TimerService timers;

    @Inject
    @ConfigProperty(name = "banso.sessions.check-seconds", defaultValue = "15")
    int checkSeconds;

    /**
     * Account id → the highest session generation known here (only accounts ever ended). By id, not
     * by address: an applicant's confirmed change of address ends the sessions of the old one.
     */
    private final Map<Long, Integer> generations = new ConcurrentHashMap<>();
    private volatile Instant lastLook;

    @PostConstruct
    void start() {
        look();
        long period = Duration.ofSeconds(Math.max(1, checkSeconds)).toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig("ended-sessions", false));
    }

    /** Whether the session of this account, signed in at that generation, has been ended since. */
    public boolean ended(long accountId, int generationAtSignIn) {
        Integer known = generations.get(accountId);
        return known != null && UserAccount.endedSession(generationAtSignIn, known);
    }

    /** The account's sessions were ended by a change committed on this node. */
    public void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEndedEvent event) {
        generations.merge(event.accountId(), event.generation(), Math::max);
    }

    @Timeout
    void look() {
        Instant start = clock.instant();
        try {
            Instant since = lastLook == null ? null : lastLook.minus(OVERLAP);
            for (var ended : accounts.sessionsEndedSince(since)) {
                generations.merge(ended.accountId(), ended.generation(), Math::max);
            }
            lastLook = start;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ended sessions could not be read; trying again at the next look", e);
        }
    }

    /** The sessions of an account were ended: the account's new generation. */
    public record SessionsEndedEvent(long accountId, int generation) {
    }
}

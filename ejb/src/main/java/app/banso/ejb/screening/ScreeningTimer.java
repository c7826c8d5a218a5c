package app.banso.ejb.screening;

import app.banso.domain.shared.JapanTime;
import app.banso.ejb.account.AccountService;
import app.banso.ejb.support.SupportJobs;
import app.banso.persistence.screening.ScreeningRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the daily jobs (screening: APPLY-5, SCREEN-2 reminders; support: period end; old sign-in
 * failures) at 06:00 Japan time ({@code banso.jobs.at}) on every node; each node first tries to
 * claim the job for the day in the database (a primary key on job and day), so in a cluster
 * exactly one node runs it. Every node logs whether it claimed the day's job or found it claimed.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup") // the schema is migrated before the first run
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScreeningTimer {

    private static final Logger LOG = Logger.getLogger(ScreeningTimer.class.getName());
    /** This node in {@code job_run.node}: host and process id (unique per running server). */
    private static final String NODE = node();

    @Inject private ScreeningJobs jobs;
    @Inject private SupportJobs supportJobs;
    @Inject private AccountService accounts;
    @Inject private ScreeningRepository repository;
    @Inject private Clock clock;
    @Resource private SessionContext context;
    @Resource private TimerService timers;

    /**
     * When the daily jobs run, in Japan time: {@code hour:minute[:second]}, each field as in an
     * EJB schedule expression ({@code 6:00} by default; {@code bench/cluster-failover.sh} uses
     * {@code *:*:*}/{@code 5} to see both nodes race for the claim within seconds).
     */
    @Inject
    @ConfigProperty(name = "banso.jobs.at", defaultValue = "6:00")
    String at;

    @PostConstruct
    void schedule() {
        String[] f = at.trim().split(":");
        if (f.length < 2 || f.length > 3) {
            throw new IllegalArgumentException("banso.jobs.at must be hour:minute[:second], not " + at);
        }
        ScheduleExpression when = new ScheduleExpression().timezone(JapanTime.ZONE.getId())
                .hour(f[0]).minute(f[1]).second(f.length == 3 ? f[2] : "0");
        timers.createCalendarTimer(when, new TimerConfig("daily-jobs", false));
        LOG.info(() -> "Daily jobs scheduled at " + at + " Japan time on node " + NODE);
    }

    @Timeout
    void daily() {
        runIfClaimed("deemed-withdrawal", () -> jobs.deemUnansweredWithdrawn());
        runIfClaimed("overdue-mail", () -> jobs.mailOverdue());
        runIfClaimed("support-period-end", () -> supportJobs.endFinishedPeriods());
        runIfClaimed("sign-in-failures-purge", () -> accounts.forgetOldSignInFailures());
    }

    /** @return whether this node claimed and ran the job for today */
    public boolean runIfClaimed(String job, IntSupplier work) {
        LocalDate today = LocalDate.now(clock);
        if (!self().claim(job, today)) {
            LOG.info(() -> "Daily job " + job + " for " + today + " already claimed by another node; node " + NODE + " skips it");
            return false;
        }
        int result = work.getAsInt();
        self().finish(job, today, "handled " + result);
        LOG.info(() -> "Daily job " + job + " for " + today + " claimed and run by node " + NODE + ": handled " + result);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day) {
        try {
            return repository.claimJob(job, day, NODE, clock.instant());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Job " + job + " for " + day + " could not be claimed", failed);
            context.setRollbackOnly();
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String job, LocalDate day, String result) {
        repository.finishJob(job, day, result);
    }

    private ScreeningTimer self() {
        return context.getBusinessObject(ScreeningTimer.class);
    }

    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            host = "unknown";
        }
        String id = host + ":" + ProcessHandle.current().pid();
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }
}

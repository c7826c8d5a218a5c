package app.banso.ejb.screening;

import app.banso.persistence.screening.ScreeningRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the daily jobs (screening: APPLY-5, SCREEN-2 reminders; support: period end; old sign-in failures) at 06:00 Japan time on every node; each node first tries to claim
 * the job for the day in the database (a primary key on job and day), so in a cluster exactly one
 * node runs it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScreeningTimer {

    private static final Logger LOG = Logger.getLogger(ScreeningTimer.class.getName());
    private static final String NODE = java.util.UUID.randomUUID().toString();

    @Inject private ScreeningJobs jobs;
    @Inject private app.banso.ejb.support.SupportJobs supportJobs;
    @Inject private app.banso.ejb.account.AccountService accounts;
    @Inject private ScreeningRepository repository;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    @Schedule(hour = "6", minute = "0", timezone = "Asia/Tokyo", persistent = false)
    void daily() {
        runIfClaimed("deemed-withdrawal", () -> jobs.deemUnansweredWithdrawn());
        runIfClaimed("overdue-mail", () -> jobs.mailOverdue());
        runIfClaimed("support-period-end", () -> supportJobs.endFinishedPeriods());
        runIfClaimed("sign-in-failures-purge", () -> accounts.forgetOldSignInFailures());
    }

    /** @return whether this node claimed and ran the job for today */
    public boolean runIfClaimed(String job, java.util.function.IntSupplier work) {
        LocalDate today = LocalDate.now(clock);
        if (!self().claim(job, today)) {
            return false;
        }
        int result = work.getAsInt();
        self().finish(job, today, "handled " + result);
        LOG.info(() -> "Daily job " + job + " for " + today + ": " + result);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day) {
        try {
            repository.claimJob(job, day, NODE, clock.instant());
            return true;
        } catch (RuntimeException alreadyClaimed) {
            LOG.log(Level.FINE, "Job " + job + " for " + day + " already claimed", alreadyClaimed);
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
}

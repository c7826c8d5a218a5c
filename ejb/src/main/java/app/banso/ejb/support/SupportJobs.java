package app.banso.ejb.support;

import app.banso.domain.support.SupportCase;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.intake.ApplicantMail;
import app.banso.ejb.notification.MailTemplates;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.platform.BulkWrites;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** The daily end of support periods: idempotent, run once per day by the claimed daily timer. */
@Stateless
@PermitAll
public class SupportJobs {

    @Inject private SupportRepository repository;
    @Inject private ApplicationRepository applications;
    @Inject private ApplicantMail applicantMail;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private BulkWrites bulk;

    /**
     * At the period's end support ends on its own; the company is told and asked to answer the
     * closing survey (COOP-3).
     * @return how many cases ended now
     */
    public int endFinishedPeriods() {
        LocalDate today = LocalDate.now(clock);
        bulk.flushAtCommit(); // on the last day of a programme every case ends at once
        int ended = 0;
        for (SupportCase c : repository.periodEndedBefore(today)) {
            if (c.endIfPeriodOver(today, clock.instant())) {
                applications.find(c.getApplicationId()).ifPresent(a -> applicantMail.send(a, "supportEnded",
                        "support-ended:" + c.getId(), c.getPeriodEnd().map(MailTemplates::day).orElse("")));
                audit.record("CASE_ENDED", "case:" + c.getId(), "period end");
                ended++;
            }
        }
        return ended;
    }
}

package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.CorporateNumber;
import app.banso.domain.intake.SampleAnswers;
import app.banso.domain.screening.Attendee;
import app.banso.domain.screening.Decision;
import app.banso.domain.screening.InterviewMedium;
import app.banso.domain.screening.ScreeningRecord;
import app.banso.domain.shared.JapanTime;
import app.banso.domain.notification.MailMessage;
import app.banso.ejb.calendar.CalendarFile;
import app.banso.ejb.calendar.InterviewCalendar;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.IntakeDesk;
import app.banso.ejb.screening.ScreeningJobs;
import app.banso.ejb.screening.ScreeningTimer;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.ScreeningRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The daily screening jobs, called directly as the timer calls them, on the configured database. */
@ExtendWith(ArquillianExtension.class)
class ScreeningJobsIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @Inject IntakeDesk desk;
    @Inject ScreeningJobs jobs;
    @Inject ScreeningTimer timer;
    @Inject ProgrammeRepository programmes;
    @Inject ApplicationRepository applications;
    @Inject ScreeningRepository screening;
    @Inject UserAccountRepository accounts;
    @Resource UserTransaction tx;
    @PersistenceContext(unitName = "banso") EntityManager em;

    private long programmeId() {
        return programmes.findByFiscalYear(2026).orElseThrow().getId();
    }

    /** A complete application whose online-screening notice went out {@code daysAgo} days ago. */
    private long interviewNoticedDaysAgo(int daysAgo, boolean confirmed, boolean noShow) throws Exception {
        int n = SEQ.incrementAndGet();
        tx.begin();
        long owner = accounts.add(UserAccount.createActive("jobs" + n + "@example.jp", "x", Role.APPLICANT, "Jobs " + n, "ja",
                Instant.now())).getId();
        tx.commit();
        String base = String.format("%012d", 600_000_000_000L + n * 104_729L);
        String number = CorporateNumber.checkDigitOf(base) + base;
        desk.saveDraft(programmeId(), owner, new ApplicationDraft(SampleAnswers.company(number, "ジョブ" + n + "株式会社"),
                SampleAnswers.eligibility(), SampleAnswers.positions(), SampleAnswers.motivation(), SampleAnswers.allDeclared()));
        Application submitted = desk.submit(programmeId(), owner);
        Instant noticed = Instant.now().minus(Duration.ofDays(daysAgo));
        tx.begin();
        Application a = applications.find(submitted.getId()).orElseThrow();
        a.receiveConsent(noticed);
        a.startDocumentScreening(noticed);
        a.scheduleInterview(noticed);
        ScreeningRecord r = screening.add(new ScreeningRecord(a.getId()));
        for (int c = 1; c <= 5; c++) {
            r.score(c, 4, null);
        }
        r.decideDocuments(Decision.PASS, noticed);
        r.proposeInterview(noticed.plus(Duration.ofDays(14)), InterviewMedium.PHONE, null, "No Teams", Attendee.REPRESENTATIVE, false, null, noticed);
        if (confirmed) {
            r.confirmAttendance(noticed.plus(Duration.ofDays(1)));
        }
        if (noShow) {
            r.recordNoShow();
        }
        tx.commit();
        return a.getId();
    }

    private ApplicationStatus status(long id) throws Exception {
        tx.begin();
        try {
            return applications.find(id).orElseThrow().getStatus();
        } finally {
            tx.commit();
        }
    }

    @Test
    void unconfirmedAndNoShowApplicationsAreDeemedWithdrawnOnceAndTheApplicantIsTold_APPLY_5() throws Exception {
        long unconfirmed = interviewNoticedDaysAgo(10, false, false);
        long confirmed = interviewNoticedDaysAgo(10, true, false);
        long noShow = interviewNoticedDaysAgo(10, true, true);
        long recent = interviewNoticedDaysAgo(2, false, false);

        int first = jobs.deemUnansweredWithdrawn();
        int second = jobs.deemUnansweredWithdrawn();

        assertEquals(ApplicationStatus.DEEMED_WITHDRAWN, status(unconfirmed));
        assertEquals(ApplicationStatus.DEEMED_WITHDRAWN, status(noShow));
        assertEquals(ApplicationStatus.INTERVIEW_SCHEDULED, status(confirmed));
        assertEquals(ApplicationStatus.INTERVIEW_SCHEDULED, status(recent), "still within the confirmation days");
        assertTrue(first >= 2);
        assertEquals(0, second, "idempotent: a second run changes nothing");
        tx.begin();
        assertEquals(1L, em.createQuery("select count(m) from MailMessage m where m.dedupKey = :k", Long.class)
                .setParameter("k", "deemed-withdrawn:" + unconfirmed).getSingleResult());
        // The screening was still ahead: the e-mail takes it out of the applicant's calendar (SCREEN-2).
        MailMessage told = em.createQuery("select m from MailMessage m where m.dedupKey = :k", MailMessage.class)
                .setParameter("k", "deemed-withdrawn:" + unconfirmed).getSingleResult();
        tx.commit();
        assertEquals(InterviewCalendar.cancellationFileName(unconfirmed), told.getAttachmentName().orElseThrow());
        assertEquals(CalendarFile.CANCEL_CONTENT_TYPE, told.getAttachmentType().orElseThrow());
        String ics = new String(told.getAttachmentContent().orElseThrow(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(ics.contains("\r\nMETHOD:CANCEL\r\n") && ics.contains("\r\nSTATUS:CANCELLED\r\n")
                && ics.contains("\r\nUID:banso-interview-" + unconfirmed + "@"), ics);
    }

    /** A complete application of {@code company}, completed 20 days ago, assigned to a new screener account. */
    private long overdueApplication(String company, String screener, boolean screenerDisabled) throws Exception {
        int n = SEQ.incrementAndGet();
        tx.begin();
        long owner = accounts.add(UserAccount.createActive("late" + n + "@example.jp", "x", Role.APPLICANT, "Late", "ja",
                Instant.now())).getId();
        tx.commit();
        String base = String.format("%012d", 700_000_000_000L + n * 7L);
        desk.saveDraft(programmeId(), owner, new ApplicationDraft(SampleAnswers.company(CorporateNumber.checkDigitOf(base) + base,
                company), SampleAnswers.eligibility(), SampleAnswers.positions(), SampleAnswers.motivation(),
                SampleAnswers.allDeclared()));
        long id = desk.submit(programmeId(), owner).getId();
        tx.begin();
        UserAccount account = accounts.add(UserAccount.createActive(screener, "x", Role.SCREENER, "Late Screener", "ja", Instant.now()));
        if (screenerDisabled) {
            account.disable(Instant.now());
        }
        var application = applications.find(id).orElseThrow();
        application.receiveConsent(Instant.now().minus(Duration.ofDays(20)));
        application.assignScreener(screener);
        tx.commit();
        // receiveConsent completes "now": move the completion back 20 days as if it had happened then.
        tx.begin();
        em.createNativeQuery("update application set completed_at = ? where id = ?")
                .setParameter(1, OffsetDateTime.now().minusDays(20)).setParameter(2, id).executeUpdate();
        tx.commit();
        return id;
    }

    @Test
    void applicationsPastTheNoticeTargetAreReportedToScreenersWhoCanSignInAndAdmin_SCREEN_2() throws Exception {
        int n = SEQ.incrementAndGet();
        String screener = "late-screener" + n + "@example.jp";
        long id = overdueApplication("遅延株式会社", screener, false);
        String gone = "gone-screener" + n + "@example.jp";
        long ofGone = overdueApplication("退職者担当株式会社", gone, true);
        String moved = "moved-screener" + n + "@example.jp";
        long ofMoved = overdueApplication("異動者担当株式会社", moved, false);
        tx.begin();
        accounts.findByEmail(moved).orElseThrow().changeRole(Role.COORDINATOR, Instant.now());
        tx.commit();

        assertTrue(jobs.mailOverdue() >= 2);
        tx.begin();
        long adminMails = em.createQuery("select count(m) from MailMessage m where m.recipient = 'admin@example.jp'"
                + " and m.dedupKey like 'overdue:%'", Long.class).getSingleResult();
        String body = em.createQuery("select m.body from MailMessage m where m.recipient = 'admin@example.jp'"
                + " and m.dedupKey like 'overdue:%'", String.class).getResultList().get(0);
        List<String> screenerBodies = em.createQuery("select m.body from MailMessage m where m.recipient = :r"
                + " and m.dedupKey like 'overdue:%'", String.class).setParameter("r", screener).getResultList();
        tx.commit();
        assertEquals(1, adminMails);
        assertTrue(body.contains("遅延株式会社"), body);
        assertEquals(1, screenerBodies.size(), "the assigned screener is told too");
        assertTrue(screenerBodies.get(0).contains("遅延株式会社"), screenerBodies.get(0));
        assertTrue(screenerBodies.get(0).contains("/staff/application.xhtml?id=" + id), screenerBodies.get(0));
        LocalDate completed = LocalDate.now(JapanTime.ZONE).minusDays(20);
        String day = DateTimeFormatter.ofPattern("yyyy/MM/dd").format(completed);
        String target = DateTimeFormatter.ofPattern("yyyy/MM/dd").format(completed.plusDays(14));
        assertTrue(screenerBodies.get(0).contains("遅延株式会社（申込完了 " + day + "、通知目標日 " + target + " から 6 日超過）"),
                "the line says in Japan dates how late the application is: " + screenerBodies.get(0));
        assertTrue(screenerBodies.get(0).contains("期限超過（1 件）の申込一覧: ") && screenerBodies.get(0)
                .contains("/staff/inbox.xhtml?deadline=OVERDUE&mine=true"), "the screener's link opens their overdue ones: " + screenerBodies.get(0));
        assertTrue(body.contains("/staff/inbox.xhtml?deadline=OVERDUE\n") && !body.contains("mine=true"),
                "ADMIN's link opens every overdue one, not only ADMIN's: " + body);
        tx.begin();
        assertEquals(0L, em.createQuery("select count(m) from MailMessage m where m.recipient = :r", Long.class)
                .setParameter("r", gone).getSingleResult(), "a disabled screener's mailbox gets no company names (application " + ofGone + ")");
        assertEquals(0L, em.createQuery("select count(m) from MailMessage m where m.recipient = :r", Long.class)
                .setParameter("r", moved).getSingleResult(), "nor does one who no longer screens (application " + ofMoved + ")");
        tx.commit();
        jobs.mailOverdue();
        tx.begin();
        assertEquals(1L, em.createQuery("select count(m) from MailMessage m where m.recipient = 'admin@example.jp'"
                + " and m.dedupKey like 'overdue:%'", Long.class).getSingleResult(), "one reminder per day");
        assertEquals(1L, em.createQuery("select count(m) from MailMessage m where m.recipient = :r"
                + " and m.dedupKey like 'overdue:%'", Long.class).setParameter("r", screener).getSingleResult(),
                "one reminder per day to the screener too");
        tx.commit();
    }

    @Test
    void aDailyJobIsClaimedOncePerDaySoTwoServersDoNotBothRunIt() {
        AtomicInteger runs = new AtomicInteger();
        assertTrue(timer.runIfClaimed("test-job", runs::incrementAndGet));
        assertFalse(timer.runIfClaimed("test-job", runs::incrementAndGet), "the second node finds the day claimed");
        assertEquals(1, runs.get());
    }
}

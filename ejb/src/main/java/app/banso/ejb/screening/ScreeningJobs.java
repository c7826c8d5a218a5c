package app.banso.ejb.screening;

import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.programme.Programme;
import app.banso.domain.screening.ScreeningDeadlines;
import app.banso.domain.screening.ScreeningRecord;
import app.banso.domain.shared.JapanTime;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.calendar.CalendarFile;
import app.banso.ejb.calendar.InterviewCalendar;
import app.banso.ejb.intake.ApplicantMail;
import app.banso.ejb.notification.MailOutbox;
import app.banso.ejb.notification.MailTemplates;
import app.banso.ejb.notification.PublicLinks;
import app.banso.ejb.notification.TemplateService;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.platform.BulkWrites;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.OverdueRow;
import app.banso.persistence.screening.ScreeningRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The daily screening jobs, each one transaction and idempotent (running twice on a day changes
 * nothing more): APPLY-5 deemed withdrawal and the SCREEN-2 overdue reminder. Called by
 * {@link ScreeningTimer} after it has claimed the day, and directly by tests.
 */
@Stateless
@PermitAll
public class ScreeningJobs {

    @Inject
    private TemplateService templates;

    @Inject private ProgrammeRepository programmes;
    @Inject private ScreeningRepository screening;
    @Inject private UserAccountRepository accounts;
    @Inject private ApplicantMail applicantMail;
    @Inject private MailOutbox outbox;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private BulkWrites bulk;

    @Inject private PublicLinks links;
    @Inject private InterviewCalendar interviewCalendar;

    /**
     * APPLY-5: applications whose online screening was not confirmed within the programme's
     * confirmation days, or that did not show up, become DEEMED_WITHDRAWN; the applicant is told.
     * @return how many applications changed now
     */
    public int deemUnansweredWithdrawn() {
        Programme p = programmes.findCurrent(LocalDate.now(clock)).orElseThrow();
        Duration within = Duration.ofDays(p.getConfirmDays());
        Instant now = clock.instant();
        bulk.flushAtCommit();
        int changed = 0;
        for (Object[] row : screening.unansweredCandidates(p.getId(), now.minus(within))) {
            Application a = (Application) row[0];
            ScreeningRecord r = (ScreeningRecord) row[1];
            if (r.isUnanswered(now, within)) {
                a.deemWithdrawn(now);
                // A screening still ahead (not confirmed in time) leaves the applicant's calendar with the e-mail.
                boolean ahead = r.getInterviewAt().map(now::isBefore).orElse(false);
                Optional<byte[]> cancelled = !ahead ? Optional.empty()
                        : interviewCalendar.cancellation(a, Optional.of(r), applicantMail.languageOf(a), now);
                if (cancelled.isPresent()) {
                    applicantMail.sendWithAttachment(a, "deemedWithdrawn", "deemed-withdrawn:" + a.getId(),
                            InterviewCalendar.cancellationFileName(a.getId()), CalendarFile.CANCEL_CONTENT_TYPE, cancelled.get());
                } else {
                    applicantMail.send(a, "deemedWithdrawn", "deemed-withdrawn:" + a.getId());
                }
                audit.record("DEEMED_WITHDRAWN", "application:" + a.getId(), r.isNoShow() ? "no-show" : "not confirmed");
                changed++;
            }
        }
        return changed;
    }

    /**
     * SCREEN-2: one e-mail per day to each assigned screener and to ADMIN listing the applications
     * past the notice target date, with links to the inbox filtered to them; a screener whose
     * account was disabled, or who no longer screens, gets none (ADMIN's lists every overdue
     * application).
     * @return how many overdue applications were reported
     */
    public int mailOverdue() {
        Programme p = programmes.findCurrent(LocalDate.now(clock)).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        // Overdue or past the latest date: completed before the day after the overdue band's last completion day.
        var cutoff = ScreeningDeadlines.completionDays(ScreeningDeadlines.State.OVERDUE, today, p.getNoticeTargetDays(), p.getNoticeMaxDays())
                .to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<OverdueRow> overdue = screening.overdue(p.getId(), cutoff);
        if (overdue.isEmpty()) {
            return 0;
        }
        String base = links.url("");
        Map<String, List<OverdueRow>> byRecipient = new TreeMap<>();
        for (OverdueRow a : overdue) {
            if (a.assignedScreener() != null) {
                byRecipient.computeIfAbsent(a.assignedScreener(), k -> new ArrayList<>()).add(a);
            }
        }
        // One query for who may be told: staff who can sign in and still screen. A disabled screener's mailbox
        // gets no more company names (PRIV), nor does one now a coordinator (the inbox is not theirs to open).
        Map<String, UserAccount> screeners = accounts.activeWithRoles(Role.SCREENING).stream()
                .filter(UserAccount::canSignIn).collect(Collectors.toMap(UserAccount::getEmail, account -> account));
        screeners.values().stream().filter(account -> account.getRole() == Role.ADMIN)
                .forEach(admin -> byRecipient.put(admin.getEmail(), overdue));
        byRecipient.forEach((to, list) -> {
            UserAccount account = screeners.get(to);
            if (account != null) {
                String language = account.getLanguage();
                outbox.enqueue("overdue:" + today + ":" + to, to, templates.render("overdue", language, list.size(),
                        p.getNoticeTargetDays(), listed(list, base, language, today, p.getNoticeTargetDays(), p.getNoticeMaxDays()),
                        inboxLinks(list, base, language, today, p.getNoticeTargetDays(), p.getNoticeMaxDays(),
                                account.getRole() != Role.ADMIN)));
            }
        });
        return overdue.size();
    }

    /** At most this many applications are listed in one reminder; the count and the inbox link cover the rest. */
    static final int OVERDUE_LISTED = 50;

    /**
     * The oldest {@link #OVERDUE_LISTED} applications, one line each with its completion day and
     * how late it is (days past the notice target, or past the latest date), and a line saying how
     * many more there are. Dates are Japan dates, as the inbox shows them.
     */
    static String listed(List<OverdueRow> list, String base, String language, LocalDate today, int targetDays, int maxDays) {
        String lines = list.stream().limit(OVERDUE_LISTED).map(a -> {
            ScreeningDeadlines d = deadlinesOf(a, targetDays, maxDays);
            boolean pastLatest = d.on(today) == ScreeningDeadlines.State.PAST_LATEST;
            return MailTemplates.line(pastLatest ? "overdue.linePastLatest" : "overdue.line", language, a.applicationId(),
                    Objects.toString(a.companyName(), ""), MailTemplates.day(d.completedOn()),
                    MailTemplates.day(pastLatest ? d.noticeLatest() : d.noticeTarget()),
                    ChronoUnit.DAYS.between(d.noticeTarget(), today), base + "/staff/application.xhtml?id=" + a.applicationId());
        }).collect(Collectors.joining("\n"));
        return list.size() <= OVERDUE_LISTED ? lines : lines + "\n" + MailTemplates.line("overdue.more", language, list.size() - OVERDUE_LISTED);
    }

    /**
     * One link to the inbox per deadline state the list holds (past the latest date, overdue), with
     * its count: the inbox opens filtered to that state (and to the recipient's own applications
     * unless the recipient is ADMIN, whose reminder lists them all), so the list it shows is the
     * one the reminder counted.
     */
    static String inboxLinks(List<OverdueRow> list, String base, String language, LocalDate today, int targetDays, int maxDays,
                             boolean mine) {
        Map<ScreeningDeadlines.State, Long> counts = list.stream().collect(Collectors.groupingBy(
                a -> deadlinesOf(a, targetDays, maxDays).on(today), () -> new EnumMap<>(ScreeningDeadlines.State.class),
                Collectors.counting()));
        return Stream.of(ScreeningDeadlines.State.PAST_LATEST, ScreeningDeadlines.State.OVERDUE).filter(counts::containsKey)
                .map(state -> MailTemplates.line("overdue.inbox." + state.name(), language, counts.get(state),
                        base + "/staff/inbox.xhtml?deadline=" + state.name() + (mine ? "&mine=true" : "")))
                .collect(Collectors.joining("\n"));
    }

    private static ScreeningDeadlines deadlinesOf(OverdueRow a, int targetDays, int maxDays) {
        return ScreeningDeadlines.from(a.completedAt().atZone(JapanTime.ZONE).toLocalDate(), targetDays, maxDays);
    }
}

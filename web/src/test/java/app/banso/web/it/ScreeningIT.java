package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.CorporateNumber;
import app.banso.domain.intake.SampleAnswers;
import app.banso.domain.screening.Attendee;
import app.banso.domain.screening.CorrectableAnswer;
import app.banso.domain.screening.InterviewMedium;
import app.banso.domain.screening.ScreeningRecord;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.domain.notification.MailMessage;
import app.banso.ejb.account.AccountService;
import app.banso.ejb.calendar.InterviewCalendar;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.intake.IntakeDesk;
import app.banso.ejb.notification.StaffMail;
import app.banso.ejb.screening.CatalogueService;
import app.banso.ejb.screening.ScreeningService;
import app.banso.ejb.support.SupportService;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.InboxFilter;
import app.banso.web.platform.ConcurrentChange;
import app.banso.persistence.screening.InboxRepository;
import app.banso.persistence.screening.InboxRow;
import app.banso.persistence.screening.ScreeningRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The screening boundary in the container, called with a role as the screens call it (SCREENER
 * through {@link AsScreener}; COORDINATOR and APPLICANT callers must be refused): adoption refused
 * while a verified fact makes an EX rule fail, no decision on a withdrawn application, decisions
 * only by screening staff.
 */
@ExtendWith(ArquillianExtension.class)
class ScreeningIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWithRunAsCallers();
    }

    @Inject AsScreener screener;
    @Inject AsAdmin admin;
    @Inject AccountService accountService;
    @Inject AsCoordinator coordinator;
    @Inject AsApplicant applicant;
    @Inject ScreeningService service;
    @Inject SupportService supportBoundary;
    @Inject ApplicationService applicantBoundary;
    @Inject IntakeDesk desk;
    @Inject ProgrammeRepository programmes;
    @Inject ApplicationRepository applications;
    @Inject ScreeningRepository screening;
    @Inject UserAccountRepository accounts;
    @Resource UserTransaction tx;
    @Resource ManagedExecutorService executor;
    @Inject CatalogueService catalogue;
    @PersistenceContext(unitName = "banso") EntityManager em;

    /** A caller with a role: one of the {@code @RunAs} helpers. */
    @FunctionalInterface
    interface Caller {
        Object call(Callable<Object> work) throws Exception;
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private static void as(Caller who, Work work) throws Exception {
        who.call(() -> {
            work.run();
            return null;
        });
    }

    private static Executable attempt(Caller who, Work work) {
        return () -> as(who, work);
    }

    private long programmeId() {
        return programmes.findByFiscalYear(2026).orElseThrow().getId();
    }

    private record Submitted(long id, long owner) {
    }

    /** A new applicant's complete application (form and consent), nobody assigned yet. */
    private Submitted complete(String company) throws Exception {
        int n = SEQ.incrementAndGet();
        tx.begin();
        long owner = accounts.add(UserAccount.createActive("screening-it" + n + "@example.jp", "x", Role.APPLICANT, "Screening " + n,
                "ja", Instant.now())).getId();
        tx.commit();
        String base = String.format("%012d", 800_000_000_000L + n * 104_729L);
        desk.saveDraft(programmeId(), owner, new ApplicationDraft(SampleAnswers.company(CorporateNumber.checkDigitOf(base) + base,
                company), SampleAnswers.eligibility(), SampleAnswers.positions(), SampleAnswers.motivation(), SampleAnswers.allDeclared()));
        long id = desk.submit(programmeId(), owner).getId();
        tx.begin();
        applications.find(id).orElseThrow().receiveConsent(Instant.now());
        tx.commit();
        return new Submitted(id, owner);
    }

    /** As {@link #complete}, then in document screening (the screener is assigned) with all five criteria scored. */
    private Submitted scoredInDocumentScreening(String company) throws Exception {
        Submitted complete = complete(company);
        long id = complete.id();
        as(screener::call, () -> service.startDocumentScreening(id));
        long version = recordVersion(id); // read outside the screener's transaction
        as(screener::call, () -> service.score(id, version, List.of(4, 4, 3, 4, 5), List.of("", "", "", "", ""), null));
        return complete;
    }

    /** As {@link #scoredInDocumentScreening}, then passed and the online screening proposed (SCREEN-2). */
    private long interviewScheduled(String company) throws Exception {
        long id = scoredInDocumentScreening(company).id();
        as(screener::call, () -> service.passDocuments(id));
        as(screener::call, () -> service.proposeInterview(id, Instant.now().plus(Duration.ofDays(5)), InterviewMedium.TEAMS,
                "https://teams.microsoft.com/l/meetup-join/screening-it", null, Attendee.REPRESENTATIVE, null));
        assertEquals(ApplicationStatus.INTERVIEW_SCHEDULED, status(id));
        return id;
    }

    private long recordVersion(long id) throws Exception {
        tx.begin();
        try {
            return screening.findByApplication(id).map(ScreeningRecord::getVersion).orElse(ScreeningService.NO_RECORD);
        } finally {
            tx.commit();
        }
    }

    /** The subjects of the e-mails queued for this address whose dedup key starts with the template's name. */
    private List<String> subjectsTo(String recipient, String template) throws Exception {
        tx.begin();
        try {
            return em.createQuery("select m.subject from MailMessage m where m.recipient = :r and m.dedupKey like :k order by m.id",
                    String.class).setParameter("r", recipient).setParameter("k", template + ":%").getResultList();
        } finally {
            tx.commit();
        }
    }

    /** The screener the application is assigned to, or "none". */
    private String assignee(long id) throws Exception {
        tx.begin();
        try {
            return applications.find(id).orElseThrow().getAssignedScreener().orElse("none");
        } finally {
            tx.commit();
        }
    }

    private ApplicationStatus status(long id) throws Exception {
        tx.begin();
        try {
            return applications.find(id).orElseThrow().getStatus();
        } finally {
            tx.commit();
        }
    }

    /** The final decision stored on the screening record, or "none". */
    private String finalDecision(long id) throws Exception {
        tx.begin();
        try {
            return screening.findByApplication(id).flatMap(ScreeningRecord::getFinalDecision).map(Enum::name).orElse("none");
        } finally {
            tx.commit();
        }
    }

    private long mails(String dedupKey) throws Exception {
        tx.begin();
        try {
            return em.createQuery("select count(m) from MailMessage m where m.dedupKey = :k", Long.class)
                    .setParameter("k", dedupKey).getSingleResult();
        } finally {
            tx.commit();
        }
    }

    /** The calendar file's logical lines (RFC 5545 folding undone). */
    private static List<String> calendarLines(byte[] file) {
        return List.of(new String(file, StandardCharsets.UTF_8).replace("\r\n ", "").split("\r\n"));
    }

    private static String property(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + ":")).map(l -> l.substring(name.length() + 1)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + lines));
    }

    /** The calendar file attached to the newest e-mail queued under this dedup key's start. */
    private MailMessage newestMail(String dedupKeyStart) throws Exception {
        tx.begin();
        try {
            return em.createQuery("select m from MailMessage m where m.dedupKey like :k order by m.id desc", MailMessage.class)
                    .setParameter("k", dedupKeyStart + "%").setMaxResults(1).getSingleResult();
        } finally {
            tx.commit();
        }
    }

    @Test
    void theOnlineScreeningComesAsACalendarFileThatAScreeningMovedLaterReplaces_SCREEN_2() throws Exception {
        long id = scoredInDocumentScreening("株式会社カレンダー").id();
        assertEquals(RuleId.SCREEN_2, assertThrows(RuleViolationException.class,
                attempt(screener::call, () -> service.interviewCalendar(id, "ja"))).rule().orElseThrow(),
                "no calendar file before a screening is proposed");
        as(screener::call, () -> service.passDocuments(id));
        Instant first = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        as(screener::call, () -> service.proposeInterview(id, first, InterviewMedium.TEAMS,
                "https://teams.microsoft.com/l/meetup-join/calendar-it", null, Attendee.REPRESENTATIVE, null));

        // The proposal e-mail carries the event; staff download theirs from the application page.
        MailMessage proposal = newestMail("interview:" + id + ":");
        assertEquals(InterviewCalendar.fileName(id), proposal.getAttachmentName().orElseThrow());
        assertTrue(proposal.getAttachmentType().orElseThrow().startsWith("text/calendar"));
        List<String> mailed = calendarLines(proposal.getAttachmentContent().orElseThrow());
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        assertEquals(utc.format(first), property(mailed, "DTSTART"));
        assertEquals(utc.format(first.plus(InterviewCalendar.LENGTH)), property(mailed, "DTEND"));
        assertEquals("https://teams.microsoft.com/l/meetup-join/calendar-it", property(mailed, "LOCATION"));
        assertTrue(property(mailed, "URL").endsWith("/applicant/status.xhtml"));
        assertTrue(property(mailed, "SUMMARY").startsWith("オンライン審査（二次審査）"), property(mailed, "SUMMARY"));

        List<String> staffFile = calendarLines((byte[]) screener.call(() -> service.interviewCalendar(id, "en")));
        assertEquals(utc.format(first), property(staffFile, "DTSTART"));
        // In English the company's English name where it gave one (the sample answers do).
        assertEquals("Online screening (second stage): Sample Trading Co.\\, Ltd. (application " + id + ")",
                property(staffFile, "SUMMARY"));
        assertTrue(property(staffFile, "URL").endsWith("/staff/application.xhtml?id=" + id));
        assertEquals(property(mailed, "SEQUENCE"), property(staffFile, "SEQUENCE"));
        assertFalse(property(mailed, "UID").equals(property(staffFile, "UID")), "the applicant's and staff's events are two");

        // Moved to another day: the same event (UID) in a later version (SEQUENCE) at the new time.
        Thread.sleep(1_100); // the version counts the proposal's seconds
        Instant moved = first.plus(Duration.ofDays(2)).plus(Duration.ofHours(3));
        as(screener::call, () -> service.proposeInterview(id, moved, InterviewMedium.PHONE, null, "Teams blocked at the company",
                Attendee.BUSINESS_LEAD, null));
        List<String> again = calendarLines(newestMail("interview:" + id + ":").getAttachmentContent().orElseThrow());
        assertEquals(property(mailed, "UID"), property(again, "UID"));
        assertTrue(Long.parseLong(property(again, "SEQUENCE")) > Long.parseLong(property(mailed, "SEQUENCE")),
                "a later version replaces the imported event");
        assertEquals(utc.format(moved), property(again, "DTSTART"));
        assertEquals("電話", property(again, "LOCATION"));
        assertTrue(property(again, "DESCRIPTION").contains("事業責任者"), property(again, "DESCRIPTION"));

        // Decided: no screening waits, no calendar file.
        as(screener::call, () -> service.adopt(id));
        assertEquals(RuleId.SCREEN_2, assertThrows(RuleViolationException.class,
                attempt(screener::call, () -> service.interviewCalendar(id, "ja"))).rule().orElseThrow());
        assertThrows(EJBAccessException.class, attempt(coordinator::call, () -> service.interviewCalendar(id, "ja")),
                "not for a coordinator");
    }

    @Test
    void withdrawingBeforeTheScreeningTakesItOutOfTheApplicantsCalendar_APPLY_3_SCREEN_2() throws Exception {
        Submitted s = scoredInDocumentScreening("株式会社カレンダー取消");
        long id = s.id();
        as(screener::call, () -> service.passDocuments(id));
        as(screener::call, () -> service.proposeInterview(id, Instant.now().plus(Duration.ofDays(6)), InterviewMedium.TEAMS,
                "https://teams.microsoft.com/l/meetup-join/cancel-it", null, Attendee.REPRESENTATIVE, null));
        List<String> proposed = calendarLines(newestMail("interview:" + id + ":").getAttachmentContent().orElseThrow());
        Thread.sleep(1_100); // the version counts seconds

        desk.withdraw(programmeId(), s.owner(), "社内事情");
        MailMessage told = newestMail("withdrawn:" + id);
        assertEquals(InterviewCalendar.cancellationFileName(id), told.getAttachmentName().orElseThrow());
        List<String> cancel = calendarLines(told.getAttachmentContent().orElseThrow());
        assertTrue(cancel.contains("METHOD:CANCEL") && cancel.contains("STATUS:CANCELLED"), cancel.toString());
        assertEquals(property(proposed, "UID"), property(cancel, "UID"), "the same event");
        assertEquals(property(proposed, "DTSTART"), property(cancel, "DTSTART"));
        assertTrue(Long.parseLong(property(cancel, "SEQUENCE")) > Long.parseLong(property(proposed, "SEQUENCE")),
                "a later version, which the calendar applies");

        // Withdrawn without a screening proposed: a plain e-mail, nothing to take out.
        Submitted plain = complete("株式会社カレンダーなし");
        desk.withdraw(programmeId(), plain.owner(), "社内事情");
        assertTrue(newestMail("withdrawn:" + plain.id()).getAttachmentName().isEmpty());
    }

    @Test
    void adoptionIsRefusedNamingTheRuleWhileAStaffVerifiedFactMakesAnExRuleFail_SCREEN_3_EX_1() throws Exception {
        long id = interviewScheduled("事実確認株式会社");
        // The commercial register shows another legal form than the applicant answered: EX-1 fails.
        as(screener::call, () -> service.recordFact(id, CorrectableAnswer.LEGAL_FORM, "OTHER", "登記簿で確認"));

        RuleViolationException refused = assertThrows(RuleViolationException.class, attempt(screener::call, () -> service.adopt(id)));
        assertEquals(RuleId.EX_1, refused.rule().orElseThrow(), "the refusal names the failing rule");
        assertTrue(refused.getMessage().contains("EX-1"), refused.getMessage());
        assertEquals(ApplicationStatus.INTERVIEW_SCHEDULED, status(id), "nothing changed");
        assertEquals("none", finalDecision(id));
        assertEquals(0, mails("adopted:" + id), "no adoption notice");

        // Once the fact is corrected the same adoption goes through: the refusal was the rule's.
        as(screener::call, () -> service.recordFact(id, CorrectableAnswer.LEGAL_FORM, "KK", "登記簿を再確認"));
        as(screener::call, () -> service.adopt(id));
        assertEquals(ApplicationStatus.ADOPTED, status(id));
        assertEquals(1, mails("adopted:" + id));
    }

    @Test
    void noDecisionIsTakenOnAWithdrawnApplication_SCREEN_3_APPLY_3() throws Exception {
        Submitted s = scoredInDocumentScreening("辞退後判定株式会社");
        long id = s.id();
        desk.withdraw(programmeId(), s.owner(), "社内事情");
        assertEquals(ApplicationStatus.WITHDRAWN, status(id));

        Map<String, Work> decisions = Map.of(
                "adopt", () -> service.adopt(id),
                "reject", () -> service.reject(id, "QZXWWITHDRAWNREASON", List.of()),
                "pass documents", () -> service.passDocuments(id));
        for (var decision : decisions.entrySet()) {
            RuleViolationException refused = assertThrows(RuleViolationException.class, attempt(screener::call, decision.getValue()),
                    decision.getKey());
            assertEquals(RuleId.APPLY_3, refused.rule().orElseThrow(), decision.getKey());
        }
        assertEquals(ApplicationStatus.WITHDRAWN, status(id), "still withdrawn");
        assertEquals("none", finalDecision(id));
        assertEquals(0, mails("adopted:" + id));
        assertEquals(0, mails("rejected:" + id));
    }

    @Test
    void coordinatorAndApplicantCallersAreRefusedEveryScreeningDecision() throws Exception {
        long id = interviewScheduled("権限確認株式会社");
        // Each caller does hold its own role: the refusals below are the screening boundary's.
        as(coordinator::call, () -> supportBoundary.casePage(0, 25));
        as(applicant::call, () -> applicantBoundary.mine());
        Map<String, Caller> outsiders = Map.of("COORDINATOR", coordinator::call, "APPLICANT", applicant::call);
        Map<String, Work> decisions = Map.of(
                "adopt", () -> service.adopt(id),
                "reject", () -> service.reject(id, "QZXWOUTSIDERREASON", List.of()),
                "pass documents", () -> service.passDocuments(id),
                "record a fact", () -> service.recordFact(id, CorrectableAnswer.LEGAL_FORM, "OTHER", "x"),
                "view the application", () -> service.detail(id));
        for (var who : outsiders.entrySet()) {
            for (var decision : decisions.entrySet()) {
                assertThrows(EJBAccessException.class, attempt(who.getValue(), decision.getValue()),
                        who.getKey() + " may not " + decision.getKey());
            }
        }
        assertThrows(EJBAccessException.class, () -> service.adopt(id), "nor may an unauthenticated caller");
        assertEquals(ApplicationStatus.INTERVIEW_SCHEDULED, status(id), "nothing changed");
        assertEquals("none", finalDecision(id));
        assertEquals(0, mails("adopted:" + id));
        assertEquals(0, mails("rejected:" + id));
        // The same call is the screener's to make.
        as(screener::call, () -> service.detail(id));
    }

    @Test
    void adminHandsALeavingScreenersApplicationsAwaitingADecisionToAnotherAndAssignsOnlyScreeningStaffWhoCanSignIn_SCREEN_1()
            throws Exception {
        int n = SEQ.incrementAndGet();
        String leaver = "leaving-screener" + n + "@example.jp";
        tx.begin();
        long leaverId = accounts.add(UserAccount.createActive(leaver, "x", Role.SCREENER, "Leaving " + n, "ja", Instant.now())).getId();
        tx.commit();
        long inDocuments = scoredInDocumentScreening("引継ぎ一株式会社").id();
        long inInterview = interviewScheduled("引継ぎ二株式会社");
        Submitted withdrawn = scoredInDocumentScreening("引継ぎ三株式会社");
        for (long id : List.of(inDocuments, inInterview, withdrawn.id())) {
            as(admin::call, () -> service.assign(id, " " + leaver.toUpperCase(Locale.ROOT) + " "));
            assertEquals(leaver, assignee(id), "the account's address, however it was typed");
        }
        desk.withdraw(programmeId(), withdrawn.owner(), "社内事情");
        assertEquals(3, subjectsTo(leaver, StaffMail.APPLICATIONS_ASSIGNED).size(), "told of each application given to them");
        as(admin::call, () -> service.assign(inDocuments, leaver));
        assertEquals(3, subjectsTo(leaver, StaffMail.APPLICATIONS_ASSIGNED).size(), "not told again of one they already had");

        // Only screening staff who can sign in are assigned: anyone else would leave the application waiting for nobody.
        for (String wrong : List.of("coordinator@example.jp", "applicant@example.jp", "nobody@example.jp")) {
            RuleViolationException e = assertThrows(RuleViolationException.class, attempt(admin::call, () -> service.assign(inDocuments, wrong)),
                    wrong);
            assertEquals(RuleId.SCREEN_1, e.rule().orElseThrow());
            assertEquals("screening.notAScreener", e.messageKey());
        }
        assertEquals(leaver, assignee(inDocuments), "nothing changed");

        // The users list shows ADMIN what the leaver still has: the two applications awaiting a decision.
        assertEquals(2, admin.call(() -> accountService.accounts(leaver, 0, 10)).get(0).assignedWork());
        assertEquals("handOver.sameAccount",
                assertThrows(InvalidDataException.class, () -> admin.call(() -> service.handOver(leaver, leaver))).messageKey());
        assertEquals(RuleId.SCREEN_1, assertThrows(RuleViolationException.class,
                () -> admin.call(() -> service.handOver(leaver, "coordinator@example.jp"))).rule().orElseThrow());
        assertThrows(EJBAccessException.class, () -> screener.call(() -> service.handOver(leaver, "screener@example.jp")), "ADMIN only");
        assertEquals(leaver, assignee(inInterview), "nothing handed over by a refusal");

        List<String> before = subjectsTo("screener@example.jp", StaffMail.APPLICATIONS_ASSIGNED);
        assertEquals(2, admin.call(() -> service.handOver(leaver, "screener@example.jp")));
        List<String> told = subjectsTo("screener@example.jp", StaffMail.APPLICATIONS_ASSIGNED);
        assertEquals(before.size() + 1, told.size(), "one e-mail for the whole hand-over: " + told);
        assertTrue(told.get(told.size() - 1).contains("申込 2 件"), "in the screener's language, with the count: " + told);
        assertEquals("screener@example.jp", assignee(inDocuments));
        assertEquals("screener@example.jp", assignee(inInterview));
        assertEquals(leaver, assignee(withdrawn.id()), "a withdrawn application keeps the screener who had it");
        assertEquals(0, admin.call(() -> accountService.accounts(leaver, 0, 10)).get(0).assignedWork());
        assertEquals(0, admin.call(() -> service.handOver(leaver, "screener@example.jp")), "nothing left to hand over");

        // Disabled, the leaver is neither offered nor assigned any more.
        assertTrue(admin.call(() -> accountService.disableAccount(leaverId)));
        assertFalse(admin.call(() -> service.screeners()).contains(leaver));
        assertEquals(RuleId.SCREEN_1, assertThrows(RuleViolationException.class,
                attempt(admin::call, () -> service.assign(inDocuments, leaver))).rule().orElseThrow());
        assertEquals("screener@example.jp", assignee(inDocuments));
    }

    @Test
    void adminFindsTheApplicationsNobodyIsAssignedToInTheInboxAndEachRowShowsWhoHasIt_SCREEN_1() throws Exception {
        long waiting = complete("担当者なし株式会社").id();
        long started = scoredInDocumentScreening("担当者あり株式会社").id();
        InboxFilter nobody = new InboxFilter(null, null, null, null, null, null, null, InboxFilter.UNASSIGNED, null);
        List<Long> listed = admin.call(() -> service.inbox(nobody, InboxRepository.Sort.SUBMITTED_AT, false, 0, 500)).stream()
                .map(InboxRow::id).toList();
        assertTrue(listed.contains(waiting), "the complete application nobody has started: " + listed);
        assertFalse(listed.contains(started), "screening started: the screener is assigned");
        assertEquals(listed.size(), (long) admin.call(() -> service.inboxCount(nobody)), "the count agrees with the list");
        List<InboxRow> unassigned = admin.call(() -> service.inbox(nobody, InboxRepository.Sort.SUBMITTED_AT, false, 0, 500));
        assertTrue(unassigned.stream().allMatch(r -> r.assignedScreener() == null), "nobody's: " + unassigned);
        as(admin::call, () -> service.assign(waiting, "screener@example.jp"));
        assertFalse(admin.call(() -> service.inbox(nobody, InboxRepository.Sort.SUBMITTED_AT, false, 0, 500)).stream()
                .anyMatch(r -> r.id() == waiting), "assigned: no longer listed");
        InboxRow row = admin.call(() -> service.inbox(InboxFilter.none(), InboxRepository.Sort.SUBMITTED_AT, false, 0, 500)).stream()
                .filter(r -> r.id() == waiting).findFirst().orElseThrow();
        assertEquals("screener@example.jp", row.assignedScreener(), "the inbox's row names who has it");
        assertEquals("screener@example.jp", admin.call(() -> service.detail(waiting)).assignedScreener(), "and so does the application's page");
    }

    /**
     * SCREEN-4: a rejection points the company to catalogue services still offered; one retired
     * since the page was opened, or an id that was never a service, is refused by name and the
     * application stays undecided (no e-mail goes out).
     */
    @Test
    void aRejectionPointsOnlyToServicesStillOffered_SCREEN_4() throws Exception {
        long id = scoredInDocumentScreening("不採択案内株式会社").id();
        admin.call(() -> {
            catalogue.add("不採択時の案内テスト", "Pointer test service", "JETRO", null, false);
            catalogue.add("不採択時の案内テスト（継続）", "Pointer test service (offered)", "JETRO", null, false);
            return null;
        });
        long retired = em.createQuery("select s.id from ServiceOffering s where s.nameJa = :n", Long.class)
                .setParameter("n", "不採択時の案内テスト").getSingleResult();
        as(admin::call, () -> catalogue.retire(retired));
        long stillOffered = em.createQuery("select s.id from ServiceOffering s where s.nameJa = :n", Long.class)
                .setParameter("n", "不採択時の案内テスト（継続）").getSingleResult();
        for (long wrong : new long[] {retired, 987_654_321L}) {
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> as(screener::call, () -> service.reject(id, "理由", List.of(stillOffered, wrong))));
            assertEquals(RuleId.SCREEN_4, refused.rule().orElseThrow());
            assertEquals("catalogue.notOffered", refused.messageKey());
            assertEquals(List.of(wrong), refused.arguments());
        }
        assertEquals(ApplicationStatus.DOCUMENT_SCREENING, status(id), "not decided by a refusal");
        as(screener::call, () -> service.reject(id, "理由", List.of(stillOffered)));
        assertEquals(ApplicationStatus.REJECTED, status(id));
    }

    /**
     * Two staff save the same application at the same moment: the one whose transaction read it
     * before the other's save committed loses, with the exception that the screens answer with
     * the "someone else saved first" page (ConcurrentChange), and the first save is kept.
     */
    @Test
    void aSaveThatLostARaceWithAnotherUsersSaveIsTakenForAConflictNotAFault_SCREEN_1() throws Exception {
        long id = complete("同時保存株式会社").id();
        tx.begin();
        Application read = applications.find(id).orElseThrow(); // this user's transaction has read it
        assertEquals("none", read.getAssignedScreener().orElse("none"));
        // ADMIN's assignment commits in between, in a transaction of its own (another thread).
        executor.submit(() -> {
            as(admin::call, () -> service.assign(id, "screener@example.jp"));
            return null;
        }).get();
        read.assignScreener("admin@example.jp");
        Exception lost = assertThrows(Exception.class, () -> tx.commit());
        assertTrue(ConcurrentChange.in(lost), "answered with the conflict page, not the error page: " + lost);
        assertEquals("screener@example.jp", assignee(id), "the save that came first is kept");
    }

    @Test
    void adminSharesOutTheOldestApplicationsNobodyIsAssignedToAndTheScreenerIsToldOnce_SCREEN_1() throws Exception {
        complete("割り振り一株式会社");
        complete("割り振り二株式会社");
        InboxFilter nobody = new InboxFilter(null, null, null, null, null, null, null, InboxFilter.UNASSIGNED, null);
        long waiting = admin.call(() -> service.inboxCount(nobody));
        assertTrue(waiting >= 2, "at least the two new ones wait: " + waiting);
        long oldest = admin.call(() -> service.inbox(nobody, InboxRepository.Sort.SUBMITTED_AT, true, 0, 1)).get(0).id();

        assertEquals(RuleId.SCREEN_1, assertThrows(RuleViolationException.class,
                () -> admin.call(() -> service.assignOldestUnassigned("coordinator@example.jp", 1))).rule().orElseThrow());
        assertThrows(EJBAccessException.class, () -> screener.call(() -> service.assignOldestUnassigned("screener@example.jp", 1)),
                "ADMIN only");
        assertEquals(waiting, (long) admin.call(() -> service.inboxCount(nobody)), "nothing assigned by a refusal");

        int mailsBefore = subjectsTo("screener@example.jp", StaffMail.APPLICATIONS_ASSIGNED).size();
        assertEquals(1, (int) admin.call(() -> service.assignOldestUnassigned("screener@example.jp", 1)));
        assertEquals("screener@example.jp", assignee(oldest), "the oldest submission first");
        assertEquals(waiting - 1, (long) admin.call(() -> service.inboxCount(nobody)));
        assertEquals(waiting - 1, (long) admin.call(() -> service.assignOldestUnassigned("screener@example.jp", ScreeningService.SHARE_OUT_MAX)),
                "asked for more than wait: those that wait");
        assertEquals(0, (long) admin.call(() -> service.inboxCount(nobody)));
        assertEquals(0, (int) admin.call(() -> service.assignOldestUnassigned("screener@example.jp", 5)), "none left");
        List<String> told = subjectsTo("screener@example.jp", StaffMail.APPLICATIONS_ASSIGNED);
        assertEquals(mailsBefore + 2, told.size(), "one e-mail per share-out that gave something: " + told);
        assertTrue(told.get(told.size() - 1).contains("申込 " + (waiting - 1) + " 件"), told.toString());
    }
}

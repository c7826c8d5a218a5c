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
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.PositionAnswers;
import app.banso.domain.intake.SampleAnswers;
import app.banso.domain.intake.StatusOfResidence;
import app.banso.domain.programme.Programme;
import app.banso.domain.shared.BusinessException;
import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.intake.CheckedPdf;
import app.banso.ejb.intake.ConsentPdfChecker;
import app.banso.ejb.intake.IntakeDesk;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.intake.ConsentRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.InboxFilter;
import app.banso.persistence.screening.InboxRepository;
import app.banso.persistence.screening.InboxRow;
import app.banso.ejb.screening.ScreeningService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application journey's rules in the EJB layer, on the configured database (PostgreSQL in
 * CI): drafts, submission refusals, one application per corporate number, the capacity race,
 * the waiting list and the consent form.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @Inject IntakeDesk desk;
    @Inject ApplicationService boundary;
    @Inject ProgrammeRepository programmes;
    @Inject ApplicationRepository applications;
    @Inject ConsentRepository consents;
    @Inject UserAccountRepository accounts;
    @Resource UserTransaction tx;
    @Resource ManagedExecutorService executor;
    @PersistenceContext(unitName = "banso") EntityManager em;

    private long programmeId() {
        return programmes.findByFiscalYear(2026).orElseThrow().getId();
    }

    private long newApplicant() throws Exception {
        tx.begin();
        long id = accounts.add(UserAccount.createActive("intake" + SEQ.incrementAndGet() + "@example.jp", "not-a-real-hash",
                Role.APPLICANT, "Applicant " + SEQ.get(), "ja", Instant.now())).getId();
        tx.commit();
        return id;
    }

    /** A 13-digit corporate number with a valid check digit, different for each n. */
    private static String corporateNumber(int n) {
        String base = String.format("%012d", 400_000_000_000L + n * 7919L);
        return CorporateNumber.checkDigitOf(base) + base;
    }

    private static ApplicationDraft completeDraft(String corporateNumber) {
        return new ApplicationDraft(SampleAnswers.company(corporateNumber, "試験株式会社" + corporateNumber.substring(9)),
                SampleAnswers.eligibility(), SampleAnswers.positions(), SampleAnswers.motivation(), SampleAnswers.allDeclared());
    }

    private void setCapacityToPlacesLeft(int placesLeft) throws Exception {
        tx.begin();
        Programme p = programmes.lock(programmeId());
        p.changeCapacity((int) applications.countAgainstCapacity(p.getId(), p.getCapacityBasis()) + placesLeft);
        tx.commit();
    }

    private static byte[] onePagePdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void draftIsSavedAndRestoredExactly_APPLY_2() throws Exception {
        long me = newApplicant();
        ApplicationDraft draft = completeDraft(corporateNumber(1));
        draft.getCompany().setAddress("千代田区丸の内1-1-1");
        PositionAnswers second = new PositionAnswers();
        second.setStatusOfResidence(StatusOfResidence.HIGHLY_SKILLED_PROFESSIONAL);
        draft.getPositions().add(second);
        desk.saveDraft(programmeId(), me, draft);

        Application restored = desk.find(programmeId(), me).orElseThrow();
        assertEquals(ApplicationStatus.DRAFT, restored.getStatus());
        assertEquals("千代田区丸の内1-1-1", restored.getCompanyAnswers().getAddress());
        assertEquals(2, restored.getPositions().size());
        assertEquals(StatusOfResidence.HIGHLY_SKILLED_PROFESSIONAL, restored.getPositions().get(1).getStatusOfResidence());
        assertTrue(restored.getDraftSavedAt().isPresent());
    }

    @Test
    void submissionWithAFailingExclusionIsRefusedByTheEjb_EX_1() throws Exception {
        long me = newApplicant();
        ApplicationDraft draft = completeDraft(corporateNumber(2));
        draft.getCompany().setLegalForm(LegalForm.OTHER);
        desk.saveDraft(programmeId(), me, draft);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> desk.submit(programmeId(), me));
        assertEquals(RuleId.EX_1, e.rule().orElseThrow());
        assertEquals(ApplicationStatus.DRAFT, desk.find(programmeId(), me).orElseThrow().getStatus(), "nothing changed");
    }

    @Test
    void incompleteDraftIsRefusedWithTheCountOfMissingAnswers() throws Exception {
        long me = newApplicant();
        ApplicationDraft draft = completeDraft(corporateNumber(3));
        draft.getCompany().setAddress(null);
        draft.getMotivation().setExpectedResults(null);
        desk.saveDraft(programmeId(), me, draft);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> desk.submit(programmeId(), me));
        assertEquals("submit.incomplete", e.messageKey());
        assertEquals(List.of(2), e.arguments());
    }

    @Test
    void onlyOneApplicationPerCorporateNumberAndProgramme() throws Exception {
        setCapacityToPlacesLeft(10);
        String number = corporateNumber(4);
        long first = newApplicant();
        long second = newApplicant();
        desk.saveDraft(programmeId(), first, completeDraft(number));
        desk.saveDraft(programmeId(), second, completeDraft(number));
        assertEquals(ApplicationStatus.SUBMITTED, desk.submit(programmeId(), first).getStatus());
        assertThrows(ConflictException.class, () -> desk.submit(programmeId(), second));
        assertEquals(ApplicationStatus.DRAFT, desk.find(programmeId(), second).orElseThrow().getStatus());
    }

    @Test
    void repeatedSubmitChangesNothing() throws Exception {
        setCapacityToPlacesLeft(10);
        long me = newApplicant();
        desk.saveDraft(programmeId(), me, completeDraft(corporateNumber(5)));
        desk.submit(programmeId(), me);
        long counted = applications.countAgainstCapacity(programmeId(), app.banso.domain.programme.CapacityBasis.SUBMITTED);
        desk.submit(programmeId(), me);
        assertEquals(counted, applications.countAgainstCapacity(programmeId(), app.banso.domain.programme.CapacityBasis.SUBMITTED));
    }

    @Test
    void submittingAfterTheIntakeClosedIsRefusedAndTheDraftIsKept_APPLY_4() throws Exception {
        setCapacityToPlacesLeft(10);
        long me = newApplicant();
        desk.saveDraft(programmeId(), me, completeDraft(corporateNumber(6)));
        tx.begin();
        Programme p = programmes.lock(programmeId());
        var schedule = p.getSchedule();
        java.time.LocalDate yesterday = java.time.LocalDate.now(app.banso.ejb.platform.ClockProducer.JAPAN).minusDays(1);
        assertTrue(schedule.intakeOpens().isBefore(yesterday), "the demo programme opened before yesterday");
        p.reschedule(new app.banso.domain.programme.ProgrammeSchedule(schedule.intakeOpens(), yesterday, schedule.supportEnds()));
        tx.commit();
        try {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> desk.submit(programmeId(), me));
            assertEquals(RuleId.APPLY_4, refused.rule().orElseThrow());
            assertEquals("intake.closed", refused.messageKey());
            assertEquals(app.banso.domain.intake.ApplicationStatus.DRAFT,
                    applications.findByOwner(programmeId(), me).orElseThrow().getStatus(), "still a draft, nothing lost");
        } finally {
            tx.begin();
            programmes.lock(programmeId()).reschedule(schedule);
            tx.commit();
        }
    }

    @Test
    void fiftySimultaneousSubmissionsForTheLastFivePlacesAcceptExactlyFive_APPLY_4() throws Exception {
        int contenders = 50;
        List<Long> owners = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            long owner = newApplicant();
            desk.saveDraft(programmeId(), owner, completeDraft(corporateNumber(100 + i)));
            owners.add(owner);
        }
        setCapacityToPlacesLeft(5);
        long programmeId = programmeId();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (long owner : owners) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    return desk.submit(programmeId, owner).getStatus().name();
                } catch (BusinessException e) {
                    return e.rule().map(RuleId::code).orElse("?") + ":" + e.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        assertEquals(5, outcomes.stream().filter("SUBMITTED"::equals).count(), outcomes.toString());
        assertEquals(45, outcomes.stream().filter("APPLY-4:intake.full"::equals).count(), outcomes.toString());
        // A fresh transaction: the executor's tasks ended the invocation that held the
        // non-transactional persistence context of this thread.
        tx.begin();
        Programme p = programmes.findByFiscalYear(2026).orElseThrow();
        assertEquals(p.getCapacity(), applications.countAgainstCapacity(p.getId(), p.getCapacityBasis()));
        tx.commit();
        System.out.println("Capacity race: " + contenders + " concurrent submissions, 5 places -> " + outcomes.stream()
                .filter("SUBMITTED"::equals).count() + " accepted");
    }

    @Test
    void withdrawalGivesTheFreedPlaceToTheFirstOnTheWaitingList_APPLY_3_APPLY_4() throws Exception {
        setCapacityToPlacesLeft(1);
        long placed = newApplicant();
        desk.saveDraft(programmeId(), placed, completeDraft(corporateNumber(200)));
        desk.submit(programmeId(), placed);
        long firstWaiting = newApplicant();
        long secondWaiting = newApplicant();
        desk.saveDraft(programmeId(), firstWaiting, completeDraft(corporateNumber(201)));
        desk.saveDraft(programmeId(), secondWaiting, completeDraft(corporateNumber(202)));
        RuleViolationException full = assertThrows(RuleViolationException.class, () -> desk.submit(programmeId(), firstWaiting));
        assertEquals(RuleId.APPLY_4, full.rule().orElseThrow());
        desk.joinWaitingList(programmeId(), firstWaiting);
        desk.joinWaitingList(programmeId(), secondWaiting);

        desk.withdraw(programmeId(), placed, "Hired elsewhere");

        assertEquals(ApplicationStatus.WITHDRAWN, desk.find(programmeId(), placed).orElseThrow().getStatus());
        assertEquals(ApplicationStatus.SUBMITTED, desk.find(programmeId(), firstWaiting).orElseThrow().getStatus(), "first in line promoted");
        assertEquals(ApplicationStatus.DRAFT, desk.find(programmeId(), secondWaiting).orElseThrow().getStatus(), "second still waits");
        long firstId = desk.find(programmeId(), firstWaiting).orElseThrow().getId();
        assertEquals(1L, em.createQuery("select count(m) from MailMessage m where m.dedupKey = :k", Long.class)
                .setParameter("k", "promoted:" + firstId).getSingleResult(), "promotion e-mail queued");
    }

    @Test
    void consentFormIsStoredWithItsHashAndCompletesASubmittedApplication_APPLY_1() throws Exception {
        setCapacityToPlacesLeft(10);
        long me = newApplicant();
        desk.saveDraft(programmeId(), me, completeDraft(corporateNumber(300)));
        desk.submit(programmeId(), me);
        byte[] pdf = onePagePdf();
        CheckedPdf checked = new ConsentPdfChecker().check(pdf, "../../署名済み同意書.pdf", 10 * 1024 * 1024);
        desk.uploadConsent(programmeId(), me, checked, pdf);

        Application a = desk.find(programmeId(), me).orElseThrow();
        assertEquals(ApplicationStatus.COMPLETE, a.getStatus());
        var document = consents.findDocument(a.getId()).orElseThrow();
        assertEquals("署名済み同意書.pdf", document.getOriginalName());
        assertFalse(document.getStoredName().contains("同意書"), "stored under a generated name");
        assertEquals(checked.sha256Hex(), document.getSha256());
        assertEquals(pdf.length, consents.findContent(a.getId()).orElseThrow().getContent().length);
    }

    @Test
    void badConsentFilesAreRejectedAndNothingIsStored() throws Exception {
        long me = newApplicant();
        desk.saveDraft(programmeId(), me, completeDraft(corporateNumber(400)));
        ConsentPdfChecker checker = new ConsentPdfChecker();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes();
        byte[] exe = new byte[] {'M', 'Z', 0, 0, 3, 0};
        byte[] pdf = onePagePdf();
        byte[] broken = java.util.Arrays.copyOf(pdf, pdf.length / 2);
        assertEquals("consent.notPdf", assertThrows(InvalidDataException.class, () -> checker.check(html, "a.pdf", 10_000_000)).messageKey());
        assertEquals("consent.notPdf", assertThrows(InvalidDataException.class, () -> checker.check(exe, "a.pdf", 10_000_000)).messageKey());
        assertEquals("consent.empty", assertThrows(InvalidDataException.class, () -> checker.check(new byte[0], "a.pdf", 10_000_000)).messageKey());
        assertEquals("consent.tooLarge", assertThrows(InvalidDataException.class, () -> checker.check(pdf, "a.pdf", 100)).messageKey());
        assertEquals("consent.broken", assertThrows(InvalidDataException.class, () -> checker.check(broken, "a.pdf", 10_000_000)).messageKey());
        long applicationId = desk.find(programmeId(), me).orElseThrow().getId();
        assertTrue(consents.findDocument(applicationId).isEmpty());
        assertTrue(desk.find(programmeId(), me).orElseThrow().getConsentReceivedAt().isEmpty());
    }

    @Inject InboxRepository inbox;
    @Inject ScreeningService screening;

    @Test
    void inboxFiltersSortsAndPagesInTheDatabaseAndTreatsSearchTextAsLiteral() throws Exception {
        setCapacityToPlacesLeft(10);
        for (int i = 0; i < 3; i++) {
            long owner = newApplicant();
            ApplicationDraft draft = completeDraft(corporateNumber(500 + i));
            draft.getCompany().setLegalNameJa("受信箱テスト" + i + "株式会社");
            desk.saveDraft(programmeId(), owner, draft);
            desk.submit(programmeId(), owner);
        }
        long drafter = newApplicant();
        ApplicationDraft hidden = completeDraft(corporateNumber(510));
        hidden.getCompany().setLegalNameJa("受信箱テスト下書き株式会社");
        desk.saveDraft(programmeId(), drafter, hidden);

        InboxFilter byName = new InboxFilter(null, null, null, null, null, null, "受信箱テスト");
        assertEquals(3, inbox.count(programmeId(), byName), "drafts are not in the inbox");
        List<InboxRow> firstPage = inbox.page(programmeId(), byName, InboxRepository.Sort.COMPANY, true,
                new app.banso.persistence.platform.PageRequest(0, 2));
        assertEquals(List.of("受信箱テスト0株式会社", "受信箱テスト1株式会社"), firstPage.stream().map(InboxRow::legalNameJa).toList());
        List<InboxRow> secondPage = inbox.page(programmeId(), byName, InboxRepository.Sort.COMPANY, true,
                new app.banso.persistence.platform.PageRequest(2, 2));
        assertEquals(List.of("受信箱テスト2株式会社"), secondPage.stream().map(InboxRow::legalNameJa).toList());
        assertEquals(0, inbox.count(programmeId(), new InboxFilter(null, null, null, null, null, null, "' OR '1'='1")));
        assertEquals(0, inbox.count(programmeId(), new InboxFilter(null, null, null, null, null, null, "%")));
        assertEquals(1, inbox.count(programmeId(), new InboxFilter(null, null, null, null, null, null, corporateNumber(501))));
        assertTrue(inbox.countsByStatus(programmeId()).get(ApplicationStatus.SUBMITTED) >= 3);

        // Rule flags come from the evaluation stored on submission (MAYBE-1 answered "no").
        long flagged = newApplicant();
        ApplicationDraft maybe = completeDraft(corporateNumber(520));
        maybe.getCompany().setLegalNameJa("受信箱フラグ株式会社");
        maybe.getEligibility().setFinancialBaseSufficient(false);
        desk.saveDraft(programmeId(), flagged, maybe);
        desk.submit(programmeId(), flagged);
        InboxFilter flags = new InboxFilter(null, null, null, null, null, null, "受信箱", null,
                app.banso.domain.intake.RuleOutcome.FLAG);
        assertEquals(List.of("受信箱フラグ株式会社"), inbox.page(programmeId(), flags, InboxRepository.Sort.COMPANY, true,
                new app.banso.persistence.platform.PageRequest(0, 10)).stream().map(InboxRow::legalNameJa).toList());
        assertThrows(EJBAccessException.class, () -> screening.inbox(InboxFilter.none(), null, true, 0, 10));
        assertThrows(EJBAccessException.class, () -> screening.detail(1));
    }

    @Test
    void applicantBoundaryRefusesAnonymousCallers() {
        assertThrows(EJBAccessException.class, () -> boundary.mine());
        assertThrows(EJBAccessException.class, () -> boundary.submit());
        assertThrows(EJBAccessException.class, () -> boundary.withdraw("x"));
    }
}

package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.PasswordHashing;
import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationEventType;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.CorporateNumber;
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.PositionAnswers;
import app.banso.domain.intake.RuleOutcome;
import app.banso.domain.intake.SampleAnswers;
import app.banso.domain.intake.StatusOfResidence;
import app.banso.domain.programme.CapacityBasis;
import app.banso.domain.programme.Programme;
import app.banso.domain.programme.ProgrammeSchedule;
import app.banso.domain.shared.BusinessException;
import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.JapanTime;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.intake.CheckedPdf;
import app.banso.ejb.intake.ConsentPdfChecker;
import app.banso.ejb.intake.IntakeDesk;
import app.banso.ejb.screening.ScreeningService;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.intake.ChangeRequestRepository;
import app.banso.persistence.intake.ConsentRepository;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.InboxFilter;
import app.banso.persistence.screening.InboxRepository;
import app.banso.persistence.screening.InboxRow;
import app.banso.web.platform.Messages;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.eclipse.microprofile.config.ConfigProvider;
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

    private static final String PASSWORD = "Banso-demo-2026";

    @Deployment
    static WebArchive deployment() {
        // The HTTP client drives the real screens as a signed-in applicant: the applicant's
        // boundary finds the application from the caller, so it is reached the way the web reaches it.
        return Deployments.realWar().addClasses(WebClient.class, CrashDriver.class, CrashDriver.Outcome.class);
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

    /** An applicant who can sign in (with {@link #PASSWORD}). @return the account id */
    private long applicantWithPassword(String email) throws Exception {
        tx.begin();
        long id = accounts.add(UserAccount.createActive(email, new PasswordHashing().hash(PASSWORD.toCharArray()),
                Role.APPLICANT, "Applicant " + email, "ja", Instant.now())).getId();
        tx.commit();
        return id;
    }

    private static WebClient signedIn(String email) throws Exception {
        WebClient c = new WebClient();
        HttpResponse<String> r = c.signIn(email, PASSWORD, "");
        assertEquals(302, r.statusCode(), "signed in as " + email);
        return c;
    }

    /** A text of the Japanese screens (the test applicants work in Japanese), as the page escapes it. */
    private static String ja(String key, Object... args) {
        return Messages.text(Locale.JAPANESE, key, args)
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The application form as the browser holds it: page, CSP nonce and view state. */
    private static final class FormPage {
        final WebClient client;
        final String html;
        final String nonce;
        String viewState;

        FormPage(WebClient client) throws Exception {
            this.client = client;
            this.html = client.get("/applicant/application.xhtml").body();
            this.nonce = WebClient.nonce(html);
            this.viewState = WebClient.viewState(html);
        }

        /** The message element under an input (the banso:field tag puts it right after the input). */
        String messageIdOf(String inputId) {
            int at = html.indexOf("id=\"" + inputId + "\"");
            assertTrue(at >= 0, inputId + " is on the page");
            Matcher m = Pattern.compile("<div id=\"([^\"]+)\"[^>]*class=\"ui-message").matcher(html);
            assertTrue(m.find(at), "a message element follows " + inputId);
            return m.group(1);
        }

        /** One field's autosave, as its change event sends it; renders what the page marks banso-live. */
        HttpResponse<String> autosave(String inputId, String value) throws Exception {
            List<String> live = WebClient.liveIds(html);
            Map<String, String> post = new LinkedHashMap<>();
            post.put("jakarta.faces.partial.ajax", "true");
            post.put("jakarta.faces.source", inputId);
            post.put("jakarta.faces.partial.execute", inputId);
            post.put("jakarta.faces.partial.render", String.join(" ", live));
            post.put("jakarta.faces.behavior.event", "change");
            post.put("jakarta.faces.partial.event", "change");
            post.put("form", "form");
            post.put(inputId, value);
            post.put("primefaces.nonce", nonce);
            post.put("jakarta.faces.ViewState", viewState);
            HttpResponse<String> r = client.post("/applicant/application.xhtml", post);
            assertEquals(200, r.statusCode());
            keepViewState(r.body());
            return r;
        }

        void keepViewState(String partialResponse) {
            viewState = WebClient.partialViewState(partialResponse, viewState);
        }

        /** The part of a partial response that re-renders one element. */
        static String update(String partialResponse, String id) {
            int at = partialResponse.indexOf("<update id=\"" + id + "\">");
            assertTrue(at >= 0, id + " is re-rendered: " + partialResponse);
            return partialResponse.substring(at, partialResponse.indexOf("</update>", at));
        }
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
    void savingTheSameAnswersAgainWritesNothing_APPLY_2() throws Exception {
        long me = newApplicant();
        desk.saveDraft(programmeId(), me, completeDraft(corporateNumber(7)));
        em.getEntityManagerFactory().getCache().evictAll();
        Application first = desk.find(programmeId(), me).orElseThrow();

        // The step navigation saves the draft as it is: a copy with the same answers.
        desk.saveDraft(programmeId(), me, completeDraft(corporateNumber(7)));
        em.getEntityManagerFactory().getCache().evictAll();
        Application same = desk.find(programmeId(), me).orElseThrow();
        assertEquals(first.getVersion(), same.getVersion(), "the row was not written");
        assertEquals(first.getDraftSavedAt(), same.getDraftSavedAt(), "saved at: still the time of the last change");

        ApplicationDraft changed = completeDraft(corporateNumber(7));
        changed.getPositions().get(0).setHires(5);
        desk.saveDraft(programmeId(), me, changed);
        em.getEntityManagerFactory().getCache().evictAll();
        Application after = desk.find(programmeId(), me).orElseThrow();
        assertEquals(first.getVersion() + 1, after.getVersion(), "one answer changed: written");
        assertEquals(5, after.getPositions().get(0).getHires());
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
        long counted = applications.countAgainstCapacity(programmeId(), CapacityBasis.SUBMITTED);
        desk.submit(programmeId(), me);
        assertEquals(counted, applications.countAgainstCapacity(programmeId(), CapacityBasis.SUBMITTED));
    }

    @Test
    void submittingAfterTheIntakeClosedIsRefusedAndTheDraftIsKept_APPLY_4() throws Exception {
        setCapacityToPlacesLeft(10);
        long me = newApplicant();
        desk.saveDraft(programmeId(), me, completeDraft(corporateNumber(6)));
        tx.begin();
        Programme p = programmes.lock(programmeId());
        var schedule = p.getSchedule();
        LocalDate yesterday = LocalDate.now(JapanTime.ZONE).minusDays(1);
        assertTrue(schedule.intakeOpens().isBefore(yesterday), "the demo programme opened before yesterday");
        p.reschedule(new ProgrammeSchedule(schedule.intakeOpens(), yesterday, schedule.supportEnds()));
        tx.commit();
        try {
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> desk.submit(programmeId(), me));
            assertEquals(RuleId.APPLY_4, refused.rule().orElseThrow());
            assertEquals("intake.closed", refused.messageKey());
            assertEquals(ApplicationStatus.DRAFT,
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

        // A draft on the waiting list is locked: a change is refused and none of it is kept; the
        // same answers again (a step of the form) change nothing and are not refused.
        ApplicationDraft edited = completeDraft(corporateNumber(202));
        edited.getCompany().setAddress("変更後の住所");
        RuleViolationException locked = assertThrows(RuleViolationException.class,
                () -> desk.saveDraft(programmeId(), secondWaiting, edited));
        assertEquals(RuleId.APPLY_4, locked.rule().orElseThrow());
        assertEquals("waitingList.locked", locked.messageKey());
        desk.saveDraft(programmeId(), secondWaiting, completeDraft(corporateNumber(202)));
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals(completeDraft(corporateNumber(202)).getCompany().getAddress(),
                desk.find(programmeId(), secondWaiting).orElseThrow().getCompanyAnswers().getAddress(), "the refused change was rolled back");

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
    void theFormLoadsEveryStepsScriptsUpFrontAndEachStepWorksAfterAStepChange() throws Exception {
        String email = "steps-" + System.nanoTime() + "@example.jp";
        long owner = applicantWithPassword(email);
        desk.saveDraft(programmeId(), owner, completeDraft(corporateNumber(410)));
        FormPage form = new FormPage(signedIn(email));
        assertTrue(form.html.contains("id=\"form:legalNameJa\""), "step 1 is on screen");
        assertFalse(form.html.contains("form:consentFile"), "step 6 is not on screen");
        // The view holds the step on screen only (application.xhtml): a step shown by ajax starts its
        // widgets with scripts the page already has. Without them the browser's consent upload never starts.
        for (String script : List.of("fileupload/fileupload.js", "datepicker/datepicker.js", "inputmask/inputmask.js")) {
            assertTrue(form.html.contains(script), script + " is loaded with the form");
        }

        var sixth = CrashDriver.goToStep(form.client, 6, form.nonce, form.viewState);
        assertTrue(sixth.body().contains("id=\"form:consentFile\""), "step 6 is rendered: " + sixth.body());
        assertFalse(sixth.body().contains("form:legalNameJa"), "step 1 has left the screen");
        form.keepViewState(sixth.body());
        var r = CrashDriver.upload(form.client, form.nonce, form.viewState, "signed-consent.pdf", onePagePdf());
        assertTrue(r.body().contains(ja("consent.uploaded", "signed-consent.pdf")), "step 6's upload is received: " + r.body());

        var first = CrashDriver.goToStep(form.client, 1, form.nonce, form.viewState);
        assertTrue(first.body().contains("value=\"" + corporateNumber(410) + "\""),
                "back on step 1, the saved answers are shown: " + first.body());
    }

    @Test
    void badConsentFilesUploadedThroughTheApplicantsScreenAreRefusedAndNothingIsStored_APPLY_1() throws Exception {
        String email = "consent-" + System.nanoTime() + "@example.jp";
        long owner = applicantWithPassword(email);
        desk.saveDraft(programmeId(), owner, completeDraft(corporateNumber(400)));
        long applicationId = desk.find(programmeId(), owner).orElseThrow().getId();
        // The limit the boundary applies (banso.consent.max-bytes, 10 MB unless configured otherwise).
        long limit = ConfigProvider.getConfig()
                .getOptionalValue("banso.consent.max-bytes", Long.class).orElse(10L * 1024 * 1024);
        byte[] pdf = onePagePdf();
        byte[] oversize = new byte[Math.toIntExact(limit + 1)];
        System.arraycopy(pdf, 0, oversize, 0, pdf.length); // a PDF's start: only the size is wrong

        // Uploaded from step 6 of the form, as the browser sends it: ApplicationFormBean.upload ->
        // ApplicationService.uploadConsent, with the signed-in applicant as the caller.
        FormPage form = new FormPage(signedIn(email));
        form.viewState = CrashDriver.step(form.client, 6, form.nonce, form.viewState);
        record Bad(String name, byte[] content, String expected) { }
        List<Bad> bad = List.of(
                new Bad("page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                        ja("consent.notPdf")),
                new Bad("setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}, ja("consent.notPdf")),
                new Bad("empty.pdf", new byte[0], ja("consent.empty")),
                new Bad("large.pdf", oversize, ja("consent.tooLarge", limit / (1024 * 1024))),
                new Bad("cut.pdf", Arrays.copyOf(pdf, pdf.length / 2), ja("consent.broken")));
        for (Bad file : bad) {
            var r = CrashDriver.upload(form.client, form.nonce, form.viewState, file.name(), file.content());
            assertEquals(200, r.statusCode(), file.name());
            form.keepViewState(r.body());
            assertTrue(r.body().contains(file.expected()), file.name() + " is refused with \"" + file.expected() + "\": " + r.body());
            assertFalse(r.body().contains(ja("consent.uploaded", file.name())), file.name() + " is not acknowledged");
            em.getEntityManagerFactory().getCache().evictAll();
            assertTrue(consents.findDocument(applicationId).isEmpty(), file.name() + ": no document stored");
            assertTrue(consents.findContent(applicationId).isEmpty(), file.name() + ": no content stored");
            assertTrue(applications.find(applicationId).orElseThrow().getConsentReceivedAt().isEmpty(), file.name() + ": nothing received");
        }

        // A real one-page PDF is accepted the same way, stored with its hash.
        var r = CrashDriver.upload(form.client, form.nonce, form.viewState, "signed-consent.pdf", pdf);
        assertTrue(r.body().contains(ja("consent.uploaded", "signed-consent.pdf")), r.body());
        em.getEntityManagerFactory().getCache().evictAll();
        var document = consents.findDocument(applicationId).orElseThrow();
        assertEquals("signed-consent.pdf", document.getOriginalName());
        assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)), document.getSha256());
        assertEquals(pdf.length, consents.findContent(applicationId).orElseThrow().getContent().length);
        assertTrue(applications.find(applicationId).orElseThrow().getConsentReceivedAt().isPresent());
    }

    /** The corporate number with its check digit changed, so that it no longer matches. */
    private static String wrongCheckDigit(String number) {
        return (char) ('0' + (number.charAt(0) - '0' + 1) % 10) + number.substring(1);
    }

    @Test
    void answersRefusedAsTypedAreSavedAndExplainedUnderTheirFieldsOnAutosaveAndAtSubmission_EX_3() throws Exception {
        setCapacityToPlacesLeft(10);
        String email = "fields-" + System.nanoTime() + "@example.jp";
        long owner = applicantWithPassword(email);
        String number = corporateNumber(600);
        ApplicationDraft draft = completeDraft(number);
        draft.getCompany().setWebsiteUrl("www.example.jp"); // no http(s)
        desk.saveDraft(programmeId(), owner, draft);
        FormPage form = new FormPage(signedIn(email));

        // Opening the form: the saved website address is explained under its field.
        String websiteMessage = form.messageIdOf("form:websiteUrl");
        int websiteAt = form.html.indexOf("<div id=\"" + websiteMessage + "\"");
        assertTrue(form.html.substring(websiteAt, websiteAt + 800).contains(ja("websiteUrl.format")), "under the website field on opening");

        // Autosave of a corporate number with a wrong check digit: saved as typed (APPLY-2), explained under the field at once.
        String wrong = wrongCheckDigit(number);
        String corporateMessage = form.messageIdOf("form:corporateNumber");
        var saved = form.autosave("form:corporateNumber", wrong);
        assertTrue(FormPage.update(saved.body(), corporateMessage).contains(ja("corporateNumber.checkDigit")),
                "the check digit is explained under the corporate number: " + saved.body());
        assertTrue(FormPage.update(saved.body(), websiteMessage).contains(ja("websiteUrl.format")), "the website stays explained");
        Application stored = applications.findByOwner(programmeId(), owner).orElseThrow();
        assertEquals(wrong, stored.getCompanyAnswers().getCorporateNumber(), "the typed number is kept");
        assertEquals("www.example.jp", stored.getCompanyAnswers().getWebsiteUrl(), "the typed address is kept");
        assertEquals(draft.getCompany().getLegalNameJa(), stored.getCompanyAnswers().getLegalNameJa(), "the rest is kept");

        // Submission is refused by the EJB on the field, before anything else is checked ...
        InvalidDataException refused = assertThrows(InvalidDataException.class, () -> desk.submit(programmeId(), owner));
        assertEquals("corporateNumber", refused.field());
        assertEquals("corporateNumber.checkDigit", refused.messageKey());

        // ... and the screen goes back to step 1 with the refusal under the field.
        form.viewState = CrashDriver.step(form.client, 7, form.nonce, form.viewState);
        var submitted = form.client.post("/applicant/application.xhtml", Map.of("form", "form", "form:submit", "",
                "primefaces.nonce", form.nonce, "jakarta.faces.ViewState", form.viewState));
        assertEquals(200, submitted.statusCode(), "not redirected to the status page");
        String page = submitted.body();
        assertTrue(page.contains(ja("submit.fieldInvalid")), "says that nothing was submitted");
        int input = page.indexOf("id=\"form:corporateNumber\"");
        assertTrue(input >= 0, "back on step 1");
        assertTrue(page.substring(input, input + 1500).contains(ja("corporateNumber.checkDigit")), "the refusal is under the field");
        assertEquals(ApplicationStatus.DRAFT, applications.findByOwner(programmeId(), owner).orElseThrow().getStatus());

        // With the number corrected, the website is what the EJB refuses, on its field.
        var corrected = new FormPage(form.client);
        corrected.autosave("form:corporateNumber", number);
        InvalidDataException website = assertThrows(InvalidDataException.class, () -> desk.submit(programmeId(), owner));
        assertEquals("websiteUrl", website.field());
        assertEquals("websiteUrl.format", website.messageKey());
    }

    @Inject ChangeRequestRepository changeRequests;

    @Test
    void changeRequestsAreRecordedOnTheTimelineAndShownToStaffButRefusedForDraftsAndWithdrawnApplications() throws Exception {
        setCapacityToPlacesLeft(10);
        String email = "change-" + System.nanoTime() + "@example.jp";
        long me = applicantWithPassword(email);
        desk.saveDraft(programmeId(), me, completeDraft(corporateNumber(700)));
        long id = desk.find(programmeId(), me).orElseThrow().getId();

        // A draft is edited, not changed by request.
        RuleViolationException draft = assertThrows(RuleViolationException.class,
                () -> desk.requestChange(programmeId(), me, "住所が変わります", email));
        assertEquals(RuleId.APPLY_2, draft.rule().orElseThrow());
        assertEquals("changeRequest.notNow", draft.messageKey());
        assertTrue(changeRequests.byApplication(id).isEmpty());

        desk.submit(programmeId(), me);
        String text = "本社を港区赤坂2-2-2に移転しました" + System.nanoTime();
        desk.requestChange(programmeId(), me, "  " + text + "  ", email);
        InvalidDataException blank = assertThrows(InvalidDataException.class, () -> desk.requestChange(programmeId(), me, "   ", email));
        assertEquals("validation.required", blank.messageKey());

        var recorded = changeRequests.byApplication(id);
        assertEquals(1, recorded.size());
        assertEquals(text, recorded.get(0).getText());
        assertEquals(email, recorded.get(0).getAuthor());
        tx.begin();
        Application submitted = desk.find(programmeId(), me).orElseThrow();
        assertEquals(ApplicationStatus.SUBMITTED, submitted.getStatus(), "a request changes no status");
        assertEquals(1, submitted.getEvents().stream().filter(e -> e.getType() == ApplicationEventType.CHANGE_REQUESTED).count(),
                "on the timeline");
        tx.commit();

        // The applicant sees it on the status page's timeline; staff see the text on the application.
        String status = signedIn(email).get("/applicant/status.xhtml").body();
        assertTrue(status.contains(ja("event.CHANGE_REQUESTED")), "the timeline shows the request");
        assertTrue(status.contains(text), "the applicant sees what was sent");
        String staffPage = signedIn("admin@example.jp").get("/staff/application.xhtml?id=" + id).body();
        assertTrue(staffPage.contains(text), "staff see the request on the application");

        // A finished application takes no more requests.
        desk.withdraw(programmeId(), me, null);
        RuleViolationException withdrawn = assertThrows(RuleViolationException.class,
                () -> desk.requestChange(programmeId(), me, "もう一つ", email));
        assertEquals(RuleId.APPLY_2, withdrawn.rule().orElseThrow());
        assertEquals("changeRequest.notNow", withdrawn.messageKey());
        assertEquals(1, changeRequests.byApplication(id).size(), "nothing recorded after the withdrawal");
    }

    @Test
    void aSecondApplicantNeverSeesTheFirstApplicantsDraft_APPLY_2() throws Exception {
        String firstEmail = "own-a-" + System.nanoTime() + "@example.jp";
        String secondEmail = "own-b-" + System.nanoTime() + "@example.jp";
        long first = applicantWithPassword(firstEmail);
        long second = applicantWithPassword(secondEmail);
        String secret = "下書き非公開" + System.nanoTime() + "株式会社";
        String number = corporateNumber(800);
        ApplicationDraft draft = completeDraft(number);
        draft.getCompany().setLegalNameJa(secret);
        desk.saveDraft(programmeId(), first, draft);
        Application firstDraft = desk.find(programmeId(), first).orElseThrow();
        long firstVersion = firstDraft.getVersion();
        assertTrue(desk.find(programmeId(), second).isEmpty(), "the second applicant has no application yet");

        // Signed in as the second applicant, the boundary (ApplicationService.mine / startOrResume,
        // through its screens) shows nothing of the first's draft and opens a new, empty one.
        WebClient b = signedIn(secondEmail);
        String status = b.get("/applicant/status.xhtml").body();
        assertTrue(status.contains(ja("status.none")), "no application of its own yet");
        FormPage form = new FormPage(b);
        for (String page : List.of(status, form.html, b.get("/applicant/index.xhtml").body(), b.get("/applicant/status.xhtml").body())) {
            assertFalse(page.contains(secret), "none of the first draft's answers");
            assertFalse(page.contains(number), "not even its corporate number");
        }
        Application secondDraft = desk.find(programmeId(), second).orElseThrow();
        assertFalse(secondDraft.getId().equals(firstDraft.getId()), "a draft of its own");
        assertTrue(secondDraft.getCompanyAnswers().getLegalNameJa() == null, "and an empty one");

        // What the second applicant types is saved to its own draft only.
        form.autosave("form:legalNameJa", "二番目の応募株式会社");
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals("二番目の応募株式会社", desk.find(programmeId(), second).orElseThrow().getCompanyAnswers().getLegalNameJa());
        Application firstAfter = desk.find(programmeId(), first).orElseThrow();
        assertEquals(secret, firstAfter.getCompanyAnswers().getLegalNameJa());
        assertEquals(firstVersion, firstAfter.getVersion(), "the first draft was not written at all");

        // The first applicant still finds its own draft; its status page says when it was last saved.
        WebClient a = signedIn(firstEmail);
        assertTrue(new FormPage(a).html.contains(secret));
        String savedAt = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
                .format(firstAfter.getDraftSavedAt().orElseThrow().atZone(JapanTime.ZONE));
        String firstStatus = a.get("/applicant/status.xhtml").body();
        assertTrue(firstStatus.contains(ja("status.lastSaved", savedAt)), "last saved, in Japan time: " + savedAt);
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
                new PageRequest(0, 2));
        assertEquals(List.of("受信箱テスト0株式会社", "受信箱テスト1株式会社"), firstPage.stream().map(InboxRow::legalNameJa).toList());
        List<InboxRow> secondPage = inbox.page(programmeId(), byName, InboxRepository.Sort.COMPANY, true,
                new PageRequest(2, 2));
        assertEquals(List.of("受信箱テスト2株式会社"), secondPage.stream().map(InboxRow::legalNameJa).toList());
        assertEquals(0, inbox.count(programmeId(), new InboxFilter(null, null, null, null, null, null, "' OR '1'='1")));
        assertEquals(0, inbox.count(programmeId(), new InboxFilter(null, null, null, null, null, null, "%")));
        assertEquals(1, inbox.count(programmeId(), new InboxFilter(null, null, null, null, null, null, corporateNumber(501))));
        String hyphenated = corporateNumber(501).replaceFirst("^(\\d)(\\d{4})(\\d{4})(\\d{4})$", "$1-$2-$3-$4");
        assertEquals(1, inbox.count(programmeId(), new InboxFilter(null, null, null, null, null, null, hyphenated)),
                "a corporate number written with hyphens: " + hyphenated);
        assertEquals(0, inbox.count(programmeId(), new InboxFilter(null, null, null, null, null, null,
                "受信箱なし" + corporateNumber(501).substring(0, 6))), "digits inside other text do not match a number's start");
        assertTrue(inbox.countsByStatus(programmeId()).get(ApplicationStatus.SUBMITTED) >= 3);

        // Rule flags come from the evaluation stored on submission (MAYBE-1 answered "no").
        long flagged = newApplicant();
        ApplicationDraft maybe = completeDraft(corporateNumber(520));
        maybe.getCompany().setLegalNameJa("受信箱フラグ株式会社");
        maybe.getEligibility().setFinancialBaseSufficient(false);
        desk.saveDraft(programmeId(), flagged, maybe);
        desk.submit(programmeId(), flagged);
        InboxFilter flags = new InboxFilter(null, null, null, null, null, null, "受信箱", null,
                RuleOutcome.FLAG);
        assertEquals(List.of("受信箱フラグ株式会社"), inbox.page(programmeId(), flags, InboxRepository.Sort.COMPANY, true,
                new PageRequest(0, 10)).stream().map(InboxRow::legalNameJa).toList());
        assertThrows(EJBAccessException.class, () -> screening.inbox(InboxFilter.none(), null, true, 0, 10));
        assertThrows(EJBAccessException.class, () -> screening.detail(1));
    }

    /**
     * The applicant boundary names the caller's account by its address, remembered per node
     * ({@code UserAccountRepository.idOf}): the remembered id is the account's, and an address
     * not found is not remembered as missing (the account may be registered the next minute).
     */
    @Test
    void anAccountIsFoundByItsAddressOnceRegisteredAndAlwaysWithItsOwnId() throws Exception {
        String email = "later" + SEQ.incrementAndGet() + "@example.jp";
        assertTrue(accounts.idOf(email).isEmpty());
        tx.begin();
        long id = accounts.add(UserAccount.createActive(email, "not-a-real-hash", Role.APPLICANT, "Later", "ja", Instant.now())).getId();
        tx.commit();
        assertEquals(Optional.of(id), accounts.idOf(email), "read");
        assertEquals(Optional.of(id), accounts.idOf(email), "remembered");
        assertEquals(id, accounts.findByEmail(email).orElseThrow().getId());
        long other = newApplicant();
        assertEquals(Optional.of(other), accounts.idOf(accounts.find(other).orElseThrow().getEmail()));
    }

    @Test
    void applicantBoundaryRefusesAnonymousCallers() {
        assertThrows(EJBAccessException.class, () -> boundary.mine());
        assertThrows(EJBAccessException.class, () -> boundary.submit());
        assertThrows(EJBAccessException.class, () -> boundary.withdraw("x"));
    }
}

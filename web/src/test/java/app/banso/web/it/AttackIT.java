package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.PasswordHashing;
import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.intake.Company;
import app.banso.domain.intake.CorporateNumber;
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.SampleAnswers;
import app.banso.domain.support.SupportCase;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.audit.AuditRepository;
import app.banso.persistence.audit.AuditSearch;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.intake.CompanyRepository;
import app.banso.persistence.intake.ConsentRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.support.SupportRepository;
import app.banso.web.platform.SecretFreeLogs;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack suite of issue 6 over plain HTTP, as an attacker would send it (numbers refer to the
 * issue's list). Each test asserts the response and that the attack gained nothing. Most run as a
 * client; one runs in the container to prepare its data, and still attacks over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class AttackIT {

    private static final String PASSWORD = "Banso-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar().addClasses(WebClient.class, CrashDriver.class, CrashDriver.Outcome.class, Fixtures.class);
    }

    private static WebClient signedIn(String email, String home) throws Exception {
        WebClient c = new WebClient();
        HttpResponse<String> r = c.signIn(email, PASSWORD, "");
        assertEquals(302, r.statusCode(), "signed in as " + email);
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith(home), r.headers().toString());
        return c;
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Caused by"), "no cause chain");
        assertFalse(body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(.*"), "no stack frame");
    }

    // 3. Roles: an applicant never reaches staff or ADMIN pages, nor the staff's file download.
    @Test
    @RunAsClient
    void anApplicantOpeningStaffOrAdminPagesIsForbidden() throws Exception {
        WebClient applicant = signedIn("applicant@example.jp", "/applicant/index.xhtml");
        for (String path : List.of("/staff/index.xhtml", "/staff/inbox.xhtml", "/staff/cases.xhtml", "/admin/index.xhtml",
                "/admin/audit.xhtml", "/staff/consent?id=1")) {
            HttpResponse<String> r = applicant.get(path);
            assertEquals(403, r.statusCode(), path);
            assertTrue(r.body().contains("id=\"errorId\""), path + " shows the error page");
            assertFalse(r.body().contains("inbox:table"), path);
        }
    }

    // 3. A coordinator opening another coordinator's case gets "not found" and none of its data,
    // even with a valid token of its own session for the protected case view.
    // In the container, to give both coordinators a case; the requests still go over HTTP.
    @Test
    void aCoordinatorOpeningAnotherCoordinatorsCaseSeesNotFoundAndNoData_APPLY_7_PRIV_1() throws Exception {
        String company = "越権テスト株式会社" + System.nanoTime();
        long caseId = caseOf("coordinator@example.jp", company);
        caseOf("coordinator2@example.jp", "自社案件合同会社" + System.nanoTime());
        WebClient owner = signedIn("coordinator@example.jp", "/staff/index.xhtml");
        String ownerList = owner.get("/staff/cases.xhtml").body();
        assertTrue(ownerList.contains(company), "in its coordinator's list");
        assertTrue(owner.get("/staff/case.xhtml?id=" + caseId + "&jakarta.faces.Token=" + token(ownerList)).body().contains(company),
                "its coordinator sees it");

        WebClient other = signedIn("coordinator2@example.jp", "/staff/index.xhtml");
        String otherList = other.get("/staff/cases.xhtml").body();
        assertFalse(otherList.contains(company), "not in the other's list");
        HttpResponse<String> r = other.get("/staff/case.xhtml?id=" + caseId + "&jakarta.faces.Token=" + token(otherList));
        assertTrue(r.body().contains("対象が見つかりません"), r.body());
        assertFalse(r.body().contains(company), "none of the case's data");
        // ADMIN's audit search finds the refusal (case-insensitive parts); a % is searched for literally.
        assertTrue(auditLog.count(new AuditSearch("COORDINATOR2@", "access_refused", "case:" + caseId, null, null, null)) >= 1,
                "the refused access is audited and found by the search");
        assertEquals(0, auditLog.count(new AuditSearch("%", null, null, null, null, null)));
        assertEquals(0, auditLog.count(new AuditSearch(null, null, "case:" + caseId, null, null, Instant.now().minusSeconds(3600))),
                "nothing about the new case before it existed");
    }

    private static final Pattern TOKEN = Pattern.compile("jakarta\\.faces\\.Token=([^\"&]+)");

    /** The session's token for protected views, from a link of the page. */
    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertTrue(m.find(), "links to protected views carry the session's token");
        return m.group(1);
    }

    // 6. A protected view (a support case, whose opening is audited) opened by a link without the
    // token, with a forged token or with another session's token is refused, and nothing is
    // recorded; the application's own link opens it.
    @Test
    void aProtectedViewOpenedWithoutItsSessionsTokenIsRefusedAndRecordsNothing() throws Exception {
        String company = "保護ビュー株式会社" + System.nanoTime();
        long caseId = caseOf("coordinator@example.jp", company);
        AuditSearch viewed = new AuditSearch(null, "CASE_VIEWED", "case:" + caseId, null, null, null);
        WebClient admin = signedIn("admin@example.jp", "/admin/index.xhtml");
        String adminsToken = token(admin.get("/staff/cases.xhtml").body());
        WebClient coordinator = signedIn("coordinator@example.jp", "/staff/index.xhtml");
        String list = coordinator.get("/staff/cases.xhtml").body();
        String coordinatorsToken = URLDecoder.decode(token(list), StandardCharsets.UTF_8);
        // Faces' own log of the refusal wrote the session's valid token next to the forged one
        // (SecretFreeLogs): what the lifecycle logger passes on is captured here.
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger lifecycle = Logger.getLogger(SecretFreeLogs.FACES_LIFECYCLE_LOGGER);
        lifecycle.addHandler(capture);
        try {
            for (String query : List.of("", "&jakarta.faces.Token=forged", "&jakarta.faces.Token=" + adminsToken)) {
                HttpResponse<String> r = coordinator.get("/staff/case.xhtml?id=" + caseId + query);
                assertEquals(403, r.statusCode(), query + ": refused as 403, not a server error");
                assertTrue(r.body().contains("id=\"errorId\""), query + ": the error page");
                assertFalse(r.body().contains(company), query + ": none of the case's data");
                assertNoStackTrace(r.body());
            }
        } finally {
            lifecycle.removeHandler(capture);
        }
        for (LogRecord record : logged) {
            String text = record.getMessage() + " " + Arrays.toString(record.getParameters());
            assertFalse(text.contains(coordinatorsToken) || text.contains(URLEncoder.encode(coordinatorsToken, StandardCharsets.UTF_8)),
                    "the session's valid token is not written to the log: " + text);
        }
        assertEquals(0, auditLog.count(viewed), "no view was recorded");
        Matcher links = Pattern.compile("href=\"([^\"]*case\\.xhtml\\?[^\"]*)\"").matcher(list);
        String link = null;
        while (links.find() && link == null) {
            String href = links.group(1).replace("&amp;", "&");
            if (("&" + href.substring(href.indexOf('?') + 1) + "&").contains("&id=" + caseId + "&")) {
                link = href.substring(href.indexOf("/staff/"));
            }
        }
        assertTrue(link != null && link.contains("jakarta.faces.Token="), "the list links to the case with the token: " + link);
        HttpResponse<String> opened = coordinator.get(link);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains(company), "the application's own link opens the case");
        assertEquals(1, auditLog.count(viewed), "and that view is recorded");
    }

    // 1. Applicant A asks for company B's application by id: applicant pages take no ids (they
    // show the caller's own company only), and the staff pages and files that do take ids are
    // refused, with an audit entry naming what was asked for.
    @Test
    void anApplicantAskingForAnotherCompanysApplicationByIdSeesNoneOfItAndIsAudited_APPLY_7_PRIV_1() throws Exception {
        long programmeId = programmes.findByFiscalYear(2026).orElseThrow().getId();
        long victimOwner = accounts.findByEmail("demo-complete@example.jp").orElseThrow().getId();
        var victim = applications.findByOwner(programmeId, victimOwner).orElseThrow();
        String victimName = victim.getCompanyAnswers().getLegalNameJa();
        String attacker = "curious-" + System.nanoTime() + "@example.jp";
        tx.begin();
        accounts.add(UserAccount.createActive(attacker,
                new PasswordHashing().hash(PASSWORD.toCharArray()),
                Role.APPLICANT, "Curious", "ja", Instant.now()));
        tx.commit();
        WebClient a = signedIn(attacker, "/applicant/index.xhtml");
        for (String path : List.of("/staff/application.xhtml?id=" + victim.getId(), "/staff/consent?id=" + victim.getId(),
                "/staff/consent?id=" + victim.getId() + "&download=1")) {
            HttpResponse<String> r = a.get(path);
            assertEquals(403, r.statusCode(), path);
            assertTrue(r.body().contains("id=\"errorId\""), path + " shows the error page");
            assertFalse(r.body().contains(victimName), path + ": none of B's data");
            assertFalse(r.body().startsWith("%PDF"), path + ": no file");
        }
        for (String path : List.of("/applicant/index.xhtml?id=" + victim.getId(), "/applicant/status.xhtml?id=" + victim.getId(),
                "/applicant/application.xhtml?id=" + victim.getId() + "&applicationId=" + victim.getId())) {
            HttpResponse<String> r = a.get(path);
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains(victimName), path + ": the id is ignored; only the caller's own company is shown");
        }
        assertTrue(auditLog.count(new AuditSearch(attacker, "ACCESS_REFUSED", "/staff/application.xhtml", null, null, null)) >= 1,
                "the refused page is audited");
        assertTrue(auditLog.count(new AuditSearch(attacker, "ACCESS_REFUSED", "/staff/consent", null, null, null)) >= 2,
                "the refused file is audited");
    }

    // 2. A's form post carrying B's id in made-up hidden fields changes A's own draft only.
    @Test
    void aFormPostCarryingAnotherCompanysIdChangesOnlyTheSendersOwnDraft() throws Exception {
        long programmeId = programmes.findByFiscalYear(2026).orElseThrow().getId();
        long victimOwner = accounts.findByEmail("demo-complete@example.jp").orElseThrow().getId();
        var victimBefore = applications.findByOwner(programmeId, victimOwner).orElseThrow();
        long victimId = victimBefore.getId();
        String victimName = victimBefore.getCompanyAnswers().getLegalNameJa();
        long victimVersion = victimBefore.getVersion();
        String attacker = "tamper-" + System.nanoTime() + "@example.jp";
        tx.begin();
        long attackerId = accounts.add(UserAccount.createActive(attacker,
                new PasswordHashing().hash(PASSWORD.toCharArray()),
                Role.APPLICANT, "Tamper", "ja", Instant.now())).getId();
        tx.commit();
        WebClient a = signedIn(attacker, "/applicant/index.xhtml");
        String form = a.get("/applicant/application.xhtml").body(); // opens A's draft
        Map<String, String> post = WebClient.ajax("form:legalNameJa", "form:legalNameJa", "form",
                WebClient.nonce(form), WebClient.viewState(form));
        post.put("jakarta.faces.behavior.event", "change");
        post.put("jakarta.faces.partial.event", "change");
        post.put("form", "form");
        post.put("form:legalNameJa", "改ざん送信株式会社");
        for (String field : List.of("id", "applicationId", "form:id", "form:applicationId", "form:ownerId")) {
            post.put(field, String.valueOf(victimId));
        }
        HttpResponse<String> r = a.post("/applicant/application.xhtml", post);
        assertEquals(200, r.statusCode());
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals("改ざん送信株式会社", applications.findByOwner(programmeId, attackerId).orElseThrow().getCompanyAnswers().getLegalNameJa(),
                "the post was processed, for the sender's own draft");
        var victimAfter = applications.find(victimId).orElseThrow();
        assertEquals(victimName, victimAfter.getCompanyAnswers().getLegalNameJa(), "B's answers are unchanged");
        assertEquals(victimVersion, victimAfter.getVersion(), "B's application was not written at all");
    }

    // 10. Stored XSS: script in the company's name and free texts is shown as text on staff pages
    // (application detail, inbox, case list, case page with its dialogs).
    @Test
    void scriptStoredInACompanysAnswersIsShownAsTextOnStaffPages() throws Exception {
        String payload = "<script>alert('stored-xss')</script>";
        long applicationId = submittedApplication(payload + "XSS商事株式会社", payload + "<img src=x onerror=alert(1)>");
        WebClient admin = signedIn("admin@example.jp", "/admin/index.xhtml");
        String page = admin.get("/staff/application.xhtml?id=" + applicationId).body();
        assertTrue(page.contains("XSS商事株式会社"), "the detail page shows the application");
        assertFalse(page.contains("<script>alert('stored-xss')"), "no live script");
        assertFalse(page.contains("<img src=x"), "no live markup");
        assertTrue(page.contains("&lt;script&gt;alert("), "shown as text");
        String inbox = admin.get("/staff/inbox.xhtml").body();
        assertFalse(inbox.contains("<script>alert('stored-xss')"), "the inbox neither");

        long caseId = caseOf("coordinator@example.jp", payload + "XSS案件株式会社");
        String list = admin.get("/staff/cases.xhtml").body();
        assertTrue(list.contains("XSS案件株式会社"), "the case list shows the case");
        assertFalse(list.contains("<script>alert('stored-xss')"), "the case list shows the name as text");
        String casePage = admin.get("/staff/case.xhtml?id=" + caseId + "&jakarta.faces.Token=" + token(list)).body();
        assertTrue(casePage.contains("XSS案件株式会社"), "the case page opens");
        assertFalse(casePage.contains("<script>alert('stored-xss')"), "the case page (summary, dialogs) shows it as text");
        assertTrue(casePage.contains("&lt;script&gt;alert("), "as text");
    }

    // 4. A read-only (disabled) field posted by hand by the applicant is ignored.
    @Test
    void aDisabledFieldPostedByHandChangesNothing() throws Exception {
        long owner = accounts.findByEmail("demo-trading@example.jp").orElseThrow().getId();
        long programmeId = programmes.findByFiscalYear(2026).orElseThrow().getId();
        String before = applications.findByOwner(programmeId, owner).orElseThrow().getCompanyAnswers().getLegalNameJa();

        WebClient applicant = signedIn("demo-trading@example.jp", "/applicant/index.xhtml");
        String form = applicant.get("/applicant/application.xhtml").body();
        assertTrue(form.contains("disabled"), "a submitted application's form is read-only");
        Map<String, String> tampered = new HashMap<>(Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "form:next",
                "jakarta.faces.partial.execute", "@all", "jakarta.faces.partial.render", "form",
                "form", "form", "form:next", "form:next", "form:legalNameJa", "改ざん株式会社",
                "jakarta.faces.ViewState", WebClient.viewState(form)));
        HttpResponse<String> withoutNonce = applicant.post("/applicant/application.xhtml", tampered);
        // Refused: PrimeFaces renders nothing without the nonce, not even the error page, so the
        // browser is sent to the refusal page (ErrorPageExceptionHandlerFactory), not the 500 page:
        // a forged request is not a fault of the server.
        assertEquals(200, withoutNonce.statusCode(), "a partial response the browser's ajax script follows");
        assertTrue(withoutNonce.body().contains("<redirect url=\"/error/403.xhtml\"/>"), "an ajax post without the page's CSP nonce is refused: "
                + withoutNonce.body());
        assertNoStackTrace(withoutNonce.body());

        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(form);
        assertTrue(nonce.find(), "the page's scripts carry a nonce");
        tampered.put("primefaces.nonce", nonce.group(1));
        HttpResponse<String> r = applicant.post("/applicant/application.xhtml", tampered);
        assertEquals(200, r.statusCode(), "with the nonce the request is processed");
        assertEquals(before, applications.findByOwner(programmeId, owner).orElseThrow().getCompanyAnswers().getLegalNameJa(),
                "the stored answer is unchanged");
    }

    // 4b. A full (non-ajax) post without its page's CSP nonce: refused with the 403 page and
    // status 403, not the 500 page; with the nonce, as a browser sends it, the form is processed.
    @Test
    @RunAsClient
    void aFullPostWithoutItsPagesCspNonceIsRefusedWith403() throws Exception {
        WebClient client = new WebClient();
        String page = client.get("/signin.xhtml").body();
        Map<String, String> form = new HashMap<>(Map.of("signin", "signin", "signin:email", "", "signin:password", "",
                "signin:submit", "", "jakarta.faces.ViewState", WebClient.viewState(page)));
        HttpResponse<String> forged = client.post("/signin.xhtml", form);
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("id=\"errorId\""), "the 403 page: " + forged.body());
        assertNoStackTrace(forged.body());

        form.put("primefaces.nonce", WebClient.nonce(page));
        HttpResponse<String> real = client.post("/signin.xhtml", form);
        assertEquals(200, real.statusCode(), real.body());
        assertFalse(real.body().contains("id=\"errorId\""), "the sign-in form answers: " + real.body());
    }

    // 12. Uploads over HTTP: HTML or an EXE renamed .pdf, an empty file, and a path as file name,
    // each refused with a message in the user's language and nothing stored.
    @Test
    void disguisedOrEmptyUploadsAndAPathAsFileNameAreRefusedWithAMessageAndNothingIsStored() throws Exception {
        String email = "upload-" + System.nanoTime() + "@example.jp";
        tx.begin();
        long owner = accounts.add(UserAccount.createActive(email,
                new PasswordHashing().hash(PASSWORD.toCharArray()),
                Role.APPLICANT, "Upload", "ja", Instant.now())).getId();
        tx.commit();
        WebClient applicant = signedIn(email, "/applicant/index.xhtml");
        String form = applicant.get("/applicant/application.xhtml").body(); // opens a draft
        assertTrue(form.contains("1680000"), "the form warns 2 minutes before the 30-minute idle timeout");
        String nonce = WebClient.nonce(form);
        String viewState = CrashDriver.step(applicant, 6, nonce, WebClient.viewState(form));
        long programmeId = programmes.findByFiscalYear(2026).orElseThrow().getId();
        long applicationId = applications.findByOwner(programmeId, owner).orElseThrow().getId();

        Map<String, byte[]> bad = new TreeMap<>(Map.of(
                "page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0},
                "empty.pdf", new byte[0]));
        for (var file : bad.entrySet()) {
            HttpResponse<String> r = CrashDriver.upload(applicant, nonce, viewState, file.getKey(), file.getValue());
            assertEquals(200, r.statusCode(), file.getKey());
            assertTrue(r.body().contains("PDFファイルではありません") || r.body().contains("ファイルが空です"),
                    file.getKey() + " is refused with a clear message: " + r.body());
            assertTrue(consents.findDocument(applicationId).isEmpty(), file.getKey() + ": nothing stored");
        }
        // PrimeFaces refuses a path in the file name before the application sees it, with its own
        // (Japanese) message next to the upload; nothing is stored. A plain name is then accepted.
        HttpResponse<String> r = CrashDriver.upload(applicant, nonce, viewState, "../../x.pdf", CrashDriver.onePagePdf());
        assertTrue(r.body().contains("無効な"), "the refusal is shown in Japanese: " + r.body());
        assertTrue(consents.findDocument(applicationId).isEmpty(), "a path in the file name: nothing stored");
        r = CrashDriver.upload(applicant, nonce, viewState, "x.pdf", CrashDriver.onePagePdf());
        assertTrue(r.body().contains("x.pdf"), r.body());
        assertEquals("x.pdf", consents.findDocument(applicationId).orElseThrow().getOriginalName());
    }

    @Inject ConsentRepository consents;

    @Inject ApplicationRepository applications;
    @Inject CompanyRepository companies;
    @Inject UserAccountRepository accounts;
    @Inject ProgrammeRepository programmes;

    /** A submitted application whose company name and representative carry the given texts. */
    private long submittedApplication(String companyName, String representative) throws Exception {
        String twelve = String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
        String corporateNumber = CorporateNumber.checkDigitOf(twelve) + twelve;
        tx.begin();
        long owner = accounts.add(UserAccount.createActive("xss-" + System.nanoTime() + "@example.jp",
                "not-a-real-hash", Role.APPLICANT, "XSS", "ja", Instant.now())).getId();
        var programme = programmes.findByFiscalYear(2026).orElseThrow();
        var application = applications.add(new Application(programme, owner, Instant.now()));
        var answers = SampleAnswers.company(corporateNumber, companyName);
        answers.setRepresentativeName(representative);
        application.saveDraft(answers, SampleAnswers.eligibility(),
                SampleAnswers.positions(), SampleAnswers.motivation(),
                SampleAnswers.allDeclared(), Instant.now());
        var company = companies.add(new Company(CorporateNumber.of(corporateNumber),
                companyName, null, LegalForm.KK));
        application.submit(company, Instant.now());
        tx.commit();
        return application.getId();
    }

    @Inject AuditRepository auditLog;
    @Inject SupportRepository cases;
    @Resource UserTransaction tx;
    @PersistenceContext(unitName = "banso") EntityManager em;

    /** A new case (on an application that has none) assigned to the coordinator. */
    private long caseOf(String coordinator, String company) throws Exception {
        tx.begin();
        SupportCase c = Fixtures.newCase(em, cases, coordinator, company);
        tx.commit();
        return c.getId();
    }

    // 13. Injection through the inbox: a search for ' OR '1'='1 is a literal text (no rows), and a
    // tampered sort key is ignored or refused with the generic error page; nothing is lost.
    @Test
    void anInjectedSearchIsTreatedAsTextAndATamperedSortKeyChangesNothing() throws Exception {
        long before = (Long) em.createQuery("select count(a) from Application a").getSingleResult();
        WebClient staff = signedIn("screener@example.jp", "/staff/index.xhtml");
        String page = staff.get("/staff/inbox.xhtml").body();
        String nonce = WebClient.nonce(page);
        String viewState = WebClient.viewState(page);
        HttpResponse<String> injected = staff.post("/staff/inbox.xhtml", inboxSearch("' OR '1'='1", nonce, viewState));
        assertEquals(200, injected.statusCode());
        assertTrue(injected.body().contains("該当するデータはありません"), "no row matches the literal text: " + injected.body());
        assertFalse(injected.body().contains("/staff/application.xhtml?id="), "no rows");
        HttpResponse<String> real = staff.post("/staff/inbox.xhtml", inboxSearch("デモ製作所", nonce, viewState));
        assertTrue(real.body().contains("/staff/application.xhtml?id="), "a real search finds its row: " + real.body());

        for (String key : List.of("inbox:table:0; drop table application --", "legalNameJa) or (1=1", "owner.passwordHash")) {
            HttpResponse<String> r = staff.post("/staff/inbox.xhtml", WebClient.inboxSort(key, "1", nonce, viewState));
            assertNoStackTrace(r.body());
            assertFalse(r.body().toLowerCase(Locale.ROOT).contains("syntax error"), key + ": no SQL error shown");
            assertFalse(r.body().contains("passwordHash"), key);
        }
        assertEquals(200, staff.get("/staff/inbox.xhtml").statusCode(), "the inbox still works");
        assertEquals(before, (Long) em.createQuery("select count(a) from Application a").getSingleResult(), "nothing lost");
    }

    private static Map<String, String> inboxSearch(String text, String nonce, String viewState) {
        Map<String, String> search = WebClient.ajax("inbox:apply", "inbox", "inbox:table", nonce, viewState);
        search.put("inbox", "inbox");
        search.put("inbox:apply", "inbox:apply");
        search.put("inbox:text", text);
        return search;
    }

    // Reliability: two staff edit one support case; the second save gets a conflict naming who saved
    // in between, keeps the second user's input on screen, and changes nothing.
    @Test
    void theSecondOfTwoStaffSavingOneCaseGetsAConflictNamingTheFirstAndKeepsTheirInput() throws Exception {
        String company = "同時編集株式会社" + System.nanoTime();
        long caseId = caseOf("coordinator@example.jp", company);
        WebClient coordinator = signedIn("coordinator@example.jp", "/staff/index.xhtml");
        WebClient admin = signedIn("admin@example.jp", "/admin/index.xhtml");
        String coordinatorPage = coordinator.get("/staff/case.xhtml?id=" + caseId + "&jakarta.faces.Token="
                + token(coordinator.get("/staff/cases.xhtml").body())).body();
        String adminPage = admin.get("/staff/case.xhtml?id=" + caseId + "&jakarta.faces.Token="
                + token(admin.get("/staff/cases.xhtml").body())).body();
        assertTrue(coordinatorPage.contains(company) && adminPage.contains(company), "both opened the case");

        HttpResponse<String> first = coordinator.post("/staff/case.xhtml?id=" + caseId, kickoff(coordinatorPage, "社長と人事部長"));
        assertEquals(200, first.statusCode());
        assertFalse(first.body().contains("さんが"), "the first save has no conflict: " + first.body());
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals("社長と人事部長", cases.find(caseId).orElseThrow().getKickoffAttendees().orElse(null), "the first save is stored");

        HttpResponse<String> second = admin.post("/staff/case.xhtml?id=" + caseId, kickoff(adminPage, "営業部長QZXWのみ"));
        assertEquals(200, second.statusCode());
        assertTrue(second.body().contains("coordinator@example.jp さんが"), "the conflict names who saved: " + second.body());
        assertTrue(second.body().contains("営業部長QZXWのみ"), "the second user's input is kept on screen");
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals("社長と人事部長", cases.find(caseId).orElseThrow().getKickoffAttendees().orElse(null), "nothing overwritten");
    }

    /** The kickoff form of a case page, saved by ajax with the given attendees. */
    private static Map<String, String> kickoff(String page, String attendees) {
        Map<String, String> post = WebClient.ajax("kickoff:save", "kickoff", "@all", WebClient.nonce(page), WebClient.viewState(page));
        post.put("kickoff:save", "kickoff:save");
        post.put("kickoff", "kickoff");
        post.put("kickoff:kickoffAt_input", "2026-12-01 10:00");
        post.put("kickoff:attendees", attendees);
        post.put("kickoff:periodStart_input", "2026-12-01");
        post.put("kickoff:periodEnd_input", "2027-03-31");
        for (int i = 0; i < 4; i++) {
            post.put("kickoff:goals:" + i + ":goal", "目標" + (i + 1));
        }
        post.put("kickoff:minutes", "議事録");
        return post;
    }

    // 5. A POST with a view state of another session changes nothing and shows the expired page.
    @Test
    @RunAsClient
    void aPostCarryingAnotherSessionsViewStateIsRefused() throws Exception {
        WebClient victim = signedIn("applicant@example.jp", "/applicant/index.xhtml");
        String victimState = WebClient.viewState(victim.get("/applicant/index.xhtml").body());
        WebClient attacker = new WebClient();
        attacker.get("/");
        HttpResponse<String> r = attacker.post("/applicant/index.xhtml", Map.of("headerForm", "headerForm",
                "headerForm:signOut", "", "jakarta.faces.ViewState", victimState));
        assertEquals(302, r.statusCode(), "the protected page sends an anonymous caller to sign in");
        assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/signin.xhtml"));
        HttpResponse<String> forged = attacker.post("/signin.xhtml", Map.of("headerForm", "headerForm",
                "headerForm:langEn", "headerForm:langEn", "jakarta.faces.ViewState", victimState));
        assertTrue(forged.body().contains("id=\"errorId\""), "the expired-view page");
        assertNoStackTrace(forged.body());
        assertEquals(200, victim.get("/applicant/index.xhtml").statusCode(), "the victim is still signed in");
    }

    // 7. Session fixation: a planted session id is replaced at sign-in and is never signed in.
    @Test
    @RunAsClient
    void signingInWithAPlantedSessionIdIssuesANewOneAndThePlantedOneStaysAnonymous() throws Exception {
        WebClient attacker = new WebClient();
        attacker.get("/signin.xhtml");
        String planted = attacker.sessionId().orElseThrow();

        WebClient victim = new WebClient();
        victim.useSessionId(planted);
        assertEquals(302, victim.signIn("applicant@example.jp", PASSWORD, "").statusCode());
        assertNotEquals(planted, victim.sessionId().orElseThrow(), "a new session id after sign-in");
        assertEquals(200, victim.get("/applicant/index.xhtml").statusCode());

        WebClient replay = new WebClient();
        replay.useSessionId(planted);
        HttpResponse<String> r = replay.get("/applicant/index.xhtml");
        assertEquals(302, r.statusCode(), "the planted id is not signed in");
        assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/signin.xhtml"));
    }

    // 8. A session cookie replayed after sign-out is anonymous, and signed-in pages are not cached.
    @Test
    @RunAsClient
    void aSessionCookieReplayedAfterSignOutIsAnonymousAndPagesWereNeverCached() throws Exception {
        WebClient user = signedIn("screener@example.jp", "/staff/index.xhtml");
        HttpResponse<String> page = user.get("/staff/inbox.xhtml");
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""), "the back button shows no data");
        String stolen = user.sessionId().orElseThrow();
        HttpResponse<String> out = user.signOut("/staff/index.xhtml");
        assertEquals(302, out.statusCode());

        WebClient replay = new WebClient();
        replay.useSessionId(stolen);
        HttpResponse<String> r = replay.get("/staff/inbox.xhtml");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/signin.xhtml"));
    }

    // 11. Reflected XSS through query parameters is escaped or dropped.
    @Test
    @RunAsClient
    void scriptInQueryParametersIsNeverReflected() throws Exception {
        String payload = "\"><script>alert('x')</script>";
        String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8);
        for (String path : List.of("/signin.xhtml?continue=/" + encoded, "/verify.xhtml?token=" + encoded,
                "/index.xhtml?q=" + encoded, "/no-such-page.xhtml?x=" + encoded)) {
            String body = new WebClient().get(path).body();
            assertFalse(body.contains("<script>alert('x')"), path);
            assertFalse(body.contains("\"><script>"), path);
        }
        WebClient screener = signedIn("screener@example.jp", "/staff/index.xhtml");
        String body = screener.get("/staff/application.xhtml?id=" + encoded).body();
        assertFalse(body.contains("<script>alert('x')"), "a conversion message does not reflect the input");
    }

    // 15. An open redirect through the sign-in's continuation is ignored.
    @Test
    @RunAsClient
    void signInNeverRedirectsOutsideTheApplication() throws Exception {
        for (String target : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "http:evil.example")) {
            WebClient c = new WebClient();
            HttpResponse<String> r = c.signIn("applicant@example.jp", PASSWORD, target);
            assertEquals(302, r.statusCode());
            String location = r.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(WebClient.url("/")) || location.startsWith("/"), location);
            assertFalse(location.contains("evil.example"), location);
            assertTrue(location.endsWith("/applicant/index.xhtml"), "the role's home: " + location);
        }
    }

    // 15. A malformed view state gives the generic error page with an id and no stack trace.
    @Test
    @RunAsClient
    void aMalformedViewStateGivesTheGenericErrorPage() throws Exception {
        WebClient c = new WebClient();
        c.get("/signin.xhtml");
        for (String garbage : List.of("%%%<>", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "x".repeat(5000))) {
            HttpResponse<String> r = c.post("/signin.xhtml", Map.of("signin", "signin", "signin:email", "a@example.jp",
                    "signin:password", "x", "signin:submit", "", "jakarta.faces.ViewState", garbage));
            assertTrue(r.body().contains("id=\"errorId\""), r.body());
            assertNoStackTrace(r.body());
        }
    }

    // 15. Headers and cookie flags on every response, signed in or not; no server banner.
    @Test
    @RunAsClient
    void everyResponseCarriesTheProtectiveHeadersAndCookieFlags() throws Exception {
        WebClient anonymous = new WebClient();
        HttpResponse<String> first = anonymous.get("/signin.xhtml");
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("a session cookie: " + first.headers()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);

        WebClient staff = signedIn("admin@example.jp", "/admin/index.xhtml");
        WebClient applicant = signedIn("applicant@example.jp", "/applicant/index.xhtml");
        List<HttpResponse<String>> responses = List.of(anonymous.get("/"), first, anonymous.get("/register.xhtml"),
                anonymous.get("/no-such-page.xhtml"), anonymous.get("/staff/inbox.xhtml"),
                staff.get("/staff/inbox.xhtml"), staff.get("/admin/audit.xhtml"), applicant.get("/admin/audit.xhtml"),
                applicant.get("/applicant/index.xhtml"));
        for (HttpResponse<String> r : responses) {
            var h = r.headers();
            String where = r.uri() + " " + r.statusCode();
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(""), where);
            String csp = h.firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'self'") && csp.contains("object-src 'none'"), where + " " + csp);
            assertTrue(h.firstValue("Server").isEmpty(), where + " names the server: " + h.firstValue("Server"));
            assertTrue(h.firstValue("X-Powered-By").isEmpty(), where + " " + h.firstValue("X-Powered-By"));
        }
        assertEquals("no-store", staff.get("/admin/audit.xhtml").headers().firstValue("Cache-Control").orElse(""));
    }
}

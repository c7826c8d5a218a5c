package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.PasswordHashing;
import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Company;
import app.banso.domain.intake.CorporateNumber;
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.SampleAnswers;
import app.banso.domain.intake.StatusOfResidence;
import app.banso.domain.intake.WebsiteUrl;
import app.banso.domain.notification.MailStatus;
import app.banso.domain.programme.CapacityBasis;
import app.banso.domain.programme.Programme;
import app.banso.ejb.account.AccountService;
import app.banso.ejb.notification.MailOutbox;
import app.banso.ejb.notification.MailRelay;
import app.banso.ejb.notification.MailTemplates;
import app.banso.ejb.programme.ProgrammeOverview;
import app.banso.ejb.programme.ProgrammeService;
import app.banso.ejb.programme.ProgrammeSettings;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.intake.CompanyRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform inside Payara Micro: schema, seed data, repositories, role checks. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar().addClass(WebClient.class);
    }

    @Resource(lookup = "java:app/jdbc/banso")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    @Inject
    ProgrammeService programmeService;

    @Inject
    AccountService accountService;

    @Inject
    MailOutbox outbox;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CompanyRepository companies;

    @Inject
    ApplicationRepository applications;

    @Test
    void flywayMigratedTheConfiguredDatabaseAtStartup() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), min(case when success then 1 else 0 end) from flyway_schema_history where version is not null")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 2, "migrations applied: " + rs.getInt(1));
            assertEquals(1, rs.getInt(2), "every migration succeeded");
            String product = c.getMetaData().getDatabaseProductName();
            String url = System.getProperty("banso.db.url", "");
            System.out.println("PlatformIT runs on " + product + " " + c.getMetaData().getDatabaseProductVersion());
            if (url.startsWith("jdbc:postgresql:")) {
                assertEquals("PostgreSQL", product);
            } else {
                assertEquals("H2", product);
            }
        }
    }

    @Test
    void programme2026IsSeededWithItsCapacityAndSupportEnd() {
        Programme p = programmes.findByFiscalYear(2026).orElseThrow();
        assertEquals(420, p.getCapacity());
        assertEquals(LocalDate.of(2027, 3, 31), p.getSupportEnds());
        assertEquals(CapacityBasis.SUBMITTED, p.getCapacityBasis());
        ProgrammeOverview current = programmeService.current();
        assertEquals(2026, current.fiscalYear());
        assertEquals(420 - current.counted(), current.remainingPlaces(), "demo data submits two applications");
        assertEquals(applications.countAgainstCapacity(p.getId(), p.getCapacityBasis()), current.counted(),
                "the landing page's figure, from the counts the database keeps, is the count of the applications");
    }

    @Inject
    UserAccountRepository accounts;

    private long newAccount(String email) throws Exception {
        tx.begin();
        long id = accounts.add(UserAccount.createActive(email, "not-a-real-hash", Role.APPLICANT, "Test", "ja",
                Instant.now())).getId();
        tx.commit();
        return id;
    }

    @Test
    void draftAnswersAndApplicationSurviveARoundTripThroughTheDatabase() throws Exception {
        long owner = newAccount("roundtrip@example.jp");
        Programme programme = programmes.findByFiscalYear(2026).orElseThrow();
        long countedBefore = applications.countAgainstCapacity(programme.getId(), CapacityBasis.SUBMITTED);
        tx.begin();
        Application draft = applications.add(new Application(programmes.findByFiscalYear(2026).orElseThrow(), owner,
                Instant.parse("2026-06-01T01:02:03Z")));
        draft.saveDraft(SampleAnswers.company("1180301018771", "トヨタ自動車株式会社"), SampleAnswers.eligibility(),
                SampleAnswers.positions(), SampleAnswers.motivation(), SampleAnswers.allDeclared(), Instant.parse("2026-06-01T01:05:00Z"));
        tx.commit();

        tx.begin();
        Application read = applications.findByOwner(programme.getId(), owner).orElseThrow();
        assertEquals("トヨタ自動車株式会社", read.getCompanyAnswers().getLegalNameJa());
        assertEquals("https://www.example.co.jp/", read.getCompanyAnswers().getWebsiteUrl());
        assertEquals(1, read.getPositions().size());
        assertEquals(StatusOfResidence.ENGINEER_HUMANITIES_INTERNATIONAL, read.getPositions().get(0).getStatusOfResidence());
        assertEquals(ApplicationStatus.DRAFT, read.getStatus());
        assertEquals(Instant.parse("2026-06-01T01:02:03Z"), read.getCreatedAt());
        Company company = companies.add(new Company(CorporateNumber.of("1180301018771"), "トヨタ自動車株式会社", null, LegalForm.KK));
        company.changeWebsite(WebsiteUrl.of("https://global.toyota/"));
        read.submit(company, Instant.parse("2026-06-02T00:00:00Z"));
        tx.commit();

        assertEquals(countedBefore + 1, applications.countAgainstCapacity(programme.getId(), CapacityBasis.SUBMITTED));
        assertEquals(420 - countedBefore - 1, programmeService.current().remainingPlaces());
        assertEquals("https://global.toyota/", companies.findByCorporateNumber(CorporateNumber.of("1180301018771"))
                .orElseThrow().getWebsite().orElseThrow().value());
    }

    @Test
    void secondApplicationOfTheSameAccountToTheSameProgrammeIsRefusedByTheDatabase() throws Exception {
        long owner = newAccount("twice@example.jp");
        tx.begin();
        applications.add(new Application(programmes.findByFiscalYear(2026).orElseThrow(), owner, Instant.now()));
        tx.commit();

        tx.begin();
        applications.add(new Application(programmes.findByFiscalYear(2026).orElseThrow(), owner, Instant.now()));
        assertThrows(RollbackException.class, tx::commit);
    }

    @Inject
    MailRelay relay;

    @PersistenceContext(unitName = "banso")
    EntityManager em;

    private long mails(String dedupKey) throws Exception {
        tx.begin();
        try {
            return em.createQuery("select count(m) from MailMessage m where m.dedupKey = :k", Long.class)
                    .setParameter("k", dedupKey).getSingleResult();
        } finally {
            tx.commit();
        }
    }

    @Test
    void outboxKeepsAnEmailOnlyWhenItsTransactionCommitsAndTheRelayThenTriesToSendIt() throws Exception {
        var mail = new MailTemplates.Mail("Subject", "Body");
        tx.begin();
        outbox.enqueue("outbox-rollback", "rollback@example.jp", mail);
        tx.rollback();
        assertEquals(0, mails("outbox-rollback"), "a rolled-back change sends nothing");

        tx.begin();
        assertTrue(outbox.enqueue("outbox-commit", "commit@example.jp", mail));
        assertFalse(outbox.enqueue("outbox-commit", "commit@example.jp", mail), "same de-duplication key: queued once");
        tx.commit();
        assertEquals(1, mails("outbox-commit"));

        // After commit the relay is woken; no SMTP server listens in this test, so the attempt
        // fails and is kept for a retry with back-off (nothing is lost).
        long deadline = System.currentTimeMillis() + 20_000;
        Object[] state = null;
        while (System.currentTimeMillis() < deadline) {
            relay.relayDue();
            tx.begin();
            state = em.createQuery("select m.status, m.attempts, m.lastError from MailMessage m where m.dedupKey = 'outbox-commit'",
                    Object[].class).getSingleResult();
            tx.commit();
            if (((Integer) state[1]) >= 1 || state[0] == MailStatus.SENT) {
                break;
            }
            Thread.sleep(200);
        }
        assertTrue(state != null && (((Integer) state[1]) >= 1 || state[0] == MailStatus.SENT),
                Arrays.toString(state));
    }

    @Test
    void rolesAllowedRefusesAnUnauthenticatedCaller() {
        ProgrammeSettings any = new ProgrammeSettings(1, 2026, LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 29),
                LocalDate.of(2027, 3, 31), 1, CapacityBasis.SUBMITTED, "a", "b", "c@example.jp", null, 14, 31, 7, 0);
        assertThrows(EJBAccessException.class, () -> programmeService.update(any));
        assertThrows(EJBAccessException.class, () -> programmeService.settings(1));
        assertThrows(EJBAccessException.class, () -> accountService.accounts(null, 0, 10));
        assertThrows(EJBAccessException.class, () -> outbox.newestFirst(0, 10));
        assertEquals(420, programmes.findByFiscalYear(2026).orElseThrow().getCapacity(), "nothing changed");
    }

    /** Browsers show the programme's icon on the tab, and never ask for a missing /favicon.ico (the 404 page each time). */
    @Test
    @RunAsClient
    void everyPageLinksTheTabIconAndTheIconIsServed() throws Exception {
        WebClient anonymous = new WebClient();
        for (String page : new String[] {"/", "/signin.xhtml", "/no-such-page.xhtml"}) {
            assertTrue(anonymous.get(page).body().contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\""), page);
        }
        var svg = anonymous.get("/favicon.svg");
        assertEquals(200, svg.statusCode());
        assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(svg.body().startsWith("<svg"), svg.body());
        var ico = anonymous.get("/favicon.ico");
        assertEquals(200, ico.statusCode(), "for clients that ask for it without reading the page");
        assertEquals("image/x-icon", ico.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    }

    /**
     * The benchmarks' calibration pages (issue 8) answer without signing in: the trivial page, which
     * is also the load balancer's health check and so must not start a session for each check, and
     * the anchor, an in-memory table of 25 rows in a form (bench/inbox.sh, bench/anchors.sh).
     */
    @Test
    @RunAsClient
    void theHealthCheckPageStartsNoSessionAndTheTablePageShowsItsTwentyFiveRows() throws Exception {
        WebClient anonymous = new WebClient();
        for (int i = 0; i < 2; i++) {
            var ping = anonymous.get("/ping.xhtml");
            assertEquals(200, ping.statusCode());
            assertTrue(ping.body().contains("<p>ok</p>"), ping.body());
            assertEquals(List.of(), ping.headers().allValues("Set-Cookie"), "no session, no cookie");
        }
        assertTrue(anonymous.sessionId().isEmpty(), "no session");
        var table = anonymous.get("/ping-table.xhtml");
        assertEquals(200, table.statusCode());
        assertEquals(25, table.body().split("<tr data-ri=", -1).length - 1, "rows");
        assertTrue(table.body().contains("R-0025") && table.body().contains("2026-04-26") && table.body().contains("625,000"), table.body());
        assertFalse(WebClient.viewState(table.body()).isBlank(), "a form page with its page state");
    }

    @Test
    void aVisitorReadsThePublicPagesAndSwitchesTheirLanguageWithoutStartingASession() throws Exception {
        WebClient visitor = new WebClient();
        for (String path : List.of("/index.xhtml", "/help.xhtml", "/verify.xhtml?token=unknown", "/no-such-page.xhtml")) {
            var page = visitor.get(path);
            assertEquals(path.startsWith("/no-such") ? 404 : 200, page.statusCode(), path);
            assertEquals(List.of(), page.headers().allValues("Set-Cookie"), path + ": no session, no cookie");
            assertEquals("stateless", WebClient.viewState(page.body()), path + ": the header's form keeps no page state");
        }
        var landing = visitor.get("/index.xhtml");
        assertTrue(landing.body().contains("id=\"remainingPlaces\""), "the landing page with its remaining places");

        // The header's language link posts back to the stateless page: English, by a cookie only.
        var switched = visitor.post("/index.xhtml", Map.of("headerForm", "headerForm", "headerForm:langEn", "headerForm:langEn",
                "jakarta.faces.ViewState", WebClient.viewState(landing.body())));
        assertEquals(302, switched.statusCode(), switched.body());
        assertEquals(List.of("banso-lang"), switched.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf('='))).toList());
        var english = visitor.get("/index.xhtml");
        assertTrue("en".equals(screenLanguage(english.body())) && english.body().contains("Open for applications"), english.body());
        assertEquals(List.of(), english.headers().allValues("Set-Cookie"));
        assertTrue(visitor.sessionId().isEmpty(), "no session");
    }

    @Test
    void aSignedInUsersLanguageChoiceIsKeptOnTheAccountForTheirMailsAndTheirNextSignIn() throws Exception {
        String email = "language-choice@example.jp";
        tx.begin();
        accounts.add(UserAccount.createActive(email, new PasswordHashing().hash("Banso-demo-2026".toCharArray()), Role.APPLICANT,
                "Test", "ja", Instant.now()));
        tx.commit();
        WebClient applicant = new WebClient();
        assertEquals(302, applicant.signIn(email, "Banso-demo-2026", "").statusCode());
        var home = applicant.open("/applicant/index.xhtml");
        assertTrue("ja".equals(screenLanguage(home.body())), "the account's language");
        var switched = applicant.post("/applicant/index.xhtml", Map.of("headerForm", "headerForm", "headerForm:langEn",
                "headerForm:langEn", "jakarta.faces.ViewState", WebClient.viewState(home.body())));
        assertEquals(302, switched.statusCode(), switched.body());
        assertEquals("en", accounts.findByEmail(email).orElseThrow().getLanguage(), "kept on the account (the language of their mails)");
        assertTrue("en".equals(screenLanguage(applicant.open("/applicant/index.xhtml").body())));

        WebClient elsewhere = new WebClient(); // another browser, no language chosen in it
        assertEquals(302, elsewhere.signIn(email, "Banso-demo-2026", "").statusCode());
        assertTrue("en".equals(screenLanguage(elsewhere.open("/applicant/index.xhtml").body())), "the next sign-in starts in English");
    }

    /** The language of the page (its html element's lang). */
    private static String screenLanguage(String page) {
        Matcher m = Pattern.compile("<html[^>]*\\blang=\"([a-z]+)\"").matcher(page);
        return m.find() ? m.group(1) : null;
    }
}

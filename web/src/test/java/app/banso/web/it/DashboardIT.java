package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Company;
import app.banso.domain.intake.CorporateNumber;
import app.banso.domain.intake.Industry;
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.Prefecture;
import app.banso.domain.intake.SampleAnswers;
import app.banso.domain.programme.Programme;
import app.banso.domain.screening.ScreeningDeadlines;
import app.banso.domain.shared.JapanTime;
import app.banso.ejb.dashboard.Dashboard;
import app.banso.ejb.dashboard.DashboardService;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.intake.CompanyRepository;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.InboxFilter;
import app.banso.persistence.screening.InboxRepository;
import app.banso.persistence.screening.InboxRow;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff dashboard (issue 7) on a seeded database: its funnel (without filters: the counts the
 * database keeps as applications change, V33) equals the inbox's counts for the
 * same filters, its deadline counts equal the inbox's badges, and its parts follow the roles.
 * On the same data, the inbox's paging when filters change.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWithRunAsCallers().addClass(WebClient.class);
    }

    @Inject AsScreener screener;
    @Inject AsCoordinator coordinator;
    @Inject AsApplicant applicant;
    @Inject DashboardService dashboard;
    @Inject InboxRepository inbox;
    @Inject ApplicationRepository applications;
    @Inject CompanyRepository companies;
    @Inject UserAccountRepository accounts;
    @Inject ProgrammeRepository programmes;
    @PersistenceContext(unitName = "banso") EntityManager em;
    @Resource UserTransaction tx;

    @Test
    void theFunnelEqualsTheInboxCountsForTheSameFiltersAndTheDeadlinesEqualTheBadges() throws Exception {
        Programme programme = programmes.findByFiscalYear(2026).orElseThrow();
        Instant now = Instant.now();
        // Seed: submitted and complete applications across prefectures, industries and ages.
        Prefecture[] prefectures = {Prefecture.HOKKAIDO, Prefecture.TOKYO, Prefecture.OSAKA, Prefecture.OKINAWA};
        Industry[] industries = {Industry.values()[0], Industry.values()[4], Industry.values()[7]};
        int[] completedDaysAgo = {-1, 2, 12, 15, 20, 40};
        for (int i = 0; i < 24; i++) {
            seed(programme, "集計テスト" + (char) ('A' + i) + "株式会社", prefectures[i % prefectures.length],
                    industries[i % industries.length], completedDaysAgo[i % completedDaysAgo.length], now);
        }

        for (InboxFilter filter : List.of(InboxFilter.none(),
                new InboxFilter(null, Prefecture.TOKYO, null, null, null, null, null),
                new InboxFilter(null, null, industries[1], LegalForm.KK, null, null, null),
                new InboxFilter(ApplicationStatus.SUBMITTED, Prefecture.OSAKA, null, null, null, null, "集計テスト"),
                new InboxFilter(null, null, null, null, LocalDate.now(JapanTime.ZONE).minusDays(3), LocalDate.now(JapanTime.ZONE), null))) {
            Dashboard d = screener.call(() -> dashboard.figures(filter));
            assertTrue(d.screening(), "a screener sees the screening part");
            for (ApplicationStatus s : ApplicationStatus.values()) {
                if (s == ApplicationStatus.DRAFT) {
                    continue;
                }
                InboxFilter withStatus = new InboxFilter(s, filter.prefecture(), filter.industry(), filter.legalForm(),
                        filter.submittedFrom(), filter.submittedTo(), filter.text(), filter.assignedScreener(), filter.ruleFlag());
                assertEquals(inbox.count(programme.getId(), withStatus), d.funnel().get(s).longValue(), s + " under " + filter);
            }
        }

        // The counts kept by PostgreSQL's trigger (V33) equal a count over the applications themselves.
        Map<ApplicationStatus, Long> kept = inbox.countsByStatus(programme.getId());
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s != ApplicationStatus.DRAFT) {
                assertEquals(em.createQuery("select count(a) from Application a where a.programme.id = :p and a.status = :s", Long.class)
                        .setParameter("p", programme.getId()).setParameter("s", s).getSingleResult(), kept.get(s), "kept count of " + s);
            }
        }

        Dashboard all = screener.call(() -> dashboard.figures(InboxFilter.none()));
        long submitted = all.funnel().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(submitted, all.byPrefecture().values().stream().mapToLong(Long::longValue).sum(), "every application has a prefecture");
        assertTrue(all.byPrefecture().get(Prefecture.OKINAWA) >= 6, "the seeded Okinawa applications are counted");

        // The deadline counts equal what the inbox's badges say for every waiting application.
        LocalDate today = LocalDate.now(JapanTime.ZONE);
        long dueSoon = 0;
        long overdue = 0;
        long pastLatest = 0;
        long waiting = 0;
        for (Instant completedAt : em.createQuery("""
                        select a.completedAt from Application a where a.programme.id = :p and a.status in :s
                        and a.completedAt is not null""", Instant.class)
                .setParameter("p", programme.getId())
                .setParameter("s", List.of(ApplicationStatus.COMPLETE, ApplicationStatus.DOCUMENT_SCREENING)).getResultList()) {
            waiting++;
            switch (ScreeningDeadlines.from(completedAt.atZone(JapanTime.ZONE).toLocalDate(), programme.getNoticeTargetDays(),
                    programme.getNoticeMaxDays()).on(today)) {
                case DUE_SOON -> dueSoon++;
                case OVERDUE -> overdue++;
                case PAST_LATEST -> pastLatest++;
                default -> { }
            }
        }
        assertEquals(waiting, all.deadlines().waiting());
        assertEquals(dueSoon, all.deadlines().dueSoon(), "due soon");
        assertEquals(overdue, all.deadlines().overdue(), "overdue");
        assertEquals(pastLatest, all.deadlines().pastLatest(), "past the latest date");
        assertTrue(dueSoon >= 4 && overdue >= 8 && pastLatest >= 4, "the seeded ages reach every state: " + all.deadlines());

        // Each deadline figure opens the inbox under that deadline filter: the same applications, every row in that state.
        Map<ScreeningDeadlines.State, Long> figure = Map.of(ScreeningDeadlines.State.DUE_SOON, dueSoon,
                ScreeningDeadlines.State.OVERDUE, overdue, ScreeningDeadlines.State.PAST_LATEST, pastLatest);
        for (var state : figure.keySet()) {
            InboxFilter byDeadline = InboxFilter.none().waitingCompletedOn(ScreeningDeadlines.completionDays(state, today,
                    programme.getNoticeTargetDays(), programme.getNoticeMaxDays()));
            assertEquals(figure.get(state).longValue(), inbox.count(programme.getId(), byDeadline), state + ": the inbox finds what the figure counts");
            List<InboxRow> rows = inbox.page(programme.getId(), byDeadline, InboxRepository.Sort.SUBMITTED_AT, false, new PageRequest(0, 100));
            assertEquals(figure.get(state).longValue(), rows.size(), state.name());
            for (InboxRow row : rows) {
                assertEquals(state, ScreeningDeadlines.from(row.completedAt().atZone(JapanTime.ZONE).toLocalDate(),
                        programme.getNoticeTargetDays(), programme.getNoticeMaxDays()).on(today), "row " + row.id() + " under " + state);
            }
            // Sorted by the deadline column: the same rows, the most urgent (earliest completed) first.
            List<InboxRow> urgentFirst = inbox.page(programme.getId(), byDeadline, InboxRepository.Sort.COMPLETED_AT, true, new PageRequest(0, 100));
            assertEquals(rows.stream().map(InboxRow::id).sorted().toList(), urgentFirst.stream().map(InboxRow::id).sorted().toList());
            for (int i = 1; i < urgentFirst.size(); i++) {
                assertFalse(urgentFirst.get(i).completedAt().isBefore(urgentFirst.get(i - 1).completedAt()), state + " sorted by deadline");
            }
            // With a status too, and in the per-status counts beside the inbox.
            assertEquals(inbox.count(programme.getId(), new InboxFilter(ApplicationStatus.COMPLETE, null, null, null, null, null, null)
                            .waitingCompletedOn(byDeadline.waitingCompletedOn())),
                    inbox.countsByStatus(programme.getId(), byDeadline).get(ApplicationStatus.COMPLETE).longValue(), state + " per status");
            assertEquals(0L, inbox.countsByStatus(programme.getId(), byDeadline).get(ApplicationStatus.ADOPTED).longValue(),
                    "only applications waiting for their notice have a deadline");
        }
        assertEquals(programme.getCapacity(), all.capacity());
        assertEquals(programme.remainingPlaces(all.counted()), all.remaining());
    }

    @Test
    void aCoordinatorSeesOnlySupportFiguresAndAnApplicantIsRefused() throws Exception {
        Dashboard d = coordinator.call(() -> dashboard.figures(InboxFilter.none()));
        assertFalse(d.screening(), "no screening figures for a coordinator");
        assertTrue(d.funnel().isEmpty() && d.byPrefecture().isEmpty(), "none leak");
        assertTrue(d.support());
        assertEquals(4, d.activeCasesByStage().size(), "four stages");
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> dashboard.figures(InboxFilter.none())));
        assertThrows(EJBAccessException.class, () -> dashboard.figures(InboxFilter.none()), "anonymous");
    }

    /**
     * The inbox remembers its page for the session; a filter applied on a later page shows its
     * results from their first row, not from the remembered page (found by bench/inbox.sh: a
     * filter applied on page 2,000 showed the last page of its results).
     */
    @Test
    void aFilterAppliedOnALaterPageShowsItsResultsFromTheirFirstRow() throws Exception {
        Programme programme = programmes.findByFiscalYear(2026).orElseThrow();
        Instant now = Instant.now();
        for (int i = 0; i < 60; i++) {
            seed(programme, "頁送りテスト" + i + "株式会社", i % 2 == 0 ? Prefecture.KAGOSHIMA : Prefecture.AOMORI,
                    Industry.values()[0], -1, now);
        }
        WebClient staff = new WebClient();
        assertEquals(302, staff.signIn("screener@example.jp", "Banso-demo-2026", "").statusCode(), "signed in");
        String page = staff.get("/staff/inbox.xhtml").body();
        String nonce = WebClient.nonce(page);
        String viewState = WebClient.viewState(page);

        Map<String, String> third = WebClient.ajax("inbox:table", "inbox:table", "inbox:table", nonce, viewState);
        third.putAll(Map.of("inbox", "inbox", "jakarta.faces.behavior.event", "page", "jakarta.faces.partial.event", "page",
                "inbox:table_pagination", "true", "inbox:table_first", "50", "inbox:table_rows", "25",
                "inbox:table_skipChildren", "true", "inbox:table_encodeFeature", "true"));
        String paged = staff.post("/staff/inbox.xhtml", third).body();
        assertTrue(paged.contains("data-ri=\"50\""), "the third page starts at row 51: " + paged);

        Map<String, String> filter = WebClient.ajax("inbox:apply", "inbox", "inbox:table", nonce, viewState);
        filter.putAll(Map.of("inbox", "inbox", "inbox:apply", "inbox:apply", "inbox:prefecture_input", "KAGOSHIMA",
                "inbox:text", ""));
        String filtered = staff.post("/staff/inbox.xhtml", filter).body();
        assertTrue(filtered.contains("data-ri=\"0\""), "the filter's results from their first row: " + filtered);
        assertFalse(filtered.contains("data-ri=\"25\""), "not from a later page");
        assertFalse(filtered.contains("青森県"), "only the filtered prefecture");

        // The page is remembered: opening the inbox again shows the filtered results' first page too.
        String again = staff.get("/staff/inbox.xhtml").body();
        assertTrue(again.contains("data-ri=\"0\"") && !again.contains("data-ri=\"25\""), "the first page when opened again");
    }

    /** A submitted application; complete {@code completedDaysAgo} days ago unless negative. */
    private void seed(Programme programme, String name, Prefecture prefecture, Industry industry, int completedDaysAgo, Instant now)
            throws Exception {
        String twelve = String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
        String corporateNumber = CorporateNumber.checkDigitOf(twelve) + twelve;
        tx.begin();
        long owner = accounts.add(UserAccount.createActive("dash-" + System.nanoTime() + "@example.jp", "not-a-real-hash",
                Role.APPLICANT, "Dash", "ja", now)).getId();
        Application a = applications.add(new Application(programmes.find(programme.getId()).orElseThrow(), owner, now));
        var answers = SampleAnswers.company(corporateNumber, name);
        answers.setPrefecture(prefecture);
        answers.setIndustry(industry);
        a.saveDraft(answers, SampleAnswers.eligibility(), SampleAnswers.positions(), SampleAnswers.motivation(),
                SampleAnswers.allDeclared(), now);
        Company company = companies.add(new Company(CorporateNumber.of(corporateNumber), name, null, LegalForm.KK));
        Instant submitted = completedDaysAgo < 0 ? now : now.minus(Duration.ofDays(completedDaysAgo));
        a.submit(company, submitted);
        if (completedDaysAgo >= 0) {
            a.receiveConsent(submitted);
        }
        tx.commit();
    }
}

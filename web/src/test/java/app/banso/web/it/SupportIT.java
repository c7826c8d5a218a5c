package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.AccountStatus;
import app.banso.domain.account.Role;
import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.domain.support.CaseStatus;
import app.banso.domain.support.MenuRequest;
import app.banso.domain.support.Party;
import app.banso.domain.support.Referral;
import app.banso.domain.support.SupportCase;
import app.banso.domain.support.SupportMenu;
import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.EndedSessions;
import app.banso.ejb.notification.StaffMail;
import app.banso.ejb.screening.CatalogueService;
import app.banso.ejb.support.CompanySupportService;
import app.banso.ejb.support.CoordinatorChoice;
import app.banso.ejb.support.MenuDesk;
import app.banso.ejb.support.SupportJobs;
import app.banso.ejb.support.SupportService;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.platform.PageRequest;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Support cases on the configured database: visibility per coordinator, the daily end, roles. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWithRunAsCallers().addClass(Fixtures.class);
    }

    @Inject SupportRepository repository;
    @Inject SupportJobs jobs;
    @Inject SupportService staffBoundary;
    @Inject CompanySupportService companyBoundary;
    @Inject ProgrammeRepository programmes;
    @Resource UserTransaction tx;
    @PersistenceContext(unitName = "banso") EntityManager em;

    /** The demo data's adopted company has a case; its application id anchors new test cases. */
    private SupportCase demoCase() {
        return repository.cases(null).stream().filter(c -> c.getCompanyName().equals("株式会社デモ伴走")).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void aCoordinatorSeesOnlyTheCasesAssignedToThem_SUPPORT_8() throws Exception {
        tx.begin();
        SupportCase c = repository.find(demoCase().getId()).orElseThrow();
        c.assignCoordinator("coordinator.a@example.jp");
        tx.commit();
        assertEquals(List.of("株式会社デモ伴走"), repository.cases("coordinator.a@example.jp").stream().map(SupportCase::getCompanyName).toList());
        assertTrue(repository.cases("coordinator.b@example.jp").isEmpty(), "coordinator B reads nothing of A's case");
        assertTrue(repository.cases(null).size() >= 1, "ADMIN sees all");
        assertEquals(1, repository.countCases("coordinator.a@example.jp"), "the cases list counts A's case");
        assertEquals(List.of("株式会社デモ伴走"), repository.casePage("coordinator.a@example.jp", new PageRequest(0, 25)).stream()
                .map(SupportCase::getCompanyName).toList(), "and pages it");
        assertTrue(repository.casePage("coordinator.b@example.jp", new PageRequest(0, 25)).isEmpty(), "B's page is empty");
    }

    @Inject AsAdmin admin;

    @Test
    @Order(2)
    void adminAssignsOnlyACoordinatorWhoCanSignIn_SUPPORT_8() throws Exception {
        long caseId = demoCase().getId();
        List<CoordinatorChoice> choices = admin.call(() -> staffBoundary.coordinators());
        assertTrue(choices.contains(new CoordinatorChoice("coordinator@example.jp", "Coordinator Chris")), "the menu: " + choices);
        assertTrue(choices.stream().noneMatch(c -> c.email().equals("screener@example.jp")), "no screener in the menu: " + choices);
        for (String wrong : List.of("screener@example.jp", "nobody@example.jp")) {
            RuleViolationException e = assertThrows(RuleViolationException.class, () -> admin.call(() -> {
                staffBoundary.assignCoordinator(caseId, wrong, null);
                return null;
            }), wrong);
            assertEquals(RuleId.SUPPORT_8, e.rule().orElseThrow());
            assertEquals("case.coordinator.notCoordinator", e.messageKey());
        }
        admin.call(() -> {
            staffBoundary.assignCoordinator(caseId, " Coordinator@Example.jp ", "handover");
            return null;
        });
        assertEquals("coordinator@example.jp", repository.find(caseId).orElseThrow().getCoordinator().orElseThrow(),
                "the account's address, as typed differently");
    }

    @Inject UserAccountRepository accounts;
    @Inject AccountService accountService;
    @Inject EndedSessions endedSessions;

    @Test
    @Order(3)
    void aCoordinatorWithOpenCasesIsNeitherDisabledNorGivenAnotherRoleAndADisabledOneCannotBeAssigned_SUPPORT_8() throws Exception {
        long caseId = demoCase().getId();
        if (!repository.find(caseId).orElseThrow().getCoordinator().orElse("").equals("coordinator@example.jp")) {
            admin.call(() -> {
                staffBoundary.assignCoordinator(caseId, "coordinator@example.jp", "test");
                return null;
            });
        }
        long chris = accounts.findByEmail("coordinator@example.jp").orElseThrow().getId();
        RuleViolationException open = assertThrows(RuleViolationException.class, () -> admin.call(() -> accountService.disableAccount(chris)));
        assertEquals(RuleId.SUPPORT_8, open.rule().orElseThrow());
        assertEquals("account.coordinatorHasCases", open.messageKey());
        assertTrue(((Number) open.arguments().get(0)).longValue() >= 1, "the count of open cases: " + open.arguments());
        assertEquals(AccountStatus.ACTIVE, accounts.find(chris).orElseThrow().getStatus(), "nothing changed");

        RuleViolationException leaving = assertThrows(RuleViolationException.class,
                () -> admin.call(() -> accountService.changeRole(chris, Role.SCREENER)), "nor leaves the coordinator role");
        assertEquals(RuleId.SUPPORT_8, leaving.rule().orElseThrow());
        assertEquals(Role.COORDINATOR, accounts.find(chris).orElseThrow().getRole());

        long own = accounts.findByEmail("admin@example.jp").orElseThrow().getId();
        ConflictException self = assertThrows(ConflictException.class, () -> admin.call(() -> accountService.disableAccount(own)));
        assertEquals("account.disableOwn", self.messageKey());
        assertEquals("account.changeOwnRole",
                assertThrows(ConflictException.class, () -> admin.call(() -> accountService.changeRole(own, Role.SCREENER))).messageKey());
        long company = accounts.findByEmail("applicant@example.jp").orElseThrow().getId();
        assertThrows(InvalidDataException.class, () -> admin.call(() -> accountService.changeRole(company, Role.COORDINATOR)),
                "an applicant's account never becomes staff");
        assertThrows(NotFoundException.class, () -> admin.call(() -> accountService.disableAccount(-1L)));

        // A coordinator without cases is disabled: out of the menu, refused as a coordinator, sessions ended.
        var second = accounts.findByEmail("coordinator2@example.jp").orElseThrow();
        int generation = second.getSessionGeneration();
        assertFalse(endedSessions.ended(second.getId(), generation));
        assertTrue(admin.call(() -> accountService.disableAccount(second.getId())));
        assertFalse(admin.call(() -> accountService.disableAccount(second.getId())), "disabled once");
        assertTrue(endedSessions.ended(second.getId(), generation), "known on this node as soon as it is committed");
        assertTrue(admin.call(() -> staffBoundary.coordinators()).stream().noneMatch(c -> c.email().equals("coordinator2@example.jp")));
        RuleViolationException disabled = assertThrows(RuleViolationException.class, () -> admin.call(() -> {
            staffBoundary.assignCoordinator(caseId, "coordinator2@example.jp", "handover");
            return null;
        }));
        assertEquals(RuleId.SUPPORT_8, disabled.rule().orElseThrow());
        assertTrue(admin.call(() -> accountService.enableAccount(second.getId())));
        assertFalse(admin.call(() -> accountService.enableAccount(second.getId())), "enabled once");
        assertEquals(AccountStatus.ACTIVE, accounts.find(second.getId()).orElseThrow().getStatus());

        // Without open cases a coordinator may take another staff role, and back: each change ends the sessions.
        int beforeRoles = accounts.find(second.getId()).orElseThrow().getSessionGeneration();
        assertTrue(admin.call(() -> accountService.changeRole(second.getId(), Role.SCREENER)));
        assertTrue(endedSessions.ended(second.getId(), beforeRoles), "the coordinator's sessions end");
        assertTrue(admin.call(() -> staffBoundary.coordinators()).stream().noneMatch(c -> c.email().equals("coordinator2@example.jp")));
        assertTrue(admin.call(() -> accountService.changeRole(second.getId(), Role.COORDINATOR)));
        assertFalse(admin.call(() -> accountService.changeRole(second.getId(), Role.COORDINATOR)), "already a coordinator");
        assertThrows(EJBAccessException.class, () -> accountService.disableAccount(second.getId()), "ADMIN only");
    }

    @Test
    @Order(4)
    void adminHandsAllOpenCasesOfACoordinatorToAnotherWhoCanSignInAndEachHistoryKeepsWhy_SUPPORT_8() throws Exception {
        long demo = demoCase().getId();
        if (!repository.find(demo).orElseThrow().getCoordinator().orElse("").equals("coordinator@example.jp")) {
            admin.call(() -> {
                staffBoundary.assignCoordinator(demo, "coordinator@example.jp", "test");
                return null;
            });
        }
        tx.begin();
        long second = Fixtures.newCase(em, repository, "coordinator@example.jp", "引継ぎ案件株式会社").getId();
        tx.commit();
        long open = repository.countOpenCases("coordinator@example.jp");
        assertTrue(open >= 2, "Chris has the demo case and the new one: " + open);
        var chris = admin.call(() -> accountService.accounts("coordinator@example.jp", 0, 10)).get(0);
        assertEquals(open, chris.assignedWork(), "the users list shows ADMIN the open cases Chris still has");
        assertTrue(chris.assignedCases());

        // Refused: to a screener or to Chris again, and by anyone but ADMIN; nothing moves.
        assertEquals(RuleId.SUPPORT_8, assertThrows(RuleViolationException.class,
                () -> admin.call(() -> staffBoundary.handOverCases("coordinator@example.jp", "screener@example.jp", null)))
                .rule().orElseThrow());
        assertEquals("handOver.sameAccount", assertThrows(InvalidDataException.class,
                () -> admin.call(() -> staffBoundary.handOverCases("coordinator@example.jp", " COORDINATOR@example.jp", null)))
                .messageKey());
        assertThrows(EJBAccessException.class, () -> staffBoundary.handOverCases("coordinator@example.jp", "coordinator2@example.jp", null));
        assertEquals(open, repository.countOpenCases("coordinator@example.jp"));

        assertEquals(open, (long) admin.call(() -> staffBoundary.handOverCases("coordinator@example.jp", "coordinator2@example.jp", "休職")));
        tx.begin();
        List<String> told = em.createQuery("select m.subject from MailMessage m where m.recipient = :r and m.dedupKey like :k",
                String.class).setParameter("r", "coordinator2@example.jp").setParameter("k", StaffMail.CASES_ASSIGNED + ":%").getResultList();
        tx.commit();
        assertEquals(List.of("【伴走型支援】支援案件 " + open + " 件の担当になりました"), told, "one e-mail for the hand-over, in Japanese");
        assertEquals(0, repository.countOpenCases("coordinator@example.jp"));
        assertEquals("coordinator2@example.jp", repository.find(second).orElseThrow().getCoordinator().orElseThrow());
        tx.begin();
        var history = repository.assignments(demo);
        tx.commit();
        var chrisBefore = history.get(history.size() - 2);
        var handedTo = history.get(history.size() - 1);
        assertEquals("coordinator@example.jp", chrisBefore.getCoordinator());
        assertTrue(chrisBefore.getTo().isPresent(), "Chris's assignment has ended");
        assertEquals("coordinator2@example.jp", handedTo.getCoordinator());
        assertEquals("休職", handedTo.getReason().orElseThrow(), "and why");
        assertEquals(0, admin.call(() -> accountService.accounts("coordinator@example.jp", 0, 10)).get(0).assignedWork());

        // Without open cases Chris could now be disabled (SUPPORT-8 no longer stands in the way); handed back instead.
        assertEquals(open, (long) admin.call(() -> staffBoundary.handOverCases("coordinator2@example.jp", "coordinator@example.jp", null)));
        assertEquals("coordinator@example.jp", repository.find(demo).orElseThrow().getCoordinator().orElseThrow());
    }

    @Test
    @Order(5) // ends the demo case: last
    void supportEndsOnItsOwnAfterThePeriodOnceAndTellsTheCompany() throws Exception {
        long caseId = demoCase().getId();
        LocalDate supportEnds = programmes.find(demoCase().getProgrammeId()).orElseThrow().getSupportEnds();
        tx.begin();
        SupportCase c = repository.find(caseId).orElseThrow();
        c.recordKickoff(Instant.now(), "all", "minutes", new String[] {"a", "b", "c", "d"}, LocalDate.now().minusDays(60),
                LocalDate.now().minusDays(1), supportEnds);
        for (Party p : Party.values()) {
            c.agree(p, Instant.now());
        }
        tx.commit();

        assertEquals(1, jobs.endFinishedPeriods());
        assertEquals(0, jobs.endFinishedPeriods(), "idempotent");
        tx.begin();
        SupportCase ended = repository.find(caseId).orElseThrow();
        assertEquals(CaseStatus.ENDED, ended.getStatus());
        RuleViolationException readOnly = assertThrows(RuleViolationException.class, () -> ended.agree(Party.COMPANY, Instant.now()));
        assertEquals(RuleId.PERIOD_1, readOnly.rule().orElseThrow());
        assertEquals(1L, em.createQuery("select count(m) from MailMessage m where m.dedupKey = :k", Long.class)
                .setParameter("k", "support-ended:" + caseId).getSingleResult());
        tx.rollback();
    }

    @Inject MenuDesk menuDesk;
    @Resource ManagedExecutorService executor;

    @Test
    @Order(2)
    void twentySimultaneousGrantsForThreePlacesGrantExactlyThree_SUPPORT_6() throws Exception {
        long caseId = demoCase().getId();
        List<Long> requests = new ArrayList<>();
        tx.begin();
        var menu = new SupportMenu(demoCase().getProgrammeId(), "テスト枠", "Test menu", 3);
        repository.add(menu);
        em.flush();
        for (int i = 0; i < 20; i++) {
            var r = new MenuRequest(menu.getId(), caseId, "会社" + i, i % 4, "c@example.jp", Instant.now());
            repository.add(r);
            em.flush();
            requests.add(r.getId());
        }
        long menuId = menu.getId();
        tx.commit();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long id : requests) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    return menuDesk.decide(id, MenuRequest.State.GRANTED, "admin@example.jp").getState().name();
                } catch (RuleViolationException e) {
                    return e.rule().orElseThrow().code();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (var f : outcomes) {
            results.add(f.get());
        }
        assertEquals(3, results.stream().filter("GRANTED"::equals).count(), results.toString());
        assertEquals(17, results.stream().filter("SUPPORT-6"::equals).count(), results.toString());
        tx.begin();
        assertEquals(3L, repository.granted(menuId), "never over-granted");
        tx.commit();
    }

    @Inject AsCoordinator coordinator;
    @Inject CatalogueService catalogue;

    /**
     * SUPPORT-3: a coordinator refers their company to a JETRO or partner service of the catalogue
     * and records whether it was used; a service retired since the page was opened, or an id that
     * was never a service, is refused by name and nothing is referred.
     */
    @Test
    @Order(2)
    void aReferralPointsOnlyToAServiceStillOfferedAndKeepsItsOutcome_SUPPORT_3() throws Exception {
        tx.begin();
        long caseId = Fixtures.newCase(em, repository, "coordinator@example.jp", "紹介先テスト株式会社").getId();
        tx.commit();
        admin.call(() -> {
            catalogue.add("紹介テスト相談会", "Referral test clinic", "JETRO", null, false);
            catalogue.add("終了した紹介テスト講座", "Retired referral test course", "Partner", null, true);
            return null;
        });
        long offered = idOfService("紹介テスト相談会");
        long retired = idOfService("終了した紹介テスト講座");
        admin.call(() -> {
            catalogue.retire(retired);
            return null;
        });

        for (long id : new long[] {retired, 987_654_321L}) {
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> coordinator.call(() -> {
                        staffBoundary.refer(caseId, id, "");
                        return null;
                    }));
            assertEquals(RuleId.SUPPORT_3, refused.rule().orElseThrow());
            assertEquals("catalogue.notOffered", refused.messageKey());
            assertEquals(List.of(id), refused.arguments(), "names the service");
        }
        assertTrue(repository.referrals(caseId).isEmpty(), "nothing referred by a refusal");

        coordinator.call(() -> {
            staffBoundary.refer(caseId, offered, "初回面談で案内");
            return null;
        });
        List<Referral> referrals = repository.referrals(caseId);
        assertEquals(1, referrals.size());
        assertEquals("紹介テスト相談会", referrals.get(0).getServiceName());
        assertEquals(Referral.Outcome.PENDING, referrals.get(0).getOutcome());
        long referralId = referrals.get(0).getId();
        coordinator.call(() -> {
            staffBoundary.referralOutcome(referralId, Referral.Outcome.USED);
            return null;
        });
        assertEquals(Referral.Outcome.USED, repository.referral(referralId).orElseThrow().getOutcome());
    }

    private long idOfService(String nameJa) {
        return em.createQuery("select s.id from ServiceOffering s where s.nameJa = :n", Long.class).setParameter("n", nameJa)
                .getSingleResult();
    }

    @Test
    @Order(2)
    void supportBoundariesRefuseCallersWithoutTheirRole() {
        assertThrows(EJBAccessException.class, () -> staffBoundary.casePage(0, 25));
        assertThrows(EJBAccessException.class, () -> staffBoundary.detail(1));
        assertThrows(EJBAccessException.class, () -> companyBoundary.myCase());
    }
}

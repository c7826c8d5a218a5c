package app.banso.domain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupportCaseTest {

    private static final Instant NOW = Instant.parse("2026-08-01T01:00:00Z");
    private static final LocalDate PROGRAMME_END = LocalDate.of(2027, 3, 31);
    private static final String[] GOALS = {"profile", "recruit", "onboard", "retain"};

    private static SupportCase kickedOff(LocalDate end) {
        SupportCase c = new SupportCase(1L, 1L, "テスト株式会社", NOW);
        c.assignCoordinator("coordinator@example.jp");
        c.recordKickoff(NOW, "社長、人事部長、コーディネーター", "議事録", GOALS, LocalDate.of(2026, 8, 1), end, PROGRAMME_END);
        return c;
    }

    @Test
    void periodCannotEndAfterTheProgrammeSupportEnd_PERIOD_1() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> kickedOff(LocalDate.of(2027, 4, 1)));
        assertEquals(RuleId.PERIOD_1, e.rule().orElseThrow());
        assertEquals(LocalDate.of(2027, 3, 31), kickedOff(PROGRAMME_END).getPeriodEnd().orElseThrow());
    }

    @Test
    void supportStartsWhenCompanyJetroAndCoordinatorHaveAllAgreed_PERIOD_1() {
        SupportCase c = kickedOff(LocalDate.of(2027, 2, 28));
        c.agree(Party.COMPANY, NOW);
        c.agree(Party.COORDINATOR, NOW);
        assertEquals(CaseStatus.KICKOFF, c.getStatus());
        c.agree(Party.JETRO, NOW);
        assertEquals(CaseStatus.ACTIVE, c.getStatus());
        assertEquals(StageStatus.IN_PROGRESS, c.stage(1));
        assertEquals(1, c.currentStage());
    }

    @Test
    void stagesMoveInOrder_SUPPORT_5() {
        SupportCase c = kickedOff(PROGRAMME_END);
        for (Party p : Party.values()) {
            c.agree(p, NOW);
        }
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> c.setStage(3, StageStatus.IN_PROGRESS));
        assertEquals(RuleId.SUPPORT_5, e.rule().orElseThrow());
        c.setStage(1, StageStatus.DONE);
        c.setStage(2, StageStatus.IN_PROGRESS);
        assertEquals(2, c.currentStage());
    }

    @Test
    void terminatedCaseIsReadOnlyAndNamesItsReason_TERM_1() {
        SupportCase c = kickedOff(PROGRAMME_END);
        c.terminate(TermReason.TERM_1, LocalDate.of(2026, 12, 1), "Goals achieved", "admin@example.jp", NOW);
        assertEquals(CaseStatus.TERMINATED, c.getStatus());
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> c.agree(Party.COMPANY, NOW));
        assertEquals(RuleId.TERM_1, e.rule().orElseThrow());
        for (TermReason r : TermReason.values()) {
            assertEquals(r.name().replace('_', '-'), r.rule().code());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TermReason.class)
    void eachReasonEndsTheCaseEarlyUnderItsOwnRuleAndKeepsWhy_TERM_1_TERM_2_TERM_3_TERM_4_TERM_5(TermReason reason) {
        SupportCase c = kickedOff(PROGRAMME_END);
        c.terminate(reason, LocalDate.of(2026, 12, 1), "why: " + reason, "admin@example.jp", NOW);
        assertEquals(CaseStatus.TERMINATED, c.getStatus());
        assertEquals(reason, c.getTermReason().orElseThrow());
        assertEquals(reason.name().replace('_', '-'), reason.rule().code());
        RuleViolationException again = assertThrows(RuleViolationException.class,
                () -> c.terminate(TermReason.TERM_1, LocalDate.of(2026, 12, 2), "again", "admin@example.jp", NOW));
        assertEquals(reason.rule(), again.rule().orElseThrow(), "a terminated case is closed, and says why");
    }

    @Test
    void caseEndsOnItsOwnTheDayAfterThePeriodEnd() {
        SupportCase c = kickedOff(LocalDate.of(2027, 1, 31));
        assertFalse(c.endIfPeriodOver(LocalDate.of(2027, 1, 31), NOW));
        assertTrue(c.endIfPeriodOver(LocalDate.of(2027, 2, 1), NOW));
        assertEquals(CaseStatus.ENDED, c.getStatus());
        assertFalse(c.endIfPeriodOver(LocalDate.of(2027, 2, 2), NOW), "idempotent");
    }

    @Test
    void agreeingOrRevisingNeedsTheKickoffMeetingAndItsPlanFirst_SUPPORT_1() {
        SupportCase c = new SupportCase(1L, 1L, "テスト株式会社", NOW);
        c.assignCoordinator("coordinator@example.jp");
        RuleViolationException agree = assertThrows(RuleViolationException.class, () -> c.agree(Party.COMPANY, NOW));
        assertEquals(RuleId.SUPPORT_1, agree.rule().orElseThrow());
        assertEquals("support.noPlan", agree.messageKey());
        RuleViolationException revise = assertThrows(RuleViolationException.class,
                () -> c.revisePlan(GOALS, LocalDate.of(2027, 1, 31), PROGRAMME_END));
        assertEquals(RuleId.SUPPORT_1, revise.rule().orElseThrow());
        c.recordKickoff(NOW, "社長、人事部長、コーディネーター", "議事録", GOALS, LocalDate.of(2026, 8, 1),
                LocalDate.of(2027, 1, 31), PROGRAMME_END);
        assertEquals("profile", c.goal(1));
        assertEquals("retain", c.goal(4));
        c.agree(Party.COMPANY, NOW);
        assertFalse(c.isAgreedByAll());
    }

    @Test
    void aKickoffRecordedAgainAsksEveryPartyToAgreeAgain_SUPPORT_1_PERIOD_1() {
        SupportCase c = kickedOff(LocalDate.of(2027, 1, 31));
        c.agree(Party.COMPANY, NOW);
        c.agree(Party.COORDINATOR, NOW);
        c.recordKickoff(NOW, "社長", "議事録（修正）", GOALS, LocalDate.of(2026, 8, 1), LocalDate.of(2027, 2, 28), PROGRAMME_END);
        c.agree(Party.JETRO, NOW);
        assertFalse(c.isAgreedByAll(), "the company and the coordinator agreed to the earlier plan");
        assertEquals(CaseStatus.KICKOFF, c.getStatus());
    }

    @Test
    void aVisitIsScheduledThenConfirmedThenDoneAndOtherEntriesHaveNoVisitState_SUPPORT_2() {
        Activity visit = new Activity(1L, ActivityType.VISIT, LocalDate.of(2026, 9, 1), 90, "社長", "訪問", "次回", 2, "c", NOW);
        assertEquals(VisitState.SCHEDULED, visit.getVisitState().orElseThrow());
        visit.confirmVisit();
        assertEquals(VisitState.CONFIRMED, visit.getVisitState().orElseThrow());
        RuleViolationException twice = assertThrows(RuleViolationException.class, visit::confirmVisit);
        assertEquals(RuleId.SUPPORT_2, twice.rule().orElseThrow());
        visit.completeVisit();
        assertEquals(VisitState.DONE, visit.getVisitState().orElseThrow());
        Activity trip = new Activity(1L, ActivityType.TRIP_ACCOMPANIMENT, LocalDate.of(2026, 9, 5), null, null, null, null, 2,
                "c", NOW);
        assertTrue(trip.isVisit(), "a business trip accompanied is confirmed and cancelled like a visit");
        trip.cancelByCompany();
        RuleViolationException cancelled = assertThrows(RuleViolationException.class, trip::completeVisit);
        assertEquals(RuleId.SUPPORT_2, cancelled.rule().orElseThrow());
        for (ActivityType type : List.of(ActivityType.PHONE, ActivityType.EMAIL, ActivityType.ONLINE_MEETING)) {
            Activity entry = new Activity(1L, type, LocalDate.of(2026, 9, 1), 30, null, null, null, 1, "c", NOW);
            assertFalse(entry.isVisit(), type.name());
            RuleViolationException e = assertThrows(RuleViolationException.class, entry::confirmVisit);
            assertEquals(RuleId.SUPPORT_2, e.rule().orElseThrow());
            assertEquals("support.notAVisit", e.messageKey());
        }
    }

    @Test
    void aWorkLogEntryNeedsItsDateAndADurationOfAtMostOneDay_SUPPORT_2() {
        InvalidDataException noDate = assertThrows(InvalidDataException.class,
                () -> new Activity(1L, ActivityType.PHONE, null, 15, null, null, null, 1, "c", NOW));
        assertEquals("activityDate", noDate.field());
        for (int minutes : new int[] {-1, 24 * 60 + 1}) {
            InvalidDataException e = assertThrows(InvalidDataException.class,
                    () -> new Activity(1L, ActivityType.PHONE, LocalDate.of(2026, 9, 1), minutes, null, null, null, 1, "c", NOW));
            assertEquals("duration", e.field());
            assertEquals("support.duration", e.messageKey());
        }
        Activity allDay = new Activity(1L, ActivityType.TRIP_ACCOMPANIMENT, LocalDate.of(2026, 9, 1), 24 * 60, null, null, null,
                3, "c", NOW);
        assertEquals(24 * 60, allDay.getDurationMinutes().orElseThrow());
        assertEquals(3, allDay.getStage());
    }

    @Test
    void companyCancellingAConfirmedVisitMayBeCharged_SUPPORT_7() {
        Activity visit = new Activity(1L, ActivityType.VISIT, LocalDate.of(2026, 9, 1), 90, "社長", null, null, 1, "c", NOW);
        Activity early = new Activity(1L, ActivityType.VISIT, LocalDate.of(2026, 9, 2), 90, "社長", null, null, 1, "c", NOW);
        visit.confirmVisit();
        assertTrue(visit.cancelByCompany());
        assertTrue(visit.isCostsMayBeCharged());
        assertFalse(early.cancelByCompany(), "not yet confirmed: no costs");
        Activity call = new Activity(1L, ActivityType.PHONE, LocalDate.of(2026, 9, 1), 15, null, null, null, 1, "c", NOW);
        assertThrows(RuleViolationException.class, call::cancelByCompany);
    }

    @Test
    void aReviewRevisesThePlanButNeverBeyondTheProgrammeEnd_SUPPORT_4_PERIOD_1() {
        SupportCase c = kickedOff(LocalDate.of(2027, 1, 31));
        c.revisePlan(new String[] {"new profile", "recruit", "onboard", "retain"}, LocalDate.of(2027, 3, 31), PROGRAMME_END);
        assertEquals("new profile", c.goal(1));
        assertEquals(LocalDate.of(2027, 3, 31), c.getPeriodEnd().orElseThrow());
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> c.revisePlan(GOALS, LocalDate.of(2027, 4, 30), PROGRAMME_END));
        assertEquals(RuleId.PERIOD_1, e.rule().orElseThrow());
    }

    @Test
    void anEditBasedOnAnOlderVersionIsAConflictNamingWhoSavedInBetweenAndWhen() {
        SupportCase c = new SupportCase(1L, 1L, "テスト株式会社", NOW);
        c.editedBy("coordinator@example.jp", c.getVersion(), NOW);
        assertEquals("coordinator@example.jp", c.getChangedBy().orElseThrow());
        var e = assertThrows(ConflictException.class,
                () -> c.editedBy("admin@example.jp", c.getVersion() - 1, NOW.plusSeconds(60)));
        assertEquals("case.changedBy", e.messageKey());
        assertEquals(List.of("coordinator@example.jp", "2026-08-01 10:00"), e.arguments());
        assertEquals("coordinator@example.jp", c.getChangedBy().orElseThrow(), "the refused edit records nothing");
    }
}

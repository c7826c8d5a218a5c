package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.programme.CapacityBasis;
import app.banso.domain.programme.Programme;
import app.banso.domain.programme.ProgrammeContact;
import app.banso.domain.programme.ProgrammeSchedule;
import app.banso.domain.shared.IllegalTransitionException;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    private static final String NUMBER = "7000012050002";

    static Programme programme2026() {
        return new Programme(2026, "2026年度 伴走型支援", "2026 Accompanying Support",
                new ProgrammeSchedule(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 3, 31)),
                420, CapacityBasis.SUBMITTED,
                new ProgrammeContact("高度外国人材課", "Highly-Skilled Foreign Talent Division", "hfp@example.jp", null));
    }

    static Company company() {
        return new Company(CorporateNumber.of(NUMBER), "テスト株式会社", "Test KK", LegalForm.KK);
    }

    static Application completeDraft() {
        Application a = new Application(programme2026(), 7L, T0);
        a.saveDraft(SampleAnswers.company(NUMBER, "テスト株式会社"), SampleAnswers.eligibility(), SampleAnswers.positions(),
                SampleAnswers.motivation(), SampleAnswers.allDeclared(), T0.plusSeconds(1));
        return a;
    }

    @Test
    void newApplicationIsADraftWithATimeline() {
        Application a = new Application(programme2026(), 7L, T0);
        assertEquals(ApplicationStatus.DRAFT, a.getStatus());
        assertEquals(ApplicationEventType.DRAFT_STARTED, a.getEvents().get(0).getType());
    }

    @Test
    void walksTheWholeHappyPathToAdoption() {
        Application a = completeDraft();
        a.receiveConsent(T0.plusSeconds(2));
        a.submit(company(), T0.plusSeconds(3));
        assertEquals(ApplicationStatus.COMPLETE, a.getStatus(), "consent already there: complete at once (APPLY-1)");
        a.startDocumentScreening(T0.plusSeconds(4));
        a.scheduleInterview(T0.plusSeconds(5));
        a.adopt(T0.plusSeconds(6));
        assertEquals(ApplicationStatus.ADOPTED, a.getStatus());
        assertEquals(NUMBER, a.getCorporateNumber().orElseThrow());
        assertEquals(List.of(ApplicationEventType.DRAFT_STARTED, ApplicationEventType.CONSENT_RECEIVED, ApplicationEventType.SUBMITTED,
                ApplicationEventType.COMPLETED, ApplicationEventType.DOCUMENT_SCREENING_STARTED, ApplicationEventType.INTERVIEW_SCHEDULED,
                ApplicationEventType.ADOPTED), a.getEvents().stream().map(ApplicationEvent::getType).toList());
    }

    @Test
    void theFirstInterviewNoticeKeepsTheDaysSinceCompletion_SCREEN_2() {
        Application a = completeDraft();
        a.receiveConsent(T0);
        a.submit(company(), T0);
        a.startDocumentScreening(T0.plusSeconds(60));
        assertTrue(a.getDaysToNotice().isEmpty(), "no notice yet");
        a.scheduleInterview(T0.plus(Duration.ofHours(84)));
        assertEquals(3.5, a.getDaysToNotice().orElseThrow(), 1e-9, "84 hours after COMPLETE");
    }

    @Test
    void submittedWithoutConsentIsCompleteWhenTheConsentArrives_APPLY_1() {
        Application a = completeDraft();
        a.submit(company(), T0.plusSeconds(2));
        assertEquals(ApplicationStatus.SUBMITTED, a.getStatus());
        a.receiveConsent(T0.plusSeconds(3));
        assertEquals(ApplicationStatus.COMPLETE, a.getStatus());
    }

    @Test
    void consentCanBeReplacedUntilSubmissionButNotAfter_APPLY_1() {
        Application a = completeDraft();
        a.receiveConsent(T0.plusSeconds(2));
        a.receiveConsent(T0.plusSeconds(3));
        assertEquals(ApplicationEventType.CONSENT_REPLACED, a.getEvents().get(a.getEvents().size() - 1).getType());
        a.submit(company(), T0.plusSeconds(4));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> a.receiveConsent(T0.plusSeconds(5)));
        assertEquals(RuleId.APPLY_1, e.rule().orElseThrow());
    }

    @Test
    void savingTheSameAnswersAgainChangesNothing_APPLY_2() {
        Application a = completeDraft();
        assertFalse(a.saveDraft(SampleAnswers.company(NUMBER, "テスト株式会社"), SampleAnswers.eligibility(), SampleAnswers.positions(),
                SampleAnswers.motivation(), SampleAnswers.allDeclared(), T0.plusSeconds(60)), "equal answers: no change");
        assertEquals(T0.plusSeconds(1), a.getDraftSavedAt().orElseThrow(), "saved at: the last change");

        List<PositionAnswers> positions = a.getPositions();
        positions.get(0).setCountriesOfInterest("ベトナム");
        assertTrue(a.saveDraft(a.getCompanyAnswers(), a.getEligibility(), positions, a.getMotivation(), a.getDeclarations(),
                T0.plusSeconds(120)), "one answer of one position changed");
        assertEquals(T0.plusSeconds(120), a.getDraftSavedAt().orElseThrow());
        assertEquals("ベトナム", a.getPositions().get(0).getCountriesOfInterest());

        Declarations d = a.getDeclarations();
        d.setPrivacy(false);
        assertTrue(a.saveDraft(a.getCompanyAnswers(), a.getEligibility(), a.getPositions(), a.getMotivation(), d, T0.plusSeconds(180)));
        assertFalse(a.getDeclarations().isPrivacy());
    }

    @Test
    void firstSaveOfAnEmptyDraftRecordsItsTime_APPLY_2() {
        Application a = new Application(programme2026(), 7L, T0);
        assertTrue(a.saveDraft(new CompanyAnswers(), new EligibilityAnswers(), List.of(), new MotivationAnswers(), new Declarations(),
                T0.plusSeconds(5)));
        assertEquals(T0.plusSeconds(5), a.getDraftSavedAt().orElseThrow());
    }

    @Test
    void submittedApplicationCanNoLongerBeEdited_APPLY_2() {
        Application a = completeDraft();
        a.submit(company(), T0.plusSeconds(2));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> a.saveDraft(new CompanyAnswers(),
                new EligibilityAnswers(), List.of(), new MotivationAnswers(), new Declarations(), T0.plusSeconds(3)));
        assertEquals(RuleId.APPLY_2, e.rule().orElseThrow());
    }

    @Test
    void incompleteDraftIsSavedButCannotBeSubmitted_APPLY_2() {
        Application a = new Application(programme2026(), 7L, T0);
        CompanyAnswers partial = new CompanyAnswers();
        partial.setLegalNameJa("途中株式会社");
        a.saveDraft(partial, new EligibilityAnswers(), List.of(), new MotivationAnswers(), new Declarations(), T0);
        assertEquals("途中株式会社", a.getCompanyAnswers().getLegalNameJa());
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> a.submit(company(), T0));
        assertEquals("submit.incomplete", e.messageKey());
        assertEquals(ApplicationStatus.DRAFT, a.getStatus());
    }

    @Test
    void failingExclusionRefusesSubmissionNamingTheRule_EX_1() {
        Application a = new Application(programme2026(), 7L, T0);
        CompanyAnswers c = SampleAnswers.company(NUMBER, "社団法人テスト");
        c.setLegalForm(LegalForm.OTHER);
        a.saveDraft(c, SampleAnswers.eligibility(), SampleAnswers.positions(), SampleAnswers.motivation(),
                SampleAnswers.allDeclared(), T0);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> a.submit(company(), T0));
        assertEquals(RuleId.EX_1, e.rule().orElseThrow());
        assertEquals(ApplicationStatus.DRAFT, a.getStatus());
    }

    @Test
    void missingDeclarationRefusesSubmissionNamingTheRule_LAW_3() {
        Application a = new Application(programme2026(), 7L, T0);
        Declarations d = SampleAnswers.allDeclared();
        d.setLaw3(false);
        a.saveDraft(SampleAnswers.company(NUMBER, "テスト株式会社"), SampleAnswers.eligibility(), SampleAnswers.positions(),
                SampleAnswers.motivation(), d, T0);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> a.submit(company(), T0));
        assertEquals(RuleId.LAW_3, e.rule().orElseThrow());
    }

    @Test
    void draftCannotBeAdoptedDirectly_SCREEN_3() {
        Application a = completeDraft();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> a.adopt(T0));
        assertEquals(RuleId.SCREEN_3, e.rule().orElseThrow());
    }

    @Test
    void onlyASubmittedApplicationIsAssignedAScreenerAndAssigningTheSameOneAgainIsNoChange_SCREEN_1() {
        Application a = completeDraft();
        RuleViolationException draft = assertThrows(RuleViolationException.class, () -> a.assignScreener("screener@example.jp"));
        assertEquals(RuleId.SCREEN_1, draft.rule().orElseThrow());
        assertEquals("screening.notSubmitted", draft.messageKey());
        assertTrue(a.getAssignedScreener().isEmpty());
        a.submit(company(), T0);
        assertTrue(a.assignScreener("screener@example.jp"), "a first assignment is a change");
        assertFalse(a.assignScreener("screener@example.jp"), "the same screener again is not");
        assertTrue(a.assignScreener("other@example.jp"), "another screener is");
        assertEquals("other@example.jp", a.getAssignedScreener().orElseThrow());
    }

    @Test
    void withdrawnApplicationKeepsItsReasonAndCannotBeWithdrawnAgain_APPLY_3() {
        Application a = completeDraft();
        a.submit(company(), T0);
        a.withdraw("  Hired elsewhere  ", T0.plusSeconds(9));
        assertEquals("Hired elsewhere", a.getWithdrawalReason().orElseThrow());
        assertThrows(IllegalTransitionException.class, () -> a.withdraw(null, T0));
    }

    @Test
    void onlyPlacedApplicationsCountAgainstCapacity_APPLY_4() {
        Application a = completeDraft();
        assertTrue(!a.countsAgainstCapacity(CapacityBasis.SUBMITTED));
        a.submit(company(), T0);
        assertTrue(a.countsAgainstCapacity(CapacityBasis.SUBMITTED));
        assertTrue(!a.countsAgainstCapacity(CapacityBasis.COMPLETE));
        a.withdraw(null, T0);
        assertTrue(!a.countsAgainstCapacity(CapacityBasis.SUBMITTED));
    }

    @Test
    void hiringPlanIsLimitedToTenPositions() {
        Application a = new Application(programme2026(), 7L, T0);
        List<PositionAnswers> eleven = IntStream.range(0, 11).mapToObj(i -> new PositionAnswers()).toList();
        assertThrows(InvalidDataException.class, () -> a.saveDraft(new CompanyAnswers(), new EligibilityAnswers(), eleven,
                new MotivationAnswers(), new Declarations(), T0));
    }
}

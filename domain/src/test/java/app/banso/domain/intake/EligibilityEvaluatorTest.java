package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.RuleId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityEvaluatorTest {

    private static List<RuleResult> evaluate(Consumer<CompanyAnswers> company, Consumer<EligibilityAnswers> answers,
                                             Consumer<PositionAnswers> position) {
        CompanyAnswers c = SampleAnswers.company("7000012050002", "テスト株式会社");
        EligibilityAnswers e = SampleAnswers.eligibility();
        PositionAnswers p = SampleAnswers.positions().get(0);
        company.accept(c);
        answers.accept(e);
        position.accept(p);
        return EligibilityEvaluator.evaluate(c, e, List.of(p));
    }

    private static RuleOutcome outcome(List<RuleResult> results, RuleId rule) {
        return results.stream().filter(r -> r.rule() == rule).map(RuleResult::outcome).findFirst().orElseThrow();
    }

    @Test
    void sampleAnswersPassEveryRule() {
        List<RuleResult> results = evaluate(c -> { }, e -> { }, p -> { });
        assertTrue(results.stream().allMatch(r -> r.outcome() == RuleOutcome.PASS), results.toString());
        assertEquals(13, results.size(), "EX-1..8, TALENT-1..3 for one position, MAYBE-1..2");
    }

    @Test
    void otherLegalFormFails_EX_1() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> c.setLegalForm(LegalForm.OTHER), e -> { }, p -> { }), RuleId.EX_1));
        for (LegalForm ok : List.of(LegalForm.KK, LegalForm.YK, LegalForm.GK)) {
            assertEquals(RuleOutcome.PASS, outcome(evaluate(c -> c.setLegalForm(ok), e -> { }, p -> { }), RuleId.EX_1));
        }
    }

    @Test
    void placementBusinessFails_EX_2() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> e.setPlacementBusiness(true), p -> { }), RuleId.EX_2));
    }

    @Test
    void noOwnWebsiteFailsAndAMissingAddressIsUnanswered_EX_3() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> e.setOwnWebsite(false), p -> { }), RuleId.EX_3));
        assertEquals(RuleOutcome.UNANSWERED, outcome(evaluate(c -> c.setWebsiteUrl(null), e -> { }, p -> { }), RuleId.EX_3));
        assertEquals(RuleOutcome.UNANSWERED, outcome(evaluate(c -> c.setWebsiteUrl("ftp://x.jp"), e -> { }, p -> { }), RuleId.EX_3));
    }

    @Test
    void overseasSubsidiaryOnlyFails_EX_4() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> e.setOverseasSubsidiaryOnly(true), p -> { }), RuleId.EX_4));
    }

    @Test
    void notRegularFullTimeOrNotHighlySkilledFails_EX_5() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> e.setRegularFullTime(false), p -> { }), RuleId.EX_5));
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> { }, p -> p.setRoleType(RoleType.OTHER)), RuleId.EX_5));
    }

    @Test
    void neverEmployedGraduatesFails_EX_6() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> e.setEmployedGraduatesBefore(false), p -> { }), RuleId.EX_6));
    }

    @Test
    void employmentAtAnotherEntityFails_EX_7() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> e.setEmployedByApplicant(false), p -> { }), RuleId.EX_7));
    }

    @Test
    void noGlobalSouthInterestFails_EX_8() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> e.setGlobalSouthInterest(false), p -> { }), RuleId.EX_8));
    }

    @ParameterizedTest
    @EnumSource(value = StatusOfResidence.class, names = {"SPECIFIED_SKILLED_WORKER", "TECHNICAL_INTERN_TRAINING", "EMPLOYMENT_FOR_SKILL_DEVELOPMENT"})
    void excludedStatusesOfResidenceFail_TALENT_1(StatusOfResidence status) {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> { }, p -> p.setStatusOfResidence(status)), RuleId.TALENT_1));
    }

    @Test
    void otherStatusOfResidenceIsFlaggedForTheScreener_TALENT_1() {
        assertEquals(RuleOutcome.FLAG, outcome(evaluate(c -> { }, e -> { }, p -> p.setStatusOfResidence(StatusOfResidence.OTHER)), RuleId.TALENT_1));
    }

    @Test
    void nonProfessionalRoleFails_TALENT_2() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> { }, p -> p.setRoleType(RoleType.OTHER)), RuleId.TALENT_2));
    }

    @Test
    void educationBelowBachelorFails_TALENT_3() {
        assertEquals(RuleOutcome.FAIL, outcome(evaluate(c -> { }, e -> { }, p -> p.setEducation(Education.BELOW_BACHELOR)), RuleId.TALENT_3));
    }

    @Test
    void insufficientFinancialBaseIsAWarning_MAYBE_1() {
        assertEquals(RuleOutcome.FLAG, outcome(evaluate(c -> { }, e -> e.setFinancialBaseSufficient(false), p -> { }), RuleId.MAYBE_1));
    }

    @Test
    void differentSupportedCompanyIsAWarning_MAYBE_2() {
        assertEquals(RuleOutcome.FLAG, outcome(evaluate(c -> { }, e -> e.setSameCompanySupported(false), p -> { }), RuleId.MAYBE_2));
    }

    @Test
    void unansweredQuestionsAreUnansweredNotFailures() {
        List<RuleResult> results = EligibilityEvaluator.evaluate(new CompanyAnswers(), new EligibilityAnswers(), List.of());
        assertTrue(results.stream().allMatch(r -> r.outcome() == RuleOutcome.UNANSWERED), results.toString());
    }

    @Test
    void talentRulesAreEvaluatedPerPosition() {
        PositionAnswers good = SampleAnswers.positions().get(0);
        PositionAnswers bad = SampleAnswers.positions().get(0);
        bad.setStatusOfResidence(StatusOfResidence.TECHNICAL_INTERN_TRAINING);
        List<RuleResult> results = EligibilityEvaluator.evaluate(SampleAnswers.company("7000012050002", "x"),
                SampleAnswers.eligibility(), List.of(good, bad));
        assertEquals(RuleOutcome.PASS, results.stream().filter(r -> r.rule() == RuleId.TALENT_1 && r.position() == 1).findFirst().orElseThrow().outcome());
        assertEquals(RuleOutcome.FAIL, results.stream().filter(r -> r.rule() == RuleId.TALENT_1 && r.position() == 2).findFirst().orElseThrow().outcome());
        assertEquals("eligibility.TALENT-1.FAIL", results.stream().filter(r -> r.isFailure() && r.rule() == RuleId.TALENT_1).findFirst().orElseThrow().messageKey());
    }
}

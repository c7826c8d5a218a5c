package app.banso.domain.intake;

import static app.banso.domain.intake.RuleOutcome.FAIL;
import static app.banso.domain.intake.RuleOutcome.FLAG;
import static app.banso.domain.intake.RuleOutcome.PASS;
import static app.banso.domain.intake.RuleOutcome.UNANSWERED;

import app.banso.domain.shared.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the hard exclusions (EX-1 ... EX-8), the definition of highly-skilled talent per
 * hiring position (TALENT-1 ... TALENT-3) and the "may not be eligible" flags (MAYBE-1, MAYBE-2)
 * against an application's answers. Pure: the same answers always give the same results, in
 * rule order; used live on the form, at submission and by screening.
 */
public final class EligibilityEvaluator {

    private EligibilityEvaluator() {
    }

    public static List<RuleResult> evaluate(CompanyAnswers company, EligibilityAnswers answers, List<PositionAnswers> positions) {
        List<RuleResult> talent = talent(positions);
        boolean talentFails = talent.stream().anyMatch(RuleResult::isFailure);
        List<RuleResult> results = new ArrayList<>();
        results.add(new RuleResult(RuleId.EX_1, company.getLegalForm() == null ? UNANSWERED
                : company.getLegalForm().isEligible() ? PASS : FAIL, 0));
        results.add(yesFails(RuleId.EX_2, answers.getPlacementBusiness()));
        results.add(new RuleResult(RuleId.EX_3, ex3(company, answers), 0));
        results.add(yesFails(RuleId.EX_4, answers.getOverseasSubsidiaryOnly()));
        RuleOutcome ex5 = Boolean.FALSE.equals(answers.getRegularFullTime()) || talentFails ? FAIL
                : answers.getRegularFullTime() == null ? UNANSWERED : PASS;
        results.add(new RuleResult(RuleId.EX_5, ex5, 0));
        results.add(noFails(RuleId.EX_6, answers.getEmployedGraduatesBefore()));
        results.add(noFails(RuleId.EX_7, answers.getEmployedByApplicant()));
        results.add(noFails(RuleId.EX_8, answers.getGlobalSouthInterest()));
        results.addAll(talent);
        results.add(noFlags(RuleId.MAYBE_1, answers.getFinancialBaseSufficient()));
        results.add(noFlags(RuleId.MAYBE_2, answers.getSameCompanySupported()));
        return List.copyOf(results);
    }

    /** EX-3: "no website" fails; a website needs a valid http(s) address before it passes. */
    private static RuleOutcome ex3(CompanyAnswers company, EligibilityAnswers answers) {
        if (Boolean.FALSE.equals(answers.getOwnWebsite())) {
            return FAIL;
        }
        if (answers.getOwnWebsite() == null || company.getWebsiteUrl() == null) {
            return UNANSWERED;
        }
        try {
            WebsiteUrl.of(company.getWebsiteUrl());
            return PASS;
        } catch (RuntimeException e) {
            return UNANSWERED;
        }
    }

    private static List<RuleResult> talent(List<PositionAnswers> positions) {
        List<RuleResult> results = new ArrayList<>();
        if (positions.isEmpty()) {
            results.add(new RuleResult(RuleId.TALENT_1, UNANSWERED, 0));
            results.add(new RuleResult(RuleId.TALENT_2, UNANSWERED, 0));
            results.add(new RuleResult(RuleId.TALENT_3, UNANSWERED, 0));
            return results;
        }
        for (int i = 0; i < positions.size(); i++) {
            PositionAnswers p = positions.get(i);
            int n = i + 1;
            StatusOfResidence status = p.getStatusOfResidence();
            results.add(new RuleResult(RuleId.TALENT_1, status == null ? UNANSWERED : switch (status.eligibility()) {
                case ELIGIBLE -> PASS;
                case TO_BE_JUDGED -> FLAG;
                case NEVER -> FAIL;
            }, n));
            results.add(new RuleResult(RuleId.TALENT_2, p.getRoleType() == null ? UNANSWERED
                    : p.getRoleType().isHighlySkilled() ? PASS : FAIL, n));
            results.add(new RuleResult(RuleId.TALENT_3, p.getEducation() == null ? UNANSWERED
                    : p.getEducation().meetsTalent3() ? PASS : FAIL, n));
        }
        return results;
    }

    private static RuleResult yesFails(RuleId rule, Boolean answer) {
        return new RuleResult(rule, answer == null ? UNANSWERED : answer ? FAIL : PASS, 0);
    }

    private static RuleResult noFails(RuleId rule, Boolean answer) {
        return new RuleResult(rule, answer == null ? UNANSWERED : answer ? PASS : FAIL, 0);
    }

    private static RuleResult noFlags(RuleId rule, Boolean answer) {
        return new RuleResult(rule, answer == null ? UNANSWERED : answer ? PASS : FLAG, 0);
    }
}

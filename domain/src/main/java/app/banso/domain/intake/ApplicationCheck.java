package app.banso.domain.intake;

import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * What must hold before an application can be submitted: every question answered (the list of
 * missing fields, by step), no failing EX or TALENT rule, and every declaration given
 * (LAW, COOP, PRIV). Called by the submission use case; the form shows the same lists live.
 */
public final class ApplicationCheck {

    private ApplicationCheck() {
    }

    /**
     * The answers typed but not acceptable as they stand: a corporate number of the wrong form or
     * with a wrong check digit, a website address that is not http/https. Empty answers are not
     * problems here (they are {@link #missingFields missing}). In form order, never null.
     */
    public static List<FieldProblem> fieldProblems(CompanyAnswers c) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, c.getCorporateNumber(), CorporateNumber::of);
        check(problems, c.getWebsiteUrl(), WebsiteUrl::of);
        return List.copyOf(problems);
    }

    private static void check(List<FieldProblem> problems, String value, Consumer<String> parse) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            parse.accept(value);
        } catch (InvalidDataException e) {
            problems.add(FieldProblem.of(e));
        }
    }

    /** Message keys of the unanswered fields ({@code field.company.address} ...), in form order. */
    public static List<String> missingFields(CompanyAnswers c, EligibilityAnswers e, List<PositionAnswers> positions,
                                             MotivationAnswers m) {
        List<String> missing = new ArrayList<>();
        require(missing, c.getLegalNameJa(), "company.legalNameJa");
        require(missing, c.getLegalForm(), "company.legalForm");
        if (!CorporateNumber.isValid(c.getCorporateNumber())) {
            missing.add("company.corporateNumber");
        }
        require(missing, c.getPostalCode(), "company.postalCode");
        require(missing, c.getPrefecture(), "company.prefecture");
        require(missing, c.getAddress(), "company.address");
        if (!Boolean.FALSE.equals(e.getOwnWebsite())) {
            require(missing, c.getWebsiteUrl(), "company.websiteUrl");
        }
        require(missing, c.getIndustry(), "company.industry");
        require(missing, c.getEmployees(), "company.employees");
        require(missing, c.getCapitalYen(), "company.capitalYen");
        require(missing, c.getYearFounded(), "company.yearFounded");
        require(missing, c.getRepresentativeName(), "company.representativeName");
        require(missing, c.getRepresentativeTitle(), "company.representativeTitle");
        require(missing, c.getContactName(), "company.contactName");
        require(missing, c.getContactDepartment(), "company.contactDepartment");
        require(missing, c.getContactEmail(), "company.contactEmail");
        require(missing, c.getContactPhone(), "company.contactPhone");
        require(missing, e.getPlacementBusiness(), "eligibility.placementBusiness");
        require(missing, e.getOwnWebsite(), "eligibility.ownWebsite");
        require(missing, e.getOverseasSubsidiaryOnly(), "eligibility.overseasSubsidiaryOnly");
        require(missing, e.getRegularFullTime(), "eligibility.regularFullTime");
        require(missing, e.getEmployedGraduatesBefore(), "eligibility.employedGraduatesBefore");
        require(missing, e.getEmployedByApplicant(), "eligibility.employedByApplicant");
        require(missing, e.getGlobalSouthInterest(), "eligibility.globalSouthInterest");
        require(missing, e.getFinancialBaseSufficient(), "eligibility.financialBaseSufficient");
        require(missing, e.getSameCompanySupported(), "eligibility.sameCompanySupported");
        if (positions.isEmpty()) {
            missing.add("position.none");
        }
        for (PositionAnswers p : positions) {
            require(missing, p.getRoleType(), "position.roleType");
            require(missing, p.getStatusOfResidence(), "position.statusOfResidence");
            require(missing, p.getEducation(), "position.education");
            require(missing, p.getHires(), "position.hires");
            require(missing, p.getWorkPrefecture(), "position.workPrefecture");
            require(missing, p.getCountriesOfInterest(), "position.countriesOfInterest");
            require(missing, p.getTargetStart(), "position.targetStart");
        }
        require(missing, m.getTalentUnderstanding(), "motivation.talentUnderstanding");
        require(missing, m.getPhilosophyStrategy(), "motivation.philosophyStrategy");
        require(missing, m.getMotivePurpose(), "motivation.motivePurpose");
        require(missing, m.getExecutiveInvolvement(), "motivation.executiveInvolvement");
        require(missing, m.getInternalStructure(), "motivation.internalStructure");
        require(missing, m.getExpectedResults(), "motivation.expectedResults");
        require(missing, m.getResultCategory(), "motivation.resultCategory");
        return List.copyOf(new LinkedHashSet<>(missing));
    }

    /**
     * Refuses submission with the first reason found: an answer that cannot be accepted (on its
     * field, so that the screen can show it there), incomplete answers, a failing EX/TALENT rule
     * (named), or a missing declaration (named).
     */
    public static void requireSubmittable(CompanyAnswers c, EligibilityAnswers e, List<PositionAnswers> positions,
                                          MotivationAnswers m, Declarations d) {
        List<FieldProblem> problems = fieldProblems(c);
        if (!problems.isEmpty()) {
            throw problems.get(0).toException();
        }
        List<String> missing = missingFields(c, e, positions, m);
        if (!missing.isEmpty()) {
            throw new InvalidDataException("application", "submit.incomplete", missing.size());
        }
        List<RuleResult> failures = EligibilityEvaluator.evaluate(c, e, positions).stream().filter(RuleResult::isFailure).toList();
        if (!failures.isEmpty()) {
            throw new RuleViolationException(failures.get(0).rule(), "submit.ineligible",
                    String.join(", ", failures.stream().map(r -> r.rule().code()).distinct().toList()));
        }
        List<RuleId> notDeclared = d.missing();
        if (!notDeclared.isEmpty()) {
            throw new RuleViolationException(notDeclared.get(0), "submit.declarationMissing",
                    String.join(", ", notDeclared.stream().map(RuleId::code).toList()));
        }
    }

    private static void require(List<String> missing, Object value, String key) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            missing.add(key);
        }
    }
}

package app.banso.domain.screening;

import app.banso.domain.intake.CompanyAnswers;
import app.banso.domain.intake.EligibilityAnswers;
import app.banso.domain.intake.LegalForm;

/**
 * The answers that staff may correct with a verified fact (e.g. the commercial register shows a
 * different legal form, EX-1; the interview shows the hires would not be regular staff, EX-5).
 */
public enum CorrectableAnswer {
    LEGAL_FORM, PLACEMENT_BUSINESS, OWN_WEBSITE, OVERSEAS_SUBSIDIARY_ONLY, REGULAR_FULL_TIME, EMPLOYED_GRADUATES_BEFORE,
    EMPLOYED_BY_APPLICANT, GLOBAL_SOUTH_INTEREST, FINANCIAL_BASE_SUFFICIENT, SAME_COMPANY_SUPPORTED;

    /** Applies a verified value ("true"/"false", or a {@link LegalForm} name) over the applicant's answer. */
    public void apply(CompanyAnswers company, EligibilityAnswers answers, String value) {
        if (this == LEGAL_FORM) {
            company.setLegalForm(LegalForm.valueOf(value));
            return;
        }
        Boolean b = Boolean.valueOf(value);
        switch (this) {
            case PLACEMENT_BUSINESS -> answers.setPlacementBusiness(b);
            case OWN_WEBSITE -> answers.setOwnWebsite(b);
            case OVERSEAS_SUBSIDIARY_ONLY -> answers.setOverseasSubsidiaryOnly(b);
            case REGULAR_FULL_TIME -> answers.setRegularFullTime(b);
            case EMPLOYED_GRADUATES_BEFORE -> answers.setEmployedGraduatesBefore(b);
            case EMPLOYED_BY_APPLICANT -> answers.setEmployedByApplicant(b);
            case GLOBAL_SOUTH_INTEREST -> answers.setGlobalSouthInterest(b);
            case FINANCIAL_BASE_SUFFICIENT -> answers.setFinancialBaseSufficient(b);
            default -> answers.setSameCompanySupported(b);
        }
    }

    /** Whether a value is acceptable for this answer. */
    public boolean accepts(String value) {
        if (value == null) {
            return false;
        }
        if (this == LEGAL_FORM) {
            try {
                LegalForm.valueOf(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return "true".equals(value) || "false".equals(value);
    }
}

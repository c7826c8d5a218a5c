package app.banso.domain.intake;

/**
 * The intended status of residence of a hire (TALENT-1). Highly Skilled Professional and, in
 * principle, Researcher, Engineer/Specialist in Humanities/International Services, Business
 * Manager and Legal/Accounting Services are eligible; Specified Skilled Worker, Technical Intern
 * Training and Employment for Skill Development never are (they are offered as choices so that
 * the applicant is told why). Any other status is flagged for the screener.
 */
public enum StatusOfResidence {
    HIGHLY_SKILLED_PROFESSIONAL(Eligibility.ELIGIBLE),
    RESEARCHER(Eligibility.ELIGIBLE),
    ENGINEER_HUMANITIES_INTERNATIONAL(Eligibility.ELIGIBLE),
    BUSINESS_MANAGER(Eligibility.ELIGIBLE),
    LEGAL_ACCOUNTING(Eligibility.ELIGIBLE),
    OTHER(Eligibility.TO_BE_JUDGED),
    SPECIFIED_SKILLED_WORKER(Eligibility.NEVER),
    TECHNICAL_INTERN_TRAINING(Eligibility.NEVER),
    EMPLOYMENT_FOR_SKILL_DEVELOPMENT(Eligibility.NEVER);

    public enum Eligibility { ELIGIBLE, TO_BE_JUDGED, NEVER }

    private final Eligibility eligibility;

    StatusOfResidence(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    public Eligibility eligibility() {
        return eligibility;
    }
}

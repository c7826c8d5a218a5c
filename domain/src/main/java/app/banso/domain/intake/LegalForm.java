package app.banso.domain.intake;

/**
 * The legal form of the applicant company. EX-1: only a 株式会社 (KK), 有限会社 (YK) or 合同会社 (GK)
 * is eligible; {@link #OTHER} is kept so that the applicant can say so and be told why.
 */
public enum LegalForm {
    KK, YK, GK, OTHER;

    /** EX-1. */
    public boolean isEligible() {
        return this != OTHER;
    }
}

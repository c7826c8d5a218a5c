package app.banso.domain.intake;

/** The role of a hire (TALENT-2); {@link #OTHER} is not a highly-skilled role. */
public enum RoleType {
    RESEARCHER_ENGINEER, OVERSEAS_BUSINESS_SALES, LEGAL_ACCOUNTING, EXECUTIVE_MANAGER, OTHER;

    public boolean isHighlySkilled() {
        return this != OTHER;
    }
}

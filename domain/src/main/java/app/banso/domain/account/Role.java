package app.banso.domain.account;

/** The roles of the product; their names are the Jakarta Security group and role names. */
public enum Role {
    /** A company's user: applies and, once adopted, follows its support case. */
    APPLICANT,
    /** Screening staff of the Highly-Skilled Foreign Talent Division. */
    SCREENER,
    /** A coordinator who supports adopted companies. */
    COORDINATOR,
    /** Programme administrator: programme year, capacity, menus, users. */
    ADMIN;

    public static final String APPLICANT_NAME = "APPLICANT";
    public static final String SCREENER_NAME = "SCREENER";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String ADMIN_NAME = "ADMIN";

    /** The roles that screen applications and can be assigned them (SCREEN-1). */
    public static final java.util.Set<Role> SCREENING = java.util.EnumSet.of(SCREENER, ADMIN);

    /** Whether this role screens applications and can be assigned them (SCREEN-1). */
    public boolean screens() {
        return SCREENING.contains(this);
    }

    public boolean isStaff() {
        return this != APPLICANT;
    }
}

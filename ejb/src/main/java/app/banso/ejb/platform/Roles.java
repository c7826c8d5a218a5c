package app.banso.ejb.platform;

/** Role names for {@code @RolesAllowed} (annotation values must be constants). */
public final class Roles {
    public static final String APPLICANT = "APPLICANT";
    public static final String SCREENER = "SCREENER";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}

package app.banso.domain.account;

public enum AccountStatus {
    /** Registered, e-mail address not yet verified: cannot sign in. */
    PENDING_VERIFICATION,
    ACTIVE,
    DISABLED
}

package app.banso.ejb.account;

import app.banso.domain.account.AccountStatus;
import app.banso.domain.account.Role;
import java.io.Serializable;
import java.time.Instant;

/**
 * A row of the ADMIN user list.
 * @param assignedWork what is still assigned to the account: applications awaiting a decision
 *        (screening staff) or open support cases (a coordinator); 0 for applicants
 */
public record AccountSummary(long id, String email, String displayName, Role role, AccountStatus status,
                             Instant createdAt, Instant lastSignInAt, long assignedWork) implements Serializable {

    /** Whether the work still assigned is support cases (a coordinator's) rather than applications. */
    public boolean assignedCases() {
        return role == Role.COORDINATOR;
    }
}

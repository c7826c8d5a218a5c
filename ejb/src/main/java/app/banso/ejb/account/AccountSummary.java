package app.banso.ejb.account;

import app.banso.domain.account.AccountStatus;
import app.banso.domain.account.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A row of the ADMIN user list.
 * @param assignedWork what is still assigned to the account: applications awaiting a decision
 *        (screening staff) or open support cases (a coordinator); 0 for applicants
 * @param formerEmails the addresses an applicant's account signed in with before it moved (oldest first)
 */
public record AccountSummary(long id, String email, String displayName, Role role, AccountStatus status,
                             Instant createdAt, Instant lastSignInAt, long assignedWork, List<String> formerEmails)
        implements Serializable {

    /** Whether the work still assigned is support cases (a coordinator's) rather than applications. */
    public boolean assignedCases() {
        return role == Role.COORDINATOR;
    }

    /** The former addresses for the list, comma-separated; empty when there are none. */
    public String formerEmailsText() {
        return String.join(", ", formerEmails);
    }
}

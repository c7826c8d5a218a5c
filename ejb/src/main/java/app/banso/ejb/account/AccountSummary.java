package app.banso.ejb.account;

import app.banso.domain.account.AccountStatus;
import app.banso.domain.account.Role;
import java.io.Serializable;
import java.time.Instant;

/** A row of the ADMIN user list. */
public record AccountSummary(long id, String email, String displayName, Role role, AccountStatus status,
                             Instant createdAt, Instant lastSignInAt) implements Serializable {
}

package app.banso.ejb.account;

import app.banso.domain.account.Role;
import java.io.Serializable;

/**
 * The identity handed to Jakarta Security after a successful sign-in; {@code sessionGeneration}
 * is the account's when it was read, which a session keeps to learn when it is ended
 * ({@link EndedSessions}).
 */
public record SignedInUser(long id, String email, String displayName, Role role, String language, int sessionGeneration)
        implements Serializable {
}

package app.banso.ejb.account;

import app.banso.domain.account.Role;
import java.io.Serializable;

/** The identity handed to Jakarta Security after a successful sign-in. */
public record SignedInUser(long id, String email, String displayName, Role role, String language) implements Serializable {
}

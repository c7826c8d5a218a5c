package app.banso.web.platform;

import app.banso.ejb.account.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The database identity store: credentials are checked by {@link AccountService} (PBKDF2-HMAC-
 * SHA256, 600,000 iterations); the caller's group is its role.
 */
@ApplicationScoped
public class BansoIdentityStore implements IdentityStore {

    /** Request attribute set when the password was right but the address was never confirmed. */
    public static final String UNCONFIRMED = "banso.signIn.unconfirmed";

    /** Request attribute set when the password was right but ADMIN disabled the account. */
    public static final String DISABLED = "banso.signIn.disabled";

    /** Request attribute holding the {@code SignedInUser} of a successful sign-in, for the session. */
    public static final String SIGNED_IN = "banso.signIn.user";

    @Inject
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AccountService.SignInOutcome outcome = accounts.signIn(up.getCaller(), up.getPassword().getValue());
        if (outcome.unconfirmed()) {
            request.setAttribute(UNCONFIRMED, Boolean.TRUE);
        }
        if (outcome.disabled()) {
            request.setAttribute(DISABLED, Boolean.TRUE);
        }
        outcome.user().ifPresent(u -> request.setAttribute(SIGNED_IN, u));
        return outcome.user().map(u -> new CredentialValidationResult(u.email(), Set.of(u.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

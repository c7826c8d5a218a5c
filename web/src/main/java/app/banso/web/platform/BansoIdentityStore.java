package app.banso.web.platform;

import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * The database identity store: credentials are checked by {@link AccountService} (PBKDF2-HMAC-
 * SHA256, 600,000 iterations); the caller's group is its role.
 */
@ApplicationScoped
public class BansoIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<SignedInUser> user = accounts.authenticate(up.getCaller(), up.getPassword().getValue());
        return user.map(u -> new CredentialValidationResult(u.email(), Set.of(u.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

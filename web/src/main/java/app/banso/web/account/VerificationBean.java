package app.banso.web.account;

import app.banso.ejb.account.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page the verification e-mail links to. */
@Named
@RequestScoped
public class VerificationBean {

    private String token;
    private boolean verified;

    @Inject
    private AccountService accounts;

    public void verify() {
        verified = accounts.verifyEmail(token);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isVerified() { return verified; }
}

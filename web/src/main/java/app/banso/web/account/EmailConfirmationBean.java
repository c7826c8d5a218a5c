package app.banso.web.account;

import app.banso.ejb.account.AccountService;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/**
 * The page the link to a new sign-in address opens. Opening it changes nothing (a mail scanner may
 * open links); the button does. Afterwards every session of the account has ended, this one too.
 */
@Named
@ViewScoped
public class EmailConfirmationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private String token;
    /** The new address while the link works; null when it does not. */
    private String target;
    private AccountService.EmailConfirmation outcome;

    @Inject
    private AccountService accounts;

    public void load() {
        if (outcome == null) {
            target = accounts.emailChangeTarget(token).orElse(null);
        }
    }

    /** Changes the address; then the sign-in page asks for the new one (this browser's session, if any, ends). */
    public void confirm() throws IOException, ServletException {
        outcome = accounts.confirmEmailChange(token);
        if (outcome == AccountService.EmailConfirmation.CHANGED) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) ec.getRequest();
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            ec.invalidateSession();
            ec.redirect(ec.getRequestContextPath() + "/signin.xhtml?ended=email");
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getTarget() { return target; }
    public boolean isLinkWorks() { return target != null; }
    public String getOutcome() { return outcome == null ? null : outcome.name(); }
}

package app.banso.web.account;

import app.banso.domain.account.UserAccount;
import app.banso.domain.shared.BusinessException;
import app.banso.ejb.account.AccountService;
import app.banso.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/**
 * An applicant asks to sign in with another e-mail address: a link goes to the new address and
 * nothing changes until it is followed ({@code /confirm-email.xhtml}).
 */
@Named
@ViewScoped
public class EmailChangeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = 254)
    private String email;
    @NotBlank @Size(max = 128)
    private String current;
    /** The address the link was sent to, once sent. */
    private String sentTo;
    private AccountService.PendingEmailChange pending;
    private boolean pendingRead;

    @Inject
    private AccountService accounts;

    public void request() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            switch (accounts.requestEmailChange(current.toCharArray(), email)) {
                case SENT -> sentTo = email.strip();
                case WRONG_PASSWORD -> {
                    Messages.fieldError("changeEmail:current", "password.currentWrong");
                    faces.validationFailed();
                }
                case TOO_SOON -> Messages.error("emailChange.tooSoon");
                case MUST_WAIT -> accounts.signInWait(faces.getExternalContext().getUserPrincipal().getName())
                        .ifPresentOrElse(wait -> Messages.error("signin.throttled", SignInBean.waitText(wait)),
                                () -> Messages.error("emailChange.tryAgain"));
            }
        } catch (BusinessException e) {
            Messages.error(e, Map.of("email", "changeEmail:email"));
        } finally {
            current = null;
        }
    }

    /** The change that waits for its link (read once per view; empty when none). */
    public AccountService.PendingEmailChange getPending() {
        if (!pendingRead) {
            pending = accounts.pendingEmailChange().orElse(null);
            pendingRead = true;
        }
        return pending;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getSentTo() { return sentTo; }
    public boolean isSent() { return sentTo != null; }
    public long getValidityHours() { return UserAccount.EMAIL_CHANGE_VALIDITY.toHours(); }
}

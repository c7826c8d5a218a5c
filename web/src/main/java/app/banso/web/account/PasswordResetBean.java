package app.banso.web.account;

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
 * The page the password-reset e-mail links to: checks the link when it opens (an expired or used
 * link offers a new one at once), then sets the new password.
 */
@Named
@ViewScoped
public class PasswordResetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private String token;
    private boolean linkWorks;
    private boolean done;
    @NotBlank @Size(min = 10, max = 128)
    private String password;
    @NotBlank @Size(max = 128)
    private String passwordRepeat;

    @Inject
    private AccountService accounts;

    public void open() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            linkWorks = accounts.passwordResetLinkWorks(token);
        }
    }

    public void reset() {
        if (!PasswordRepeat.matches(password, passwordRepeat, "reset")) {
            return;
        }
        try {
            done = accounts.resetPassword(token, password.toCharArray());
            linkWorks = done;
        } catch (BusinessException e) {
            Messages.error(e, Map.of("password", "reset:password"));
        } finally {
            password = null;
            passwordRepeat = null;
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isLinkWorks() { return linkWorks; }
    public boolean isDone() { return done; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordRepeat() { return passwordRepeat; }
    public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }
}

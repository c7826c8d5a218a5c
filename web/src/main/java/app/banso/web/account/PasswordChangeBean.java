package app.banso.web.account;

import app.banso.domain.shared.BusinessException;
import app.banso.ejb.account.AccountService;
import app.banso.web.platform.CurrentUser;
import app.banso.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/** A signed-in user (any role) changes their password. */
@Named
@ViewScoped
public class PasswordChangeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = 128)
    private String current;
    @NotBlank @Size(min = 10, max = 128)
    private String password;
    @NotBlank @Size(max = 128)
    private String passwordRepeat;
    private boolean changed;

    @Inject
    private AccountService accounts;

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (!PasswordRepeat.matches(password, passwordRepeat, "changePassword")) {
                return;
            }
            switch (accounts.changePassword(current.toCharArray(), password.toCharArray())) {
                case CHANGED -> {
                    changed = true;
                    // Every session signed in before has ended, this one too: it goes on with the new generation.
                    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                    accounts.me().ifPresent(me -> CurrentUser.keep(request.getSession(), me));
                }
                case WRONG_PASSWORD -> {
                    Messages.fieldError("changePassword:current", "password.currentWrong");
                    faces.validationFailed();
                }
                case MUST_WAIT -> accounts.signInWait(faces.getExternalContext().getUserPrincipal().getName())
                        // The wait may have just run out: the change was not made all the same.
                        .ifPresentOrElse(wait -> Messages.error("signin.throttled", SignInBean.waitText(wait)),
                                () -> Messages.error("password.tryAgain"));
            }
        } catch (BusinessException e) {
            Messages.error(e, Map.of("password", "changePassword:password", "newPassword", "changePassword:password"));
        } finally {
            current = null;
            password = null;
            passwordRepeat = null;
        }
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordRepeat() { return passwordRepeat; }
    public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }
    public boolean isChanged() { return changed; }
}

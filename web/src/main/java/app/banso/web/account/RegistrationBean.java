package app.banso.web.account;

import app.banso.domain.shared.BusinessException;
import app.banso.ejb.account.AccountService;
import app.banso.web.platform.ConcurrentChange;
import app.banso.web.platform.LocaleBean;
import app.banso.web.platform.Messages;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/** An applicant company's user creates an account; a verification link is e-mailed. */
@Named
@ViewScoped
public class RegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = 254)
    private String email;
    @NotBlank @Size(max = 100)
    private String displayName;
    @NotBlank @Size(min = 10, max = 128)
    private String password;
    @NotBlank @Size(max = 128)
    private String passwordRepeat;
    private boolean done;

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleBean localeBean;

    public void register() {
        if (!PasswordRepeat.matches(password, passwordRepeat, "registration")) {
            return;
        }
        try {
            accounts.register(email, password.toCharArray(), displayName, localeBean.getLanguage());
            answerRegistered();
        } catch (BusinessException e) {
            Messages.error(e, Map.of("email", "registration:email", "password", "registration:password",
                    "displayName", "registration:displayName"));
        } catch (EJBException e) {
            if (!ConcurrentChange.in(e)) {
                throw e;
            }
            // The same address registered at the same moment (the form sent twice: two tabs, a double
            // submit without scripts) and the other request's account came first; it mailed the link.
            // The answer is the one every registration gets, which never tells whether an address has an account.
            answerRegistered();
        }
    }

    private void answerRegistered() {
        done = true;
        password = null;
        passwordRepeat = null;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordRepeat() { return passwordRepeat; }
    public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }
    public boolean isDone() { return done; }
}

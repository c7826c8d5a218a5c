package app.banso.web.account;

import app.banso.domain.shared.BusinessException;
import app.banso.ejb.account.AccountService;
import app.banso.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/** Someone who forgot their password asks for a link to set a new one (the same answer for any address). */
@Named
@ViewScoped
public class ForgottenPasswordBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = 254)
    private String email;
    private boolean sent;

    @Inject
    private AccountService accounts;

    public void send() {
        try {
            accounts.requestPasswordReset(email);
            sent = true;
        } catch (BusinessException e) {
            Messages.error(e, Map.of("email", "forgotten:email"));
        }
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isSent() { return sent; }
}

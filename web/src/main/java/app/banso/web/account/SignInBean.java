package app.banso.web.account;

import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.SignedInUser;
import app.banso.web.platform.BansoIdentityStore;
import app.banso.web.platform.CurrentUser;
import app.banso.web.platform.Messages;
import app.banso.web.platform.SignInMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;

/** Sign-in and sign-out. */
@Named
@RequestScoped
public class SignInBean {

    @NotBlank @Size(max = 254)
    private String email;

    @NotBlank @Size(max = 128)
    private String password;

    @Inject
    private SecurityContext security;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                renewSessionId(request);
                if (request.getAttribute(BansoIdentityStore.SIGNED_IN) instanceof SignedInUser user) {
                    CurrentUser.keep(request.getSession(), user); // with the generation that ends this session later
                }
                // Back to the protected page the visitor was going to, else the role's home.
                String target = ec.getRequestParameterMap().get("continue");
                ec.redirect(ec.getRequestContextPath()
                        + (SignInMechanism.isSafeContinuation(target) ? target : currentUser.getHome()));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                if (Boolean.TRUE.equals(request.getAttribute(BansoIdentityStore.UNCONFIRMED))) {
                    Messages.error("signin.unconfirmed");
                } else if (Boolean.TRUE.equals(request.getAttribute(BansoIdentityStore.DISABLED))) {
                    Messages.error("signin.disabled");
                } else {
                    accounts.signInWait(email).ifPresentOrElse(wait -> Messages.error("signin.throttled", waitText(wait)),
                            () -> Messages.error("signin.failed"));
                }
            }
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
    }

    /** "45 seconds" or "3 minutes" (rounded up): how long a throttled account must wait, in the screen language. */
    static String waitText(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 60 ? Messages.text("signin.wait.seconds", seconds)
                : Messages.text("signin.wait.minutes", (seconds + 59) / 60);
    }

    /** Session fixation: a new session id once the caller is authenticated. */
    private static void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /** The page to return to after sign-in, as given by the redirect to the sign-in page. */
    public String getContinueTo() {
        String target = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("continue");
        return SignInMechanism.isSafeContinuation(target) ? target : "";
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}

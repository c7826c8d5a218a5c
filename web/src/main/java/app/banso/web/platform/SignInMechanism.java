package app.banso.web.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Form sign-in on our own Faces page (Jakarta Security). A visitor who opens a protected page is
 * sent to {@code /signin.xhtml?continue=<that page>} and, once signed in, back to it; the sign-in
 * page itself calls {@code SecurityContext.authenticate} with the credentials. The signed-in
 * caller is kept in the HTTP session ({@link AutoApplySession}).
 */
@AutoApplySession
@DeclareRoles({"APPLICANT", "SCREENER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        ResponseFilter.protect(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/signin.xhtml?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * Only a path inside this application may be a continuation target (no open redirect), and
     * never the sign-in page itself.
     */
    public static boolean isSafeContinuation(String target) {
        return isLocalPath(target) && !target.startsWith("/signin");
    }

    /**
     * A path on this host that no browser reads as another address: it starts with one slash,
     * has no scheme, backslash or control character (sign-in continuations, the expired page's
     * link back).
     */
    public static boolean isLocalPath(String target) {
        return target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")
                && target.length() < 1000 && target.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}

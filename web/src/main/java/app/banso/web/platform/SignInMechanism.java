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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Form sign-in on our own Faces page (Jakarta Security). A visitor who opens a protected page is
 * sent to {@code /signin.xhtml?continue=<that page>} and, once signed in, back to it; the sign-in
 * page itself calls {@code SecurityContext.authenticate} with the credentials. The signed-in
 * caller is kept in the HTTP session ({@link AutoApplySession}). An ajax request to a protected
 * page without a signed-in caller (the session ended while a form was open) is sent to the
 * sign-in page too, by a redirect the browser's ajax script follows.
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
            String signIn = request.getContextPath() + "/signin.xhtml?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
            if (isAjax(request)) {
                // The sign-in page then says why it is shown.
                return redirectAjax(response, signIn + "&ended=true");
            }
            return context.redirect(signIn);
        }
        return context.doNothing();
    }

    /** A Faces ajax request (PrimeFaces and faces.js send this header with each one). */
    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /**
     * Sends an ajax request (an autosave after the session ended, say) to the sign-in page by a
     * partial response's redirect, which the browser's ajax script follows. A plain 302 would be
     * followed by the browser's XMLHttpRequest itself, which would hand the script the sign-in page
     * as HTML; the script would drop it and the user would see nothing happen.
     */
    private static AuthenticationStatus redirectAjax(HttpServletResponse response, String url) {
        try {
            PartialRedirect.send(response, url);
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

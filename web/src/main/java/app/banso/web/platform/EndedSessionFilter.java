package app.banso.web.platform;

import app.banso.ejb.account.EndedSessions;
import app.banso.ejb.account.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends a session whose account's sessions were ended since it signed in (the password changed in
 * another session or reset, the role changed or the account disabled by ADMIN): its next request finds the session
 * gone and the sign-in page saying why (an ajax request, an autosave say, is sent there by a
 * partial response). No statement per request: {@link EndedSessions} knows the endings.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EndedSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private EndedSessions endedSessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        SignedInUser user = CurrentUser.kept(session);
        if (user != null && endedSessions.ended(user.id(), user.sessionGeneration())) {
            end(request, session);
            String signIn = request.getContextPath() + "/signin.xhtml?ended=account";
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                PartialRedirect.send(response, signIn);
            } else {
                String target = request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(SignInMechanism.isSafeContinuation(target) && "GET".equals(request.getMethod())
                        ? signIn + "&continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8) : signIn);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpSession session) {
        try {
            request.logout();
        } catch (ServletException | RuntimeException e) {
            // the session's end below signs out all the same
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // ended by a request at the same time
        }
    }
}

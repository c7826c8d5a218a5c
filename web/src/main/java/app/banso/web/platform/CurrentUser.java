package app.banso.web.platform;

import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.jacc.PolicyContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;

/**
 * Who is signed in, for the header and the menus. Request-scoped, so that a visitor who is not
 * signed in starts no session by reading a public page (the landing page, help, an error page:
 * every page's header asks whether someone is signed in). The signed-in user's name and role are
 * kept in the session a signed-in user has anyway ({@link #SESSION_KEY}), so a page pays no SQL
 * for its header.
 */
@Named
@RequestScoped
public class CurrentUser {

    /** The session attribute that keeps the signed-in user (a small Serializable record). */
    static final String SESSION_KEY = "banso.signedInUser";

    @Inject
    private HttpServletRequest httpRequest;

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    /** This request's answer, once asked. */
    private SignedInUser user;

    /**
     * Keeps the signed-in user in the session (at sign-in, and after a password change: with the
     * account's session generation then, which {@link EndedSessionFilter} compares).
     */
    public static void keep(HttpSession session, SignedInUser user) {
        session.setAttribute(SESSION_KEY, user);
    }

    /** The signed-in user kept in the session, if any. */
    static SignedInUser kept(HttpSession session) {
        return session != null && session.getAttribute(SESSION_KEY) instanceof SignedInUser u ? u : null;
    }

    public boolean isSignedIn() {
        return caller() != null;
    }

    /** The signed-in caller's name (the e-mail address), or null. */
    public String getCallerName() {
        Principal caller = caller();
        return caller == null ? null : caller.getName();
    }

    public SignedInUser getUser() {
        Principal caller = caller();
        if (caller == null) {
            user = null;
            return null;
        }
        if (user == null || !user.email().equals(caller.getName())) {
            HttpSession session = httpRequest.getSession(false);
            SignedInUser kept = kept(session);
            if (kept != null && kept.email().equals(caller.getName())) {
                user = kept;
            } else {
                // Without a policy context (see caller) the account service would refuse the call:
                // the header then shows the user known from the session's earlier pages, if any.
                user = hasPolicyContext() ? accounts.me().orElse(null) : null;
                if (user != null && session != null) {
                    session.setAttribute(SESSION_KEY, user);
                }
            }
        }
        return user;
    }

    /**
     * The signed-in caller. An error page (404, or 403 after a refused protected view) is
     * rendered after the request's security context has ended, so there Jakarta Security
     * answers no caller while the request still knows it: the header then showed the sign-in
     * link to a signed-in user. After a refusal by an EJB ({@code EJBAccessException}, mapped to
     * the 403 page) the request has no authorisation context at all, and asking Jakarta Security
     * then failed inside Payara (a NullPointerException on the missing policy context id), so
     * the 403 page itself failed to render; there only the request is asked for the caller, and
     * roles come from the account ({@link #hasRole}).
     */
    private Principal caller() {
        Principal caller = hasPolicyContext() ? security.getCallerPrincipal() : null;
        if (caller == null) {
            ExternalContext request = request();
            caller = request == null ? null : request.getUserPrincipal();
        }
        return caller;
    }

    /** The Faces request being answered, if any (the fallback of {@link #caller} and {@link #hasRole}). */
    private static ExternalContext request() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? null : faces.getExternalContext();
    }

    public String getDisplayName() {
        SignedInUser u = getUser();
        return u == null ? "" : u.displayName();
    }

    public boolean hasRole(String role) {
        if (!hasPolicyContext()) {
            // Neither Jakarta Security nor the request can answer here (both fail inside Payara).
            SignedInUser u = getUser();
            return u != null && u.role().name().equals(role);
        }
        if (security.isCallerInRole(role)) {
            return true;
        }
        ExternalContext request = request();
        return request != null && request.isUserInRole(role);
    }

    public boolean isStaff() {
        return hasRole("SCREENER") || hasRole("COORDINATOR") || hasRole("ADMIN");
    }

    /** Where a signed-in user starts. */
    public String getHome() {
        if (hasRole("ADMIN")) {
            return "/admin/index.xhtml";
        }
        if (isStaff()) {
            return "/staff/index.xhtml";
        }
        return "/applicant/index.xhtml";
    }

    /** False on an error page dispatched after an EJB's refusal (see {@link #caller}). */
    private static boolean hasPolicyContext() {
        return PolicyContext.getContextID() != null;
    }
}

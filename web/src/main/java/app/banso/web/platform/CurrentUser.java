package app.banso.web.platform;

import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.SignedInUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;

/** Who is signed in, for the header and the menus. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SecurityContext security;

    @Inject
    private transient AccountService accounts;

    private SignedInUser user;

    public boolean isSignedIn() {
        return caller() != null;
    }

    public SignedInUser getUser() {
        Principal caller = caller();
        if (caller == null) {
            user = null;
            return null;
        }
        if (user == null || !user.email().equals(caller.getName())) {
            user = accounts().me().orElse(null);
        }
        return user;
    }

    /**
     * The signed-in caller. An error page (404, or 403 after a refused protected view) is
     * rendered after the request's security context has ended, so there Jakarta Security
     * answers no caller while the request still knows it: the header then showed the sign-in
     * link to a signed-in user.
     */
    private Principal caller() {
        Principal caller = security().getCallerPrincipal();
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
        if (security().isCallerInRole(role)) {
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

    private SecurityContext security() {
        if (security == null) {
            security = CDI.current().select(SecurityContext.class).get();
        }
        return security;
    }

    private AccountService accounts() {
        if (accounts == null) {
            accounts = CDI.current().select(AccountService.class).get();
        }
        return accounts;
    }
}

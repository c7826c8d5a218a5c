package app.banso.web.platform;

import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.SignedInUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;

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
        return security().getCallerPrincipal() != null;
    }

    public SignedInUser getUser() {
        if (!isSignedIn()) {
            user = null;
            return null;
        }
        String caller = security().getCallerPrincipal().getName();
        if (user == null || !user.email().equals(caller)) {
            user = accounts().me().orElse(null);
        }
        return user;
    }

    public String getDisplayName() {
        SignedInUser u = getUser();
        return u == null ? "" : u.displayName();
    }

    public boolean hasRole(String role) {
        return security().isCallerInRole(role);
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
            security = jakarta.enterprise.inject.spi.CDI.current().select(SecurityContext.class).get();
        }
        return security;
    }

    private AccountService accounts() {
        if (accounts == null) {
            accounts = jakarta.enterprise.inject.spi.CDI.current().select(AccountService.class).get();
        }
        return accounts;
    }
}

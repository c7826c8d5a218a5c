package app.banso.web.platform;

import app.banso.ejb.account.AccountService;
import app.banso.ejb.account.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;

/**
 * The screen language: Japanese unless the visitor chose English. The choice is kept in a
 * cookie (so it survives sign-in, sign-out and session expiry, and a visitor who is not signed in
 * starts no session by choosing) and, for signed-in users, on their account: their e-mails are
 * written in it, and a signed-in user with no choice in this browser sees it.
 */
@Named
@RequestScoped
public class LocaleBean {

    static final String COOKIE = "banso-lang";

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    private Locale locale;

    /**
     * The choice made in this browser; else, for a signed-in user, the account's language (an
     * anonymous choice wins over the account's, as it always did); else Japanese. Another user
     * who signs in on the same browser gets their own account's language unless a choice was made.
     */
    public Locale getLocale() {
        if (locale == null) {
            Locale chosen = fromCookie();
            if (chosen == null) {
                SignedInUser user = currentUser.getUser();
                chosen = user != null && "en".equals(user.language()) ? Locale.ENGLISH : Locale.JAPANESE;
            }
            locale = chosen;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isJapanese() {
        return "ja".equals(getLanguage());
    }

    /** Switches the language (for a signed-in user on the account too) and shows the same page again. */
    public String change(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        remember();
        if (currentUser.isSignedIn()) {
            accounts.changeLanguage(locale.getLanguage());
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private void remember() {
        FacesContext.getCurrentInstance().getExternalContext().addResponseCookie(COOKIE, locale.getLanguage(),
                Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", Boolean.TRUE, "SameSite", "Lax"));
    }

    /** The visitor's choice, or null if none was made in this browser. */
    private Locale fromCookie() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return "en".equals(c.getValue()) ? Locale.ENGLISH : "ja".equals(c.getValue()) ? Locale.JAPANESE : null;
                }
            }
        }
        return null;
    }
}

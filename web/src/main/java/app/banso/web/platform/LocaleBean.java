package app.banso.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The screen language: Japanese unless the visitor chose English. The choice is kept in a
 * cookie (so it survives sign-in, sign-out and session expiry) and, for signed-in users, on
 * their account (for e-mails).
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "banso-lang";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isJapanese() {
        return "ja".equals(getLanguage());
    }

    /** Switches the language and shows the same page again. */
    public String change(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        faces.getExternalContext().addResponseCookie(COOKIE, locale.getLanguage(),
                Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", Boolean.TRUE, "SameSite", "Lax"));
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** Called after sign-in: the account's language wins over an anonymous choice only if none was made. */
    public void adopt(String language) {
        if (fromCookieOrNull() == null && language != null) {
            locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        }
    }

    private Locale fromCookie() {
        Locale l = fromCookieOrNull();
        return l == null ? Locale.JAPANESE : l;
    }

    private Locale fromCookieOrNull() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return null;
        }
        ExternalContext ec = faces.getExternalContext();
        Object c = ec.getRequestCookieMap().get(COOKIE);
        if (c instanceof Cookie cookie) {
            return "en".equals(cookie.getValue()) ? Locale.ENGLISH : "ja".equals(cookie.getValue()) ? Locale.JAPANESE : null;
        }
        return null;
    }

    static String languageOf(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return "en".equals(c.getValue()) ? "en" : "ja";
                }
            }
        }
        return "ja";
    }
}

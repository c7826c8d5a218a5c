package app.banso.web.platform;

import app.banso.domain.shared.BusinessException;
import app.banso.domain.shared.InvalidDataException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns message keys and business exceptions into Faces messages in the user's language.
 * A refused rule is shown with its ID ("[EX-1] ..."), so staff and applicants can look it up.
 */
public final class Messages {

    public static final String BUNDLE = "app.banso.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return text(currentLocale(faces), key, args);
    }

    /**
     * The user's screen language. Read from the session's choice, not from the view root, because a
     * view action (a GET with a view parameter) runs before {@code <f:view locale>} is applied and
     * the view root still holds the browser's Accept-Language.
     */
    private static Locale currentLocale(FacesContext faces) {
        if (faces == null) {
            return Locale.JAPANESE;
        }
        try {
            return faces.getApplication().evaluateExpressionGet(faces, "#{localeBean.locale}", Locale.class);
        } catch (RuntimeException e) {
            return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.JAPANESE;
        }
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.generic");
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    /** An information message that survives the redirect after a POST. */
    public static void flashInfo(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /** An error under one input (its client id, e.g. {@code form:corporateNumber}). */
    public static void fieldError(String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /**
     * Shows a business exception: next to its field when the screen maps the field name to an
     * input's client id, otherwise at the top of the page.
     */
    public static void error(BusinessException e, Map<String, String> fieldClientIds) {
        String text = text(e.messageKey(), e.arguments().toArray());
        if (e.rule().isPresent()) {
            text = "[" + e.rule().get().code() + "] " + text;
        }
        String clientId = e instanceof InvalidDataException ide ? fieldClientIds.get(ide.field()) : null;
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void error(BusinessException e) {
        error(e, Map.of());
    }
}

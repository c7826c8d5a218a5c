package app.banso.ejb.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Subjects and bodies of the e-mails, in the recipient's language (Japanese or English), from
 * the {@code mail} resource bundle. {@code {0}}, {@code {1}} ... are filled with the arguments.
 */
public final class MailTemplates {

    private MailTemplates() {
    }

    public static Mail render(String template, String language, Object... arguments) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        ResourceBundle bundle = ResourceBundle.getBundle("app.banso.ejb.notification.mail", locale,
                MailTemplates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String subject = new MessageFormat(bundle.getString(template + ".subject"), locale).format(arguments);
        String body = new MessageFormat(bundle.getString(template + ".body"), locale).format(arguments)
                + "\n\n" + bundle.getString("footer");
        return new Mail(subject, body);
    }

    /** One line of a template without subject/body (e.g. a list heading), in the recipient's language. */
    public static String line(String key, String language, Object... arguments) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        ResourceBundle bundle = ResourceBundle.getBundle("app.banso.ejb.notification.mail", locale,
                MailTemplates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A day as every e-mail writes it, in either language: 2026/12/31 (a Japan date). */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    public record Mail(String subject, String body) {
    }
}

package app.banso.persistence.platform;

import java.util.Locale;

/**
 * A search text as a SQL {@code LIKE} pattern, matched against a lower-cased column with
 * {@link #ESCAPE} as the escape character: the text's own {@code %}, {@code _} and backslash are
 * taken literally (a search is never a pattern of the user's making).
 */
public final class LikePattern {

    /** The escape character the patterns use ({@code ESCAPE '\'}). */
    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    /** The text, trimmed and lower-cased, anywhere in the value. */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

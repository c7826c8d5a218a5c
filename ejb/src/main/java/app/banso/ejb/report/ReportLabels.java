package app.banso.ejb.report;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The texts of a generated report in the reader's language. They come from the web module's
 * message bundles (Japanese and English, checked for completeness there), so that a report says
 * exactly what the screens say ({@code prefecture.TOKYO}, {@code caseStatus.ACTIVE}, ...); the
 * web layer hands over the keys a report needs with {@link #from(ResourceBundle, String)}.
 *
 * @param language {@code ja} or {@code en}
 * @param texts message key → text
 */
public record ReportLabels(String language, Map<String, String> texts) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The bundle key prefixes a report uses. */
    public static final String[] PREFIXES = {"report.", "applicationStatus.", "caseStatus.", "case.stage.", "prefecture.",
            "industry.", "term.TERM_"};

    public ReportLabels {
        language = "en".equals(language) ? "en" : "ja";
        texts = Map.copyOf(texts);
    }

    /** The keys of {@code bundle} that a report uses. */
    public static ReportLabels from(ResourceBundle bundle, String language) {
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            for (String prefix : PREFIXES) {
                if (key.startsWith(prefix)) {
                    texts.put(key, bundle.getString(key));
                }
            }
        }
        return new ReportLabels(language, texts);
    }

    public boolean english() {
        return "en".equals(language);
    }

    public Locale locale() {
        return english() ? Locale.ENGLISH : Locale.JAPANESE;
    }

    /** The text of {@code key}; the key itself when it is missing, so a gap shows instead of failing the report. */
    public String text(String key) {
        return texts.getOrDefault(key, key);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} ... filled in. */
    public String text(String key, Object... arguments) {
        return new MessageFormat(text(key), locale()).format(arguments);
    }
}

package app.banso.domain.insight;

/**
 * The texts of an export in the user's language: column headers and the names of coded values
 * (statuses, prefectures, ...) by their message key. The screens pass their resource bundle, so a
 * file reads like the screen it came from.
 */
public interface ExportLabels {

    /** @return the text for a message key, never null */
    String label(String key);

    /** @return "ja" or "en" */
    String language();
}

package app.banso.domain.insight;

/**
 * Defuses spreadsheet formula injection in exported cells: a text that starts with
 * {@code = + - @}, a tab or a carriage return would be run (or parsed) as a formula by Excel,
 * LibreOffice or Google Sheets once a user opens the export, so it gets a leading apostrophe
 * and stays plain text. The one rule for every export, CSV and Excel alike.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** @return the text as it is safe to put in a cell; "" for null, never null */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}

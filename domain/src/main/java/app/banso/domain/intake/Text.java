package app.banso.domain.intake;

/** Typed text as stored: trimmed, and empty means "not answered" (null). */
final class Text {

    private Text() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

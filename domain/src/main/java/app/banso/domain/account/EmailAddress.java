package app.banso.domain.account;

import app.banso.domain.shared.InvalidDataException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises and checks e-mail addresses used as sign-in names. */
public final class EmailAddress {

    public static final int MAX = 254;
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddress() {
    }

    /** Trimmed and lower-cased, so that sign-in is case-insensitive. */
    public static String normalise(String input) {
        String value = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new InvalidDataException("email", "validation.required");
        }
        if (value.length() > MAX || !SHAPE.matcher(value).matches()) {
            throw new InvalidDataException("email", "validation.email");
        }
        return value;
    }

    /**
     * The address work is handed over from, normalised; refused when the work would go to the same
     * account ({@code to}, already normalised), which would hand nothing over.
     */
    public static String handedOverFrom(String from, String to) {
        String normalised = normalise(from);
        if (normalised.equals(to)) {
            throw new InvalidDataException("handOverTo", "handOver.sameAccount");
        }
        return normalised;
    }
}

package app.banso.persistence.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * What ADMIN searches the audit log by; every part is optional. Texts match anywhere, case-
 * insensitively, as bound literals (a {@code %} or {@code _} is searched for, not a wildcard).
 *
 * @param actor part of the signed-in user's e-mail address (or "anonymous")
 * @param action part of the action, e.g. {@code SIGN_IN} or {@code VIEWED}
 * @param subject part of the subject, e.g. {@code application:123} or {@code case:7}
 * @param clientAddress the client address, exactly
 * @param from occurred at or after
 * @param until occurred before
 */
public record AuditSearch(String actor, String action, String subject, String clientAddress, Instant from, Instant until)
        implements Serializable {

    public static final AuditSearch ALL = new AuditSearch(null, null, null, null, null, null);

    static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    /** The text as a LIKE pattern that matches it literally, anywhere; escape character {@code \}. */
    static String containing(String s) {
        return "%" + s.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

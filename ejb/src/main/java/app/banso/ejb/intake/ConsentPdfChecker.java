package app.banso.ejb.intake;

import app.banso.domain.shared.InvalidDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks an uploaded consent form (応募・利用条件兼同意書). APPLY-1 makes an application complete
 * only once the online registration and this form, a PDF bearing the representative's registered
 * seal, have both been received; this check makes sure that what was received is a PDF that staff
 * can open, read and print. Whether the seal is on it stays a screener's judgement.
 *
 * <p>The content decides, never the file name or its extension: an HTML page or a Windows program
 * renamed to {@code .pdf} is refused. The size is checked before anything is parsed, so an
 * oversized upload costs no parsing. Every refusal is an {@link InvalidDataException} on the field
 * {@value #FIELD} with one of the {@code consent.*} message keys below.
 *
 * <p>Stateless and thread-safe; needs no container.
 */
public class ConsentPdfChecker {

    /** The input the refusals point at. */
    public static final String FIELD = "consentForm";

    /** No bytes at all. */
    public static final String EMPTY = "consent.empty";
    /** Larger than the limit; argument {0}: the limit in whole megabytes. */
    public static final String TOO_LARGE = "consent.tooLarge";
    /** Does not start with the PDF signature {@code %PDF-}, whatever its name says. */
    public static final String NOT_PDF = "consent.notPdf";
    /** Starts like a PDF but cannot be read: damaged, or cut off during the upload. */
    public static final String BROKEN = "consent.broken";
    /** Protected by a password or encrypted, so it cannot be kept readable and printable for staff. */
    public static final String ENCRYPTED = "consent.encrypted";
    /** A readable PDF without a single page. */
    public static final String NO_PAGES = "consent.noPages";

    /** The name used when nothing usable is left of the applicant's file name. */
    public static final String FALLBACK_FILE_NAME = "consent.pdf";
    /** The longest file name kept, in characters. */
    public static final int FILE_NAME_MAX = 200;

    private static final long MEGABYTE = 1024L * 1024L;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Readers (Acrobat first) look for the end-of-file marker within the last 1024 bytes. */
    private static final int END_OF_FILE_WINDOW = 1024;

    /**
     * @param content the uploaded bytes
     * @param originalFileName the name the applicant's browser sent; may be null or anything
     * @param maxBytes the largest accepted size in bytes (configured in megabytes)
     * @return what to keep about the accepted form, never null
     * @throws InvalidDataException on {@value #FIELD} with {@value #EMPTY}, {@value #TOO_LARGE},
     *         {@value #NOT_PDF}, {@value #BROKEN}, {@value #ENCRYPTED} or {@value #NO_PAGES}
     */
    public CheckedPdf check(byte[] content, String originalFileName, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (content == null || content.length == 0) {
            throw refused(EMPTY);
        }
        if (content.length > maxBytes) {
            throw refused(TOO_LARGE, maxBytes / MEGABYTE);
        }
        if (!startsWith(content, PDF_MAGIC)) {
            throw refused(NOT_PDF);
        }
        // PDFBox rebuilds a file that was cut off (it scans for objects), so a truncated upload
        // would parse and pass; the missing end-of-file marker is what gives it away.
        if (!endsWithEndOfFileMarker(content)) {
            throw refused(BROKEN);
        }
        int pages = switch (parse(content)) {
            case Parsed.Unreadable u -> throw refused(BROKEN);
            case Parsed.Encrypted e -> throw refused(ENCRYPTED);
            case Parsed.Readable r -> r.pages();
        };
        if (pages == 0) {
            throw refused(NO_PAGES);
        }
        return new CheckedPdf(safeFileName(originalFileName), content.length, sha256Hex(content), pages);
    }

    /**
     * The applicant's file name made harmless to show and store as data: only the last segment of a
     * path (so {@code ../../x.pdf} gives {@code x.pdf} and {@code C:\dir\evil.pdf} gives
     * {@code evil.pdf}), without control or invisible formatting characters (such as a
     * right-to-left override that would show {@code evil<U+202E>fdp.exe} as {@code evilexe.pdf}), trimmed
     * and cut to {@value #FILE_NAME_MAX} characters; {@value #FALLBACK_FILE_NAME} when nothing is
     * left. The product never uses it to name a stored file.
     *
     * @return never null or blank
     */
    public static String safeFileName(String originalFileName) {
        if (originalFileName == null) {
            return FALLBACK_FILE_NAME;
        }
        StringBuilder visible = new StringBuilder(originalFileName.length());
        originalFileName.codePoints()
                .filter(cp -> !isControlOrFormat(cp))
                .forEach(visible::appendCodePoint);
        String name = visible.toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.codePointCount(0, name.length()) > FILE_NAME_MAX) {
            name = name.substring(0, name.offsetByCodePoints(0, FILE_NAME_MAX)).strip();
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return FALLBACK_FILE_NAME;
        }
        return name;
    }

    private static boolean isControlOrFormat(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    private sealed interface Parsed {
        record Readable(int pages) implements Parsed {
        }

        record Encrypted() implements Parsed {
        }

        record Unreadable() implements Parsed {
        }
    }

    private static Parsed parse(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                // Encrypted with an empty user password: it opens, but may forbid printing or
                // copying, and its content cannot be checked or archived as plain PDF.
                return new Parsed.Encrypted();
            }
            int pages = 0;
            // Walk the page tree rather than trust the /Count the file claims.
            for (PDPage ignored : document.getPages()) {
                pages++;
            }
            return new Parsed.Readable(pages);
        } catch (InvalidPasswordException e) {
            return new Parsed.Encrypted();
        } catch (IOException | RuntimeException e) {
            // The bytes come from outside: a malformed file can make the parser fail in many ways
            // (IllegalArgumentException, ClassCastException, ...), and all of them mean "unreadable".
            return new Parsed.Unreadable();
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithEndOfFileMarker(byte[] content) {
        int from = Math.max(0, content.length - END_OF_FILE_WINDOW);
        for (int i = content.length - END_OF_FILE.length; i >= from; i--) {
            int j = 0;
            while (j < END_OF_FILE.length && content[i + j] == END_OF_FILE[j]) {
                j++;
            }
            if (j == END_OF_FILE.length) {
                return true;
            }
        }
        return false;
    }

    private static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static InvalidDataException refused(String messageKey, Object... arguments) {
        return new InvalidDataException(FIELD, messageKey, arguments);
    }
}

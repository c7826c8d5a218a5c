package app.banso.ejb.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.InvalidDataException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentPdfCheckerTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    private final ConsentPdfChecker checker = new ConsentPdfChecker();

    @Test
    void acceptsAOnePagePdfAndReportsItsSizeHashAndPages() throws Exception {
        byte[] pdf = pdf(1);

        CheckedPdf checked = checker.check(pdf, "同意書_署名済.pdf", TEN_MB);

        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertAll(
                () -> assertEquals(pdf.length, checked.size()),
                () -> assertEquals(64, checked.sha256Hex().length()),
                () -> assertTrue(checked.sha256Hex().matches("[0-9a-f]{64}"), checked.sha256Hex()),
                () -> assertEquals(expectedHash, checked.sha256Hex()),
                () -> assertEquals(1, checked.pages()),
                () -> assertEquals("同意書_署名済.pdf", checked.safeFileName()));
    }

    @Test
    void countsEveryPage() throws IOException {
        assertEquals(3, checker.check(pdf(3), "form.pdf", TEN_MB).pages());
    }

    @Test
    void rejectsAnHtmlFileRenamedToPdf() {
        byte[] html = "<!DOCTYPE html><html><body><h1>同意書</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused("consent.notPdf", html, "consent.pdf");
    }

    @Test
    void rejectsAWindowsProgramRenamedToPdf() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        assertRefused("consent.notPdf", exe, "invoice.pdf");
    }

    @Test
    void rejectsATextThatMerelyMentionsPdfLaterOn() {
        assertRefused("consent.notPdf", " %PDF-1.7 with a space in front".getBytes(StandardCharsets.US_ASCII), "x.pdf");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertRefused("consent.empty", new byte[0], "consent.pdf");
        assertRefused("consent.empty", null, "consent.pdf");
    }

    @Test
    void rejectsAFileOverTheLimit() throws IOException {
        byte[] pdf = pdf(40);
        assertTrue(pdf.length > 1024, "the test PDF must be larger than 1 KB, is " + pdf.length);

        InvalidDataException e = assertThrows(InvalidDataException.class, () -> checker.check(pdf, "big.pdf", 1024));

        assertEquals("consent.tooLarge", e.messageKey());
        assertEquals("consentForm", e.field());
    }

    @Test
    void checksTheSizeBeforeLookingAtTheContentAndNamesTheLimitInMegabytes() {
        byte[] notEvenAPdf = new byte[2 * 1024 * 1024 + 1];

        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> checker.check(notEvenAPdf, "scan.pdf", 2L * 1024 * 1024));

        assertEquals("consent.tooLarge", e.messageKey());
        assertEquals(List.of(2L), e.arguments());
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws IOException {
        byte[] pdf = pdf(1);
        assertEquals(pdf.length, checker.check(pdf, "form.pdf", pdf.length).size());
    }

    @Test
    void rejectsAPdfHeaderFollowedByGarbage() {
        byte[] broken = ("%PDF-1.7\n" + "this is not a PDF body ".repeat(40) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        assertRefused("consent.broken", broken, "broken.pdf");
    }

    @Test
    void rejectsAPdfCutOffDuringTheUpload() throws IOException {
        byte[] pdf = pdf(2);
        for (int length : new int[] {pdf.length / 2, pdf.length - 8}) {
            assertRefused("consent.broken", Arrays.copyOf(pdf, length), "truncated.pdf");
        }
    }

    @Test
    void rejectsAPasswordProtectedPdf() throws IOException {
        assertRefused("consent.encrypted", encrypted("open-sesame"), "locked.pdf");
    }

    @Test
    void rejectsAnEncryptedPdfThatOpensWithoutAPassword() throws IOException {
        assertRefused("consent.encrypted", encrypted(""), "restricted.pdf");
    }

    @Test
    void rejectsAPdfWithoutPages() throws IOException {
        assertRefused("consent.noPages", save(new PDDocument()), "empty.pdf");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../x.pdf                 | x.pdf",
            "C:\\dir\\evil.pdf           | evil.pdf",
            "/etc/passwd/../同意書.pdf    | 同意書.pdf",
            "'  spaced name.pdf  '       | spaced name.pdf",
            "a\\b/c\\d.pdf               | d.pdf",
    })
    void keepsOnlyTheLastSegmentOfThePath(String original, String expected) throws IOException {
        assertEquals(expected, checker.check(pdf(1), original, TEN_MB).safeFileName());
    }

    @Test
    void dropsControlAndInvisibleFormattingCharactersFromTheName() {
        assertEquals("evilfdp.exe", ConsentPdfChecker.safeFileName("evil\u202Efdp.exe"));
        assertEquals("consent form.pdf", ConsentPdfChecker.safeFileName("consent\u0000 form\r\n.pdf"));
        assertEquals("line.pdf", ConsentPdfChecker.safeFileName("line\u0007\u001b.pdf"));
    }

    @Test
    void capsTheNameAtTwoHundredCharactersWithoutSplittingACharacter() {
        String longName = "𠮷".repeat(150) + "あ".repeat(100) + ".pdf";

        String safe = ConsentPdfChecker.safeFileName(longName);

        assertEquals(200, safe.codePointCount(0, safe.length()));
        assertTrue(safe.startsWith("𠮷".repeat(150)));
    }

    @Test
    void fallsBackToAFixedNameWhenNothingUsableIsLeft() {
        for (String name : new String[] {null, "", "   ", "../", "C:\\dir\\", "..", "\u0000\u0001"}) {
            assertEquals("consent.pdf", ConsentPdfChecker.safeFileName(name), String.valueOf(name));
        }
    }

    private void assertRefused(String messageKey, byte[] content, String fileName) {
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> checker.check(content, fileName, TEN_MB));
        assertEquals(messageKey, e.messageKey());
        assertEquals("consentForm", e.field());
    }

    /** A PDF of {@code pages} A4 pages, each with a line of text. */
    static byte[] pdf(int pages) throws IOException {
        PDDocument document = new PDDocument();
        for (int i = 1; i <= pages; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 760);
                text.showText("Consent form, page " + i + " of " + pages);
                text.endText();
            }
        }
        return save(document);
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        PDDocument document = new PDDocument();
        document.addPage(new PDPage(PDRectangle.A4));
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(256);
        document.protect(policy);
        return save(document);
    }

    private static byte[] save(PDDocument document) throws IOException {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}

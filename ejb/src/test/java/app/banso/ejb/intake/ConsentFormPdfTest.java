package app.banso.ejb.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class ConsentFormPdfTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private static final float SIDE_MARGIN = 56f;

    private final ConsentFormPdf form = new ConsentFormPdf();

    static ConsentFormData sample() {
        return sample("東京都港区赤坂一丁目12番32号 アーク森ビル 6階", "4010401022860");
    }

    static ConsentFormData sample(String address, String corporateNumber) {
        return new ConsentFormData(2026, "2026年度 高度外国人材活躍推進コーディネーターによる伴走型支援",
                "株式会社さくらテクノロジー", corporateNumber, address,
                "代表取締役社長", "山田　太郎",
                "佐藤　花子", "人事部 グローバル採用課", "hanako.sato@sakura-tech.example.jp", "03-1234-5678",
                LocalDate.of(2026, 4, 1));
    }

    @Test
    void rendersAFormThatPassesTheConsentCheck() {
        byte[] pdf = form.render(sample());

        CheckedPdf checked = new ConsentPdfChecker().check(pdf, "consent-form.pdf", TEN_MB);

        assertEquals(pdf.length, checked.size());
        assertTrue(checked.pages() >= 1 && checked.pages() <= 2, "pages: " + checked.pages());
    }

    @Test
    void printsTheTitleTheCompanyTheRuleIdsAndTheSealBoxOnA4() throws IOException {
        byte[] pdf = form.render(sample());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String compact = text.replaceAll("\\s", "");
            assertAll(
                    () -> assertTrue(compact.contains("2026年度高度外国人材活躍推進コーディネーターによる伴走型支援"), "programme"),
                    () -> assertTrue(compact.contains("応募・利用条件兼同意書"), "document name"),
                    () -> assertTrue(text.contains("Consent Form (FY2026)"), "English subtitle"),
                    () -> assertTrue(text.contains("株式会社さくらテクノロジー"), "company"),
                    () -> assertTrue(text.contains("4010401022860"), "corporate number"),
                    () -> assertTrue(compact.contains("東京都港区赤坂一丁目12番32号アーク森ビル6階"), "address"),
                    () -> assertTrue(text.contains("代表取締役社長"), "representative title"),
                    () -> assertTrue(text.contains("hanako.sato@sakura-tech.example.jp"), "contact e-mail"),
                    () -> assertTrue(text.contains("03-1234-5678"), "contact phone"),
                    () -> assertTrue(text.contains("2026年4月1日"), "date line"),
                    () -> assertTrue(text.contains("登録印"), "seal box"),
                    () -> {
                        for (String rule : List.of("LAW-1", "LAW-2", "LAW-3", "COOP-1", "COOP-2", "COOP-3",
                                "COOP-4", "COOP-5", "COOP-6", "PRIV-1", "PRIV-2", "APPLY-1", "APPLY-6", "APPLY-7")) {
                            assertTrue(text.contains(rule), rule);
                        }
                    });
            PDRectangle size = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 0.01f);
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 0.01f);
            assertEquals("ja-JP", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void theSignedFormSaysTheApplicantBearsItsCostsAndItsDataIsConfidential_APPLY_6_APPLY_7() throws IOException {
        try (PDDocument document = Loader.loadPDF(form.render(sample()))) {
            String compact = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(compact.contains("APPLY-6本申込に関して生じた経費は、応募者の負担となること。"), compact);
            assertTrue(compact.contains("APPLY-7オンライン登録の内容は、個人情報及び秘密情報として"), compact);
            assertTrue(document.getNumberOfPages() <= 2, "still one or two pages");
        }
    }

    @Test
    void theSignedFormSaysHowPersonalInformationIsUsedUnderJetrosPrivacyPolicy_PRIV_2() throws IOException {
        try (PDDocument document = Loader.loadPDF(form.render(sample()))) {
            String compact = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(compact.contains("PRIV-2本サービスに関わる個人情報は、本サービスの実施、関連サービスの案内及び調査等に利用され、"), compact);
            assertTrue(compact.contains("https://www.jetro.go.jp/privacy/"), "the policy's address: " + compact);
        }
    }

    @Test
    void wrapsAVeryLongAddressInsideThePage() throws IOException {
        String address = "北海道札幌市中央区北一条西二丁目一番地 札幌市役所本庁舎前 "
                + "とても長い建物の名前が続くビルディング".repeat(12) + " 1234号室";

        byte[] pdf = form.render(sample(address, "4010401022860"));

        new ConsentPdfChecker().check(pdf, "long.pdf", TEN_MB);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String compact = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(compact.contains(address.replaceAll("\\s", "")), "the whole address is printed");
            for (TextPosition glyph : glyphs(document)) {
                float pageWidth = PDRectangle.A4.getWidth();
                assertTrue(glyph.getXDirAdj() >= SIDE_MARGIN - 0.5f, "left of the margin: " + glyph);
                assertTrue(glyph.getXDirAdj() + glyph.getWidthDirAdj() <= pageWidth - SIDE_MARGIN + 0.5f,
                        "right of the margin: " + glyph.getUnicode() + " at " + glyph.getXDirAdj());
            }
        }
    }

    @Test
    void rendersADraftWithoutCorporateNumber() throws IOException {
        byte[] pdf = form.render(sample("東京都千代田区", ""));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("法人番号"));
            assertTrue(text.contains("株式会社さくらテクノロジー"));
        }
    }

    @Test
    void prefixesTheFiscalYearOnlyWhenTheProgrammeNameLacksIt() {
        ConsentFormData withYear = sample();
        ConsentFormData withoutYear = new ConsentFormData(2027, "高度外国人材活躍推進コーディネーターによる伴走型支援",
                "株式会社さくらテクノロジー", "", "", "", "", "", "", "", "", LocalDate.of(2027, 4, 1));

        assertEquals("2026年度 高度外国人材活躍推進コーディネーターによる伴走型支援", ConsentFormPdf.programmeTitle(withYear));
        assertEquals("2027年度 高度外国人材活躍推進コーディネーターによる伴走型支援", ConsentFormPdf.programmeTitle(withoutYear));
    }

    @Test
    void embedsOnlyTheGlyphsUsedSoTheFileStaysSmall() {
        byte[] pdf = form.render(sample());

        assertTrue(pdf.length < 150_000, "a subset of the 6 MB font is expected, PDF is " + pdf.length + " bytes");
    }

    @Test
    void writesASampleForVisualInspection() throws IOException {
        byte[] pdf = form.render(sample());
        Path sample = Path.of("target", "consent-form-sample.pdf");

        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);

        assertEquals(pdf.length, Files.size(sample));
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                glyphs.addAll(textPositions);
            }
        };
        collector.getText(document);
        return glyphs;
    }
}

package app.banso.ejb.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.ejb.pdf.PdfComposer.Row;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PdfComposerTest {

    private static final float SIZE = 9.5f;
    /** IPAex Gothic sets kana and kanji on a full em, so ten of them are exactly this wide. */
    private static final float TEN_EM = 10 * SIZE;

    private final PdfComposer composer = new PdfComposer("test", "footer");

    @AfterEach
    void close() {
        composer.close();
    }

    @Test
    void wrapsJapaneseTextWithinTheWidthWithoutLosingCharacters() {
        String text = "高度外国人材活躍推進コーディネーターが採用戦略の策定から育成定着までを伴走して支援します".repeat(3);

        List<String> lines = composer.wrap(text, SIZE, 200f);

        assertTrue(lines.size() > 3, lines.toString());
        lines.forEach(line -> assertTrue(composer.width(line, SIZE) <= 200f, line));
        assertEquals(text, String.join("", lines));
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        List<String> lines = composer.wrap("ああああああああああ。いいい", SIZE, TEN_EM);

        assertEquals(List.of("あああああああああ", "あ。いいい"), lines);
    }

    @Test
    void neverEndsALineWithAnOpeningBracket() {
        List<String> lines = composer.wrap("あああああああああ「い」う", SIZE, TEN_EM);

        assertEquals(List.of("あああああああああ", "「い」う"), lines);
    }

    @Test
    void breaksLatinTextOnlyBetweenWords() {
        String text = "Application, Terms of Use and Consent Form for the accompanying support programme";

        List<String> lines = composer.wrap(text, SIZE, 120f);

        assertTrue(lines.size() > 1);
        List<String> words = List.of(text.split(" "));
        for (String line : lines) {
            assertTrue(composer.width(line, SIZE) <= 120f, line);
            for (String word : line.split(" ")) {
                assertTrue(words.contains(word), "split word: " + word);
            }
        }
        assertEquals(text, String.join(" ", lines));
    }

    @Test
    void cutsAWordWiderThanTheLine() {
        String address = "contact.person.of.the.global.recruiting.team@a-very-long-company-domain.example.co.jp";

        List<String> lines = composer.wrap(address, SIZE, 100f);

        assertTrue(lines.size() > 1);
        lines.forEach(line -> assertTrue(composer.width(line, SIZE) <= 100f, line));
        assertEquals(address, String.join("", lines));
    }

    @Test
    void keepsExplicitLineBreaksAndBlankLines() {
        assertEquals(List.of("一行目", "", "三行目"), composer.wrap("一行目\n\n三行目", SIZE, 300f));
        assertEquals(List.of(""), composer.wrap("", SIZE, 300f));
    }

    @Test
    void printsCharactersTheFontLacksAsGetaAndDropsControlCharacters() {
        assertEquals("株式会社〓スマイル", composer.printable("株式会社\uD83D\uDE00スマイル"));
        assertEquals("ab c", composer.printable("a\u0007b\tc\r"));
        assertEquals("right", composer.printable("\u202Eright"));
    }

    @Test
    void continuesOnANewPageWhenThePageIsFull() throws IOException {
        for (int i = 1; i <= 80; i++) {
            composer.paragraph("段落 " + i + "：本サービスの担当者を指定し、ジェトロからの問い合わせ等に迅速に対応すること。");
        }
        int pages = composer.pages();

        byte[] pdf = composer.toBytes();

        assertTrue(pages >= 2, "pages: " + pages);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(pages, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("段落 80"), "last paragraph printed");
            assertTrue(text.contains("1 / " + pages) && text.contains(pages + " / " + pages), "page numbers");
        }
    }

    @Test
    void splitsATableRowTallerThanAWholePage() throws IOException {
        String huge = "東京都港区赤坂一丁目十二番三十二号アーク森ビル".repeat(150);

        composer.heading("表").rows(List.of(new Row("本店所在地", huge), new Row("電話番号", "03-0000-0000")));
        byte[] pdf = composer.toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2);
            // Without the page footers ("footer 1 / 2") that the text extraction puts in between.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "").replaceAll("footer\\d+/\\d+", "");
            assertTrue(text.contains(huge), "every character of the long value is printed");
            assertTrue(text.contains("03-0000-0000"));
        }
    }

    @Test
    void aSignatureBlockIsNeverSplitAcrossPages() throws IOException {
        // 44 lines leave about 80 points on the page: less than the block with its 30 mm seal box.
        for (int i = 0; i < 44; i++) {
            composer.paragraph("本文");
        }
        int before = composer.pages();

        composer.signatureBlock(List.of(new Row("日付", "2026年4月1日"), new Row("代表者", "代表取締役 山田 太郎")), "登録印");

        assertEquals(before + 1, composer.pages(), "moved as a whole to a new page");
        try (PDDocument document = Loader.loadPDF(composer.toBytes())) {
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            String text = lastPage.getText(document);
            assertTrue(text.contains("登録印") && text.contains("2026年4月1日"), text);
            assertFalse(text.contains("本文"));
        }
    }

    @Test
    void drawsALabelledBoxWhereTheCursorIs() throws IOException {
        composer.title("採択通知書").box(200f, 60f, "貼付欄", PdfComposer.Align.CENTER).paragraph("以上");

        try (PDDocument document = Loader.loadPDF(composer.toBytes())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.indexOf("採択通知書") < text.indexOf("貼付欄") && text.indexOf("貼付欄") < text.indexOf("以上"), text);
            assertEquals(1, document.getNumberOfPages());
        }
    }
}

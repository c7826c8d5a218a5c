package app.banso.ejb.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Lays out the documents the programme issues in Japanese (the consent form of APPLY-1, the
 * adoption notice of SCREEN-3): A4 pages filled from top to bottom with titles, headings,
 * wrapped paragraphs, numbered items, label/value tables and a signature block with a seal box,
 * starting a new page whenever the next piece does not fit, and a footer with page numbers.
 *
 * <p>PDFBox's standard fonts have no Japanese glyphs, so every text is set in IPAex Gothic
 * (IPA Font License v1.0, see {@code IPA_Font_License.txt} beside the font), embedded as a subset
 * holding only the characters used. A character the font cannot draw, such as an emoji typed into
 * a company name, is printed as 〓 (the Japanese typesetter's mark for a missing character) instead
 * of failing the whole document.
 *
 * <p>Lines are wrapped by measuring the text with the font: Japanese text may break between any
 * two characters, except that closing brackets and punctuation never start a line and opening
 * brackets never end one (禁則処理); Latin words, e-mail addresses and numbers break only at
 * spaces unless a single one is wider than the line.
 *
 * <p>Not thread-safe: one composer makes one document. {@link #toBytes()} finishes it.
 */
public final class PdfComposer implements AutoCloseable {

    /** Body text size in points. */
    public static final float BODY_SIZE = 9.5f;
    /** Size of notes and the footer. */
    public static final float SMALL_SIZE = 8f;
    /** Size of the document title. */
    public static final float TITLE_SIZE = 15f;
    /** Size of section headings. */
    public static final float HEADING_SIZE = 11f;

    /** The character printed in place of one the font has no glyph for. */
    public static final String MISSING_GLYPH = "〓";

    private static final String FONT_RESOURCE = "ipaexg.ttf";
    /**
     * FontBox warns, every time the font is loaded, that the font's table of variation sequences
     * (cmap format 14: variants of a kanji's glyph) is not supported: nothing an operator can act
     * on, once per PDF. Only its errors are logged. Kept in a field: the logging framework holds
     * loggers weakly, and a collected logger would forget its level.
     */
    private static final Logger FONTBOX_CMAP = quiet("org.apache.fontbox.ttf.CmapSubtable");
    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    private static final float MARGIN_SIDE = 56f;   // about 20 mm
    private static final float MARGIN_TOP = 52f;
    private static final float MARGIN_BOTTOM = 60f; // leaves room for the footer
    private static final float LEADING = 1.55f;     // line height as a multiple of the font size
    private static final float CELL_PADDING = 5f;
    private static final float MIN_ROW_HEIGHT = 24f; // room to correct a value by hand
    private static final float LABEL_WIDTH = 112f;
    private static final float MARKER_WIDTH = 54f;  // a rule ID such as APPLY-1 and a gap
    private static final int KEEP_TOGETHER_LINES = 4;
    /** 30 mm: a registered company seal fits in a 3 cm square (商業登記規則 第9条第3項). */
    private static final float SEAL_SIZE = 30f / 25.4f * 72f;
    private static final float SIGNATURE_WIDTH = 340f;
    private static final float TEXT_GREY = 0.35f;
    private static final float RULE_GREY = 0.3f;
    private static final float LABEL_FILL = 0.93f;

    private static final String NO_LINE_START =
            "、。，．,.:;!?)]}）〕］｝〉》」』】〙〗・：；？！‐ー～…‥ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ％%";
    private static final String NO_LINE_END = "([{（〔［｛〈《「『【〘〖";

    /** Where a piece of text sits horizontally. */
    public enum Align { LEFT, CENTER, RIGHT }

    /** One row of a label/value table or of a signature block. */
    public record Row(String label, String value) {
        public Row {
            label = label == null ? "" : label;
            value = value == null ? "" : value;
        }
    }

    private final PDDocument document;
    private final PDType0Font font;
    private final String footer;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    /**
     * Starts a document with its first page.
     *
     * @param documentTitle the title shown by PDF viewers (document properties)
     * @param footer a short text printed at the bottom left of every page, beside the page number;
     *        empty for none
     */
    public PdfComposer(String documentTitle, String footer) {
        this.document = new PDDocument();
        this.footer = footer == null ? "" : footer;
        try {
            this.font = loadFont(document);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(documentTitle);
            info.setCreator("Banso");
            document.getDocumentCatalog().setLanguage("ja-JP");
            PDViewerPreferences preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
            newPage();
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static Logger quiet(String name) {
        var logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static PDType0Font loadFont(PDDocument document) throws IOException {
        try (InputStream in = PdfComposer.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + FONT_RESOURCE);
            }
            // Subset embedding: only the glyphs used travel in the PDF (about 100 KB for a two-page form, not 6 MB).
            return PDType0Font.load(document, in, true);
        }
    }

    // ---------------------------------------------------------------- flowing content

    /** The document title: large, emboldened and centred; {@code \n} starts a new line. */
    public PdfComposer title(String text) {
        return title(text, TITLE_SIZE);
    }

    /** A title line of the given size, e.g. a smaller line naming the programme above the title. */
    public PdfComposer title(String text, float size) {
        return text(text, size, Align.CENTER, true, 0f);
    }

    /** A smaller grey line under the title, e.g. the English name of a Japanese document. */
    public PdfComposer subtitle(String text) {
        return text(text, SMALL_SIZE + 0.5f, Align.CENTER, false, TEXT_GREY);
    }

    /** A section heading with a rule under it; kept on the same page as the next lines. */
    public PdfComposer heading(String text) {
        float lineHeight = HEADING_SIZE * LEADING;
        space(6f);
        ensureSpace(lineHeight + 3 * BODY_SIZE * LEADING);
        text(text, HEADING_SIZE, Align.LEFT, true, 0f);
        run(() -> {
            content.setStrokingColor(RULE_GREY);
            content.setLineWidth(0.6f);
            content.moveTo(left(), y + 1f);
            content.lineTo(right(), y + 1f);
            content.stroke();
        });
        return space(4f);
    }

    /** Body text, left-aligned and wrapped to the page width. */
    public PdfComposer paragraph(String text) {
        return text(text, BODY_SIZE, Align.LEFT, false, 0f);
    }

    /** Text of the given size and alignment, wrapped to the page width. */
    public PdfComposer paragraph(String text, float size, Align align) {
        return text(text, size, align, false, 0f);
    }

    /** A small grey note, such as an instruction on how to fill in the form. */
    public PdfComposer note(String text) {
        return text(text, SMALL_SIZE, Align.LEFT, false, TEXT_GREY);
    }

    /**
     * A numbered or labelled item: the marker (e.g. a rule ID {@code LAW-1}) in a narrow column,
     * the text wrapped beside it with a hanging indent.
     */
    public PdfComposer item(String marker, String text) {
        float lineHeight = BODY_SIZE * LEADING;
        List<String> lines = wrap(text, BODY_SIZE, width() - MARKER_WIDTH);
        // Keep a short item on one page; a long one may break, but not after its first line.
        ensureSpace((lines.size() <= KEEP_TOGETHER_LINES ? lines.size() : 2) * lineHeight);
        for (int i = 0; i < lines.size(); i++) {
            ensureSpace(lineHeight);
            if (i == 0) {
                drawLine(printable(marker), left(), baseline(y, BODY_SIZE, lineHeight), BODY_SIZE, true, 0f);
            }
            drawLine(lines.get(i), left() + MARKER_WIDTH, baseline(y, BODY_SIZE, lineHeight), BODY_SIZE, false, 0f);
            y -= lineHeight;
        }
        return space(2f);
    }

    /**
     * A two-column table with borders: the labels on a grey ground on the left, the values wrapped
     * on the right. A row too tall for the rest of the page continues on the next one.
     */
    public PdfComposer rows(List<Row> rows) {
        return rows(rows, LABEL_WIDTH);
    }

    /**
     * The same table with a label column of {@code labelColumn} points, e.g. wide labels and
     * narrow values for a table of counts.
     */
    public PdfComposer rows(List<Row> rows, float labelColumn) {
        float lineHeight = BODY_SIZE * LEADING;
        float valueWidth = width() - labelColumn - 2 * CELL_PADDING;
        float labelWidth = labelColumn - 2 * CELL_PADDING;
        for (Row row : rows) {
            List<String> labelLines = wrap(row.label(), BODY_SIZE, labelWidth);
            List<String> valueLines = wrap(row.value(), BODY_SIZE, valueWidth);
            int done = 0;
            boolean first = true;
            while (first || done < valueLines.size()) {
                List<String> label = first ? labelLines : List.of();
                int remaining = valueLines.size() - done;
                float available = y - MARGIN_BOTTOM;
                if (rowHeight(Math.max(label.size(), remaining), lineHeight) <= available) {
                    drawRow(label, valueLines.subList(done, valueLines.size()), lineHeight, labelColumn);
                    break;
                }
                int fitting = (int) Math.floor((available - 2 * CELL_PADDING) / lineHeight);
                boolean fitsOnAFreshPage = rowHeight(Math.max(label.size(), remaining), lineHeight) <= pageHeight();
                if (!atTopOfPage() && (fitsOnAFreshPage || fitting < 2)) {
                    newPage();
                    continue;
                }
                // Taller than a whole page (a very long value): fill this page, go on on the next.
                int count = Math.min(remaining, Math.max(1, fitting));
                drawRow(label, valueLines.subList(done, done + count), lineHeight, labelColumn);
                done += count;
                first = false;
            }
        }
        return space(4f);
    }

    private static float rowHeight(int lines, float lineHeight) {
        return Math.max(MIN_ROW_HEIGHT, lines * lineHeight + 2 * CELL_PADDING);
    }

    private static float pageHeight() {
        return PAGE_SIZE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    }

    private boolean atTopOfPage() {
        return y >= PAGE_SIZE.getHeight() - MARGIN_TOP;
    }

    private void drawRow(List<String> labelLines, List<String> valueLines, float lineHeight, float labelColumn) {
        float height = rowHeight(Math.max(labelLines.size(), valueLines.size()), lineHeight);
        float top = y;
        float bottom = y - height;
        run(() -> {
            content.setNonStrokingColor(LABEL_FILL);
            content.addRect(left(), bottom, labelColumn, height);
            content.fill();
            content.setNonStrokingColor(0f);
            content.setStrokingColor(RULE_GREY);
            content.setLineWidth(0.5f);
            content.addRect(left(), bottom, width(), height);
            content.moveTo(left() + labelColumn, bottom);
            content.lineTo(left() + labelColumn, top);
            content.stroke();
        });
        drawLines(labelLines, left() + CELL_PADDING, top - (height - labelLines.size() * lineHeight) / 2f, lineHeight);
        drawLines(valueLines, left() + labelColumn + CELL_PADDING, top - (height - valueLines.size() * lineHeight) / 2f, lineHeight);
        y = bottom;
    }

    private void drawLines(List<String> lines, float x, float top, float lineHeight) {
        for (int i = 0; i < lines.size(); i++) {
            drawLine(lines.get(i), x, baseline(top - i * lineHeight, BODY_SIZE, lineHeight), BODY_SIZE, false, 0f);
        }
    }

    /**
     * The block a signatory completes at the end of a document, on the right half of the page:
     * each row a label and a value on an underline, and beside them a square box labelled
     * {@code sealLabel} (e.g. 登録印) for the seal. Never split across pages.
     */
    public PdfComposer signatureBlock(List<Row> rows, String sealLabel) {
        float lineHeight = BODY_SIZE * LEADING;
        float x = right() - Math.min(width(), SIGNATURE_WIDTH);
        float sealX = right() - SEAL_SIZE;
        float labelWidth = 0f;
        for (Row row : rows) {
            labelWidth = Math.max(labelWidth, width(printable(row.label()), BODY_SIZE));
        }
        float valueX = x + labelWidth + 14f;
        float lineEnd = sealX - 14f;
        List<List<String>> values = new ArrayList<>();
        float height = 0f;
        for (Row row : rows) {
            List<String> lines = wrap(row.value(), BODY_SIZE, lineEnd - valueX);
            values.add(lines);
            height += signatureRowHeight(lines.size(), lineHeight);
        }
        float blockHeight = Math.max(height, SEAL_SIZE);
        ensureSpace(blockHeight + 4f);
        float top = y;
        float rowTop = top - Math.max(0f, (SEAL_SIZE - height) / 2f);
        for (int r = 0; r < rows.size(); r++) {
            List<String> lines = values.get(r);
            float rowBottom = rowTop - signatureRowHeight(lines.size(), lineHeight);
            // The text sits on the underline, as when written by hand.
            float textTop = rowBottom + 3f + lines.size() * lineHeight;
            drawLine(printable(rows.get(r).label()), x, baseline(textTop, BODY_SIZE, lineHeight), BODY_SIZE, false, 0f);
            drawLines(lines, valueX, textTop, lineHeight);
            run(() -> {
                content.setStrokingColor(RULE_GREY);
                content.setLineWidth(0.5f);
                content.moveTo(x, rowBottom + 1.5f);
                content.lineTo(lineEnd, rowBottom + 1.5f);
                content.stroke();
            });
            rowTop = rowBottom;
        }
        float sealTop = top - Math.max(0f, (height - SEAL_SIZE) / 2f);
        drawBox(sealX, sealTop - SEAL_SIZE, SEAL_SIZE, SEAL_SIZE, sealLabel);
        y = top - blockHeight;
        return space(4f);
    }

    private static float signatureRowHeight(int lines, float lineHeight) {
        return Math.max(26f, lines * lineHeight + 8f);
    }

    /**
     * A box drawn at the current position with a grey label in its middle, for something written,
     * stamped or pasted by hand.
     */
    public PdfComposer box(float boxWidth, float boxHeight, String label, Align align) {
        ensureSpace(boxHeight + 2f);
        float x = switch (align) {
            case LEFT -> left();
            case CENTER -> left() + (width() - boxWidth) / 2f;
            case RIGHT -> right() - boxWidth;
        };
        drawBox(x, y - boxHeight, boxWidth, boxHeight, label);
        y -= boxHeight;
        return space(4f);
    }

    private void drawBox(float x, float bottom, float boxWidth, float boxHeight, String label) {
        run(() -> {
            content.setStrokingColor(0f);
            content.setLineWidth(0.8f);
            content.addRect(x, bottom, boxWidth, boxHeight);
            content.stroke();
        });
        String text = printable(label);
        float textWidth = width(text, BODY_SIZE);
        drawLine(text, x + (boxWidth - textWidth) / 2f, bottom + (boxHeight - BODY_SIZE * 0.76f) / 2f, BODY_SIZE, false, TEXT_GREY);
    }

    /** Vertical space in points (dropped at the top of a page). */
    public PdfComposer space(float points) {
        if (y < PAGE_SIZE.getHeight() - MARGIN_TOP) {
            y = Math.max(MARGIN_BOTTOM, y - points);
        }
        return this;
    }

    /** Starts a new page when less than {@code height} points are left on this one. */
    public PdfComposer ensureSpace(float height) {
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        }
        return this;
    }

    /** Continues on a new page. */
    public PdfComposer newPage() {
        run(() -> {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE_SIZE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        });
        y = PAGE_SIZE.getHeight() - MARGIN_TOP;
        return this;
    }

    /** The width of the text column in points. */
    public float width() {
        return PAGE_SIZE.getWidth() - 2 * MARGIN_SIDE;
    }

    /** The document's language for screen readers and viewers (BCP 47, e.g. {@code en}); Japanese by default. */
    public PdfComposer language(String tag) {
        document.getDocumentCatalog().setLanguage(tag);
        return this;
    }

    /** Number of pages so far. */
    public int pages() {
        return document.getNumberOfPages();
    }

    /**
     * Finishes the document: prints the footer and page numbers on every page and returns the
     * PDF. The composer cannot be used afterwards.
     */
    public byte[] toBytes() {
        try {
            content.close();
            content = null;
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream footerStream = new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
                    content = footerStream;
                    float size = SMALL_SIZE - 0.5f;
                    float baseline = MARGIN_BOTTOM - 28f;
                    String number = (i + 1) + " / " + total;
                    float numberWidth = width(number, size);
                    drawLine(cut(printable(footer).replace('\n', ' '), size, width() - numberWidth - 24f), left(), baseline, size, false, TEXT_GREY);
                    drawLine(number, right() - numberWidth, baseline, size, false, TEXT_GREY);
                }
            }
            content = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly();
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (content != null) {
                content.close();
                content = null;
            }
        } catch (IOException | RuntimeException ignored) {
            // the document is being thrown away
        }
        try {
            document.close();
        } catch (IOException ignored) {
            // nothing was written
        }
    }

    // ---------------------------------------------------------------- measuring and wrapping

    /** The width of {@code text} (already {@linkplain #printable printable}) at {@code size} points. */
    public float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printable text shortened with … so that it is no wider than {@code maxWidth}. */
    private String cut(String text, float size, float maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && width(shortened + "…", size) > maxWidth) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return shortened.stripTrailing() + "…";
    }

    /**
     * Splits {@code text} into lines no wider than {@code maxWidth} at {@code size} points. Each
     * {@code \n} starts a new line; the text is made {@linkplain #printable printable} first.
     *
     * @return at least one line (empty for an empty text)
     */
    public List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            wrapParagraph(paragraph, size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0f;
        for (String unit : breakUnits(paragraph)) {
            float unitWidth = width(unit.stripTrailing(), size);
            if (lineWidth + unitWidth <= maxWidth) {
                line.append(unit);
                lineWidth += width(unit, size);
                continue;
            }
            String next = unit;
            if (!line.toString().isBlank()) {
                lines.add(line.toString().stripTrailing());
                next = unit.stripLeading();
            }
            line.setLength(0);
            lineWidth = 0f;
            // A single word or a kinsoku group wider than the line: cut it where it overflows.
            for (int i = 0; i < next.length(); ) {
                int cp = next.codePointAt(i);
                String glyph = new String(Character.toChars(cp));
                float glyphWidth = width(glyph, size);
                if (lineWidth + glyphWidth > maxWidth && line.length() > 0 && !Character.isWhitespace(cp)) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    lineWidth = 0f;
                }
                line.append(glyph);
                lineWidth += glyphWidth;
                i += Character.charCount(cp);
            }
        }
        // An empty paragraph gives an empty line: a blank line in the text stays one.
        lines.add(line.toString().stripTrailing());
    }

    /**
     * The pieces a line may break between: each Japanese character on its own, each Latin word
     * with the spaces after it, then closing punctuation glued to what precedes it and opening
     * brackets to what follows (禁則処理).
     */
    private static List<String> breakUnits(String paragraph) {
        List<StringBuilder> units = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (units.isEmpty()) {
                    units.add(new StringBuilder());
                }
                units.get(units.size() - 1).appendCodePoint(cp);
                word = null;
            } else if (cp >= 0x2E80) {
                // CJK ideographs, kana, full-width forms: a line may break before any of them.
                units.add(new StringBuilder().appendCodePoint(cp));
                word = null;
            } else {
                if (word == null) {
                    word = new StringBuilder();
                    units.add(word);
                }
                word.appendCodePoint(cp);
            }
        }
        List<String> merged = new ArrayList<>();
        for (StringBuilder unit : units) {
            String text = unit.toString();
            if (!merged.isEmpty() && (startsWithAny(text, NO_LINE_START) || endsWithAny(merged.getLast(), NO_LINE_END))) {
                merged.set(merged.size() - 1, merged.getLast() + text);
            } else {
                merged.add(text);
            }
        }
        return merged;
    }

    private static boolean startsWithAny(String text, String characters) {
        return !text.isEmpty() && characters.indexOf(text.codePointAt(0)) >= 0;
    }

    private static boolean endsWithAny(String text, String characters) {
        String trimmed = text.stripTrailing();
        return !trimmed.isEmpty() && trimmed.length() == text.length()
                && characters.indexOf(trimmed.codePointBefore(trimmed.length())) >= 0;
    }

    /**
     * The text as it will be printed: tabs become spaces, other control and invisible formatting
     * characters are dropped (line feeds are kept as line breaks), and characters the font has no
     * glyph for become {@value #MISSING_GLYPH}.
     */
    public String printable(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT) {
                // \r, zero-width joiners, bidi overrides: nothing to print
            } else if (canDraw(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING_GLYPH);
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    // ---------------------------------------------------------------- drawing

    private PdfComposer text(String text, float size, Align align, boolean bold, float grey) {
        float lineHeight = size * LEADING;
        for (String line : wrap(text, size, width())) {
            ensureSpace(lineHeight);
            float lineWidth = width(line, size);
            float x = switch (align) {
                case LEFT -> left();
                case CENTER -> left() + (width() - lineWidth) / 2f;
                case RIGHT -> right() - lineWidth;
            };
            drawLine(line, x, baseline(y, size, lineHeight), size, bold, grey);
            y -= lineHeight;
        }
        return this;
    }

    /** The baseline of a line of {@code size} points centred in a line box starting at {@code top}. */
    private static float baseline(float top, float size, float lineHeight) {
        // IPAex Gothic: ascent 0.88 em, descent 0.12 em; centre that 1 em box in the line box.
        return top - (lineHeight - size) / 2f - size * 0.88f;
    }

    private void drawLine(String printableText, float x, float baseline, float size, boolean bold, float grey) {
        if (printableText.isEmpty()) {
            return;
        }
        run(() -> {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(grey);
            if (bold) {
                // IPAex has no bold face: stroke the outlines as well as filling them.
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setStrokingColor(grey);
                content.setLineWidth(size * 0.035f);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(printableText);
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.endText();
            content.setNonStrokingColor(0f);
        });
    }

    private float left() {
        return MARGIN_SIDE;
    }

    private float right() {
        return PAGE_SIZE.getWidth() - MARGIN_SIDE;
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    private void run(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

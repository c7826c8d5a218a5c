package app.banso.ejb.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Excel workbook (.xlsx, Office Open XML SpreadsheetML) straight to a stream, sheet by
 * sheet and row by row: nothing but the current row is held in memory, and there are no temporary
 * files, so an export of 100,000 rows costs the same heap as one of ten.
 *
 * <p>Why not Apache POI: the application writes only plain tables (text, numbers, dates, bold
 * headers, column widths, a frozen header row). POI and its dependencies were 19 MB of the 39 MB
 * WAR, and every deployment scanned them (issue 8, startup; bench/RESULTS.md). The tests read
 * the files back with POI, so what Excel's own reader library makes of them is checked.
 *
 * <p>Use: declare the sheets' names up front, then for each sheet in order
 * {@link #sheet(int[], int)}, {@link Sheet#row(int)} with increasing row numbers, cells
 * with increasing column numbers, and finally {@link #close()}. Text is always written as text
 * (inline strings), never as a formula.
 */
public final class XlsxWorkbook implements Closeable {

    /** The cell styles the workbook defines (index = the style's position in styles.xml). */
    public enum Style {
        PLAIN, BOLD, TITLE, DATE, DATE_TIME
    }

    /** Excel's day zero for dates after 28 February 1900 (its 1900 leap-year bug included). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final int MAX_SHEET_NAME = 31;
    private static final int MAX_CELL_TEXT = 32_767;

    private final ZipOutputStream zip;
    private final Writer xml;
    private final List<String> sheetNames;
    private int sheetsStarted;
    private Sheet current;

    /**
     * @param out where the workbook goes; {@link #close()} finishes the file and flushes it but
     *        leaves the stream open (it may be a servlet response's)
     * @param sheetNames the sheets' names, in order (made safe for Excel: at most 31 characters,
     *        none of {@code []:*?/\})
     */
    public XlsxWorkbook(OutputStream out, String title, String creator, List<String> sheetNames) {
        if (sheetNames.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        this.sheetNames = sheetNames.stream().map(XlsxWorkbook::safeSheetName).toList();
        try {
            writeParts(title, creator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel's rules for a sheet name: 1–31 characters, none of {@code []:*?/\}, no apostrophe at either end. */
    public static String safeSheetName(String name) {
        String safe = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (safe.length() > MAX_SHEET_NAME) {
            safe = safe.substring(0, MAX_SHEET_NAME);
        }
        safe = safe.replaceAll("^'+|'+$", "");
        return safe.isBlank() ? "Sheet" : safe;
    }

    /**
     * Starts the next declared sheet (ending the one before).
     *
     * @param columnWidths widths of the first columns in characters
     * @param frozenRows rows kept in view at the top when scrolling (0 for none)
     */
    public Sheet sheet(int[] columnWidths, int frozenRows) {
        if (sheetsStarted == sheetNames.size()) {
            throw new IllegalStateException("all " + sheetNames.size() + " declared sheets are written");
        }
        endSheet();
        try {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (sheetsStarted + 1) + ".xml"));
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            if (frozenRows > 0) {
                String topLeft = "A" + (frozenRows + 1);
                xml.write("<sheetViews><sheetView workbookViewId=\"0\"" + (sheetsStarted == 0 ? " tabSelected=\"1\"" : "") + ">"
                        + "<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"" + topLeft + "\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                        + "<selection pane=\"bottomLeft\" activeCell=\"" + topLeft + "\" sqref=\"" + topLeft + "\"/>"
                        + "</sheetView></sheetViews>");
            }
            if (columnWidths.length > 0) {
                xml.write("<cols>");
                for (int c = 0; c < columnWidths.length; c++) {
                    xml.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + columnWidths[c] + "\" customWidth=\"1\"/>");
                }
                xml.write("</cols>");
            }
            xml.write("<sheetData>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheetsStarted++;
        current = new Sheet();
        return current;
    }

    /** Ends the last sheet and writes the end of the file (the zip's directory); the stream stays open. */
    @Override
    public void close() {
        try {
            if (sheetsStarted < sheetNames.size()) {
                throw new IllegalStateException("declared " + sheetNames.size() + " sheets, wrote " + sheetsStarted);
            }
            endSheet();
            xml.flush();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endSheet() {
        if (current == null) {
            return;
        }
        try {
            current.endRow();
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = null;
    }

    /** One sheet being written; rows and cells in increasing order. */
    public final class Sheet {
        private int lastRow = -1;
        private int lastColumn = -1;
        private boolean rowOpen;

        private Sheet() {
        }

        /** Starts row {@code index} (0-based, greater than the last one); rows skipped stay empty. */
        public Sheet row(int index) {
            if (index <= lastRow) {
                throw new IllegalArgumentException("row " + index + " after row " + lastRow);
            }
            endRow();
            write("<row r=\"" + (index + 1) + "\">");
            lastRow = index;
            lastColumn = -1;
            rowOpen = true;
            return this;
        }

        /** Text, stored as text whatever it looks like (an {@code =} at the start makes no formula). */
        public Sheet text(int column, String value, Style style) {
            if (value == null) {
                return this;
            }
            String text = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value;
            write(open(column, style) + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>");
            return this;
        }

        public Sheet number(int column, double value, Style style) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("not a number Excel can hold: " + value);
            }
            write(open(column, style) + "><v>" + numberText(value) + "</v></c>");
            return this;
        }

        /** A date cell (a serial day number shown as yyyy-mm-dd). */
        public Sheet date(int column, LocalDate value) {
            return serial(column, ChronoUnit.DAYS.between(EPOCH, value), Style.DATE);
        }

        /** A date-and-time cell (shown as yyyy-mm-dd hh:mm), in whatever zone the caller chose. */
        public Sheet dateTime(int column, LocalDateTime value) {
            double days = ChronoUnit.DAYS.between(EPOCH, value.toLocalDate()) + value.toLocalTime().toNanoOfDay() / 86_400e9;
            return serial(column, days, Style.DATE_TIME);
        }

        private Sheet serial(int column, double days, Style style) {
            write(open(column, style) + "><v>" + numberText(days) + "</v></c>");
            return this;
        }

        private String open(int column, Style style) {
            if (!rowOpen) {
                throw new IllegalStateException("start a row first");
            }
            if (column <= lastColumn) {
                throw new IllegalArgumentException("column " + column + " after column " + lastColumn);
            }
            lastColumn = column;
            String s = style == null || style == Style.PLAIN ? "" : " s=\"" + style.ordinal() + "\"";
            return "<c r=\"" + columnName(column) + (lastRow + 1) + "\"" + s;
        }

        private void endRow() {
            if (rowOpen) {
                write("</row>");
                rowOpen = false;
            }
        }

        private void write(String s) {
            try {
                xml.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whole numbers without a decimal point (as Excel writes them), others as Java prints a double. */
    private static String numberText(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** A, B, …, Z, AA, AB, … for 0, 1, …, 25, 26, 27, … */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** XML text: the five special characters escaped, characters XML 1.0 cannot hold left out. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append(ch);
                default -> {
                    if (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF) {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private void writeParts(String title, String creator) throws IOException {
        part("[Content_Types].xml", contentTypes());
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                </Relationships>""");
        part("docProps/core.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/">\
                <dc:title>%s</dc:title><dc:creator>%s</dc:creator></cp:coreProperties>""".formatted(escape(title), escape(creator)));
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        for (int i = 0; i < sheetNames.size(); i++) {
            sheets.append("<sheet name=\"").append(escape(sheetNames.get(i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i + 1)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i + 1).append(".xml\"/>");
        }
        part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets>%s</sheets></workbook>""".formatted(sheets));
        part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s\
                <Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>""".formatted(rels, sheetNames.size() + 1));
        // The order of cellXfs is the order of Style: plain, bold, title (bold 14 pt), date, date and time.
        part("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>\
                <fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
                <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
                <font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
                </styleSheet>""");
    }

    private String contentTypes() {
        StringBuilder overrides = new StringBuilder();
        for (int i = 1; i <= sheetNames.size(); i++) {
            overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
                %s</Types>""".formatted(overrides);
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }
}

package app.banso.ejb.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.ejb.xlsx.XlsxWorkbook.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWorkbookTest {

    private static XSSFWorkbook read(ByteArrayOutputStream bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void twoSheetsWithTitleWidthsFrozenRowsAndStylesReadBackInExcelsReader() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var book = new XlsxWorkbook(bytes, "成果報告 2026", "Banso", List.of("集計", "企業一覧"));
        book.sheet(new int[] {60, 12}, 0)
                .row(0).text(0, "タイトル", Style.TITLE)
                .row(2).text(0, "件数", Style.BOLD).number(1, 42, Style.BOLD)
                .row(3).text(0, "比率", Style.PLAIN).number(1, 0.25, Style.PLAIN);
        book.sheet(new int[] {40}, 2)
                .row(0).text(0, "企業", Style.BOLD)
                .row(1).date(0, LocalDate.of(2026, 3, 31)).dateTime(1, LocalDateTime.of(2026, 11, 29, 9, 5, 30))
                .row(30).text(27, "AB31", Style.PLAIN);
        book.close();

        try (XSSFWorkbook wb = read(bytes)) {
            assertEquals("成果報告 2026", wb.getProperties().getCoreProperties().getTitle());
            assertEquals("Banso", wb.getProperties().getCoreProperties().getCreator());
            XSSFSheet summary = wb.getSheet("集計");
            assertEquals("タイトル", summary.getRow(0).getCell(0).getStringCellValue());
            assertEquals(14, wb.getFontAt(summary.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontHeightInPoints());
            assertNull(summary.getRow(1), "a skipped row stays empty");
            assertEquals(42.0, summary.getRow(2).getCell(1).getNumericCellValue());
            assertTrue(wb.getFontAt(summary.getRow(2).getCell(1).getCellStyle().getFontIndex()).getBold());
            assertEquals(0.25, summary.getRow(3).getCell(1).getNumericCellValue());
            assertFalse(wb.getFontAt(summary.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(60 * 256, summary.getColumnWidth(0), 256);
            assertNull(summary.getPaneInformation(), "no frozen rows on the summary");

            XSSFSheet companies = wb.getSheetAt(1);
            assertEquals("企業一覧", companies.getSheetName());
            assertEquals(2, companies.getPaneInformation().getHorizontalSplitPosition(), "title and header stay in view");
            var date = companies.getRow(1).getCell(0);
            assertEquals(LocalDate.of(2026, 3, 31).atStartOfDay(), date.getLocalDateTimeCellValue());
            assertTrue(DateUtil.isCellDateFormatted(date), "shown as a date, not as a day number");
            assertEquals(LocalDateTime.of(2026, 11, 29, 9, 5, 30), companies.getRow(1).getCell(1).getLocalDateTimeCellValue());
            assertEquals("AB31", companies.getRow(30).getCell(27).getStringCellValue());
        }
    }

    @Test
    void textIsAlwaysTextEvenWhenItLooksLikeAFormulaOrHoldsXmlAndControlCharacters() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var book = new XlsxWorkbook(bytes, "t", "Banso", List.of("s"));
        book.sheet(new int[0], 0).row(0)
                .text(0, "=HYPERLINK(\"http://evil\")", Style.PLAIN)
                .text(1, "<a href='x'>&amp;</a>\u0001 end", Style.PLAIN)
                .text(2, "  leading and trailing  ", Style.PLAIN)
                .text(3, "line 1\nline 2", Style.PLAIN);
        book.close();
        try (XSSFWorkbook wb = read(bytes)) {
            var row = wb.getSheetAt(0).getRow(0);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals("=HYPERLINK(\"http://evil\")", row.getCell(0).getStringCellValue());
            assertEquals("<a href='x'>&amp;</a> end", row.getCell(1).getStringCellValue(), "a control character XML cannot hold is left out");
            assertEquals("  leading and trailing  ", row.getCell(2).getStringCellValue());
            assertEquals("line 1\nline 2", row.getCell(3).getStringCellValue());
        }
    }

    @Test
    void sheetNamesAreMadeSafeForExcel() {
        assertEquals("a b c d", XlsxWorkbook.safeSheetName("a/b?c*d"));
        assertEquals("x".repeat(31), XlsxWorkbook.safeSheetName("x".repeat(40)));
        assertEquals("name", XlsxWorkbook.safeSheetName("'name'"));
        assertEquals("Sheet", XlsxWorkbook.safeSheetName(" [] "));
    }

    @Test
    void columnsAreNamedAsExcelNamesThem() {
        assertEquals("A", XlsxWorkbook.columnName(0));
        assertEquals("Z", XlsxWorkbook.columnName(25));
        assertEquals("AA", XlsxWorkbook.columnName(26));
        assertEquals("AZ", XlsxWorkbook.columnName(51));
        assertEquals("BA", XlsxWorkbook.columnName(52));
        assertEquals("XFD", XlsxWorkbook.columnName(16_383));
    }

    @Test
    void rowsAndCellsOutOfOrderAreRefusedRatherThanWrittenAsABrokenFile() {
        var book = new XlsxWorkbook(OutputStream.nullOutputStream(), "t", "Banso", List.of("s"));
        var sheet = book.sheet(new int[0], 0).row(3).text(2, "x", Style.PLAIN);
        assertThrows(IllegalArgumentException.class, () -> sheet.text(1, "y", Style.PLAIN));
        assertThrows(IllegalArgumentException.class, () -> sheet.row(3));
        assertThrows(IllegalArgumentException.class, () -> sheet.number(5, Double.NaN, Style.PLAIN));
    }

    @Test
    void theStreamStaysOpenForTheResponseAfterTheWorkbookIsFinished() throws Exception {
        var closed = new boolean[1];
        var bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        var book = new XlsxWorkbook(bytes, "t", "Banso", List.of("s"));
        book.sheet(new int[0], 0).row(0).number(0, 1, Style.PLAIN);
        book.close();
        assertFalse(closed[0]);
        try (XSSFWorkbook wb = read(bytes)) {
            assertEquals(1.0, wb.getSheetAt(0).getRow(0).getCell(0).getNumericCellValue());
        }
    }

    @Test
    void aWorkbookMustWriteEverySheetItDeclared() {
        var book = new XlsxWorkbook(OutputStream.nullOutputStream(), "t", "Banso", List.of("one", "two"));
        book.sheet(new int[0], 0);
        assertThrows(IllegalStateException.class, book::close);
    }
}

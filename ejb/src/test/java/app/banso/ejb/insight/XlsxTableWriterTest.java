package app.banso.ejb.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableWriterTest {

    private static XSSFWorkbook written(int rows) throws Exception {
        var bytes = new ByteArrayOutputStream();
        var w = new XlsxTableWriter(bytes, "受付一覧");
        w.header(List.of("番号", "企業名", "提出日", "完了日時"));
        w.row(List.of(1, "=HYPERLINK(\"http://evil\")", LocalDate.of(2026, 11, 29), Instant.parse("2026-11-29T00:05:00Z")));
        w.row(List.of(2, "株式会社デモ, \"引用\"", "", ""));
        for (int i = 3; i <= rows; i++) {
            w.row(List.of(i, "@会社" + i, "", ""));
        }
        w.finish();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void aWorkbookWithAHeaderAndTypedCellsReadsBackAsWritten() throws Exception {
        try (XSSFWorkbook book = written(2)) {
            Sheet sheet = book.getSheet("受付一覧");
            assertEquals("企業名", sheet.getRow(0).getCell(1).getStringCellValue());
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold(), "a bold header");
            assertEquals(1.0, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 11, 29).atStartOfDay(), sheet.getRow(1).getCell(2).getLocalDateTimeCellValue());
            assertEquals(LocalDateTime.of(2026, 11, 29, 9, 5), sheet.getRow(1).getCell(3).getLocalDateTimeCellValue(), "Japan time");
            assertEquals("株式会社デモ, \"引用\"", sheet.getRow(2).getCell(1).getStringCellValue());
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsDefusedTextNeverAsAFormula() throws Exception {
        try (XSSFWorkbook book = written(3)) {
            var cell = book.getSheetAt(0).getRow(1).getCell(1);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("'=HYPERLINK(\"http://evil\")", cell.getStringCellValue());
            assertEquals("'@会社3", book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue());
        }
    }

    @Test
    void tensOfThousandsOfRowsAreAllWrittenInOrder() throws Exception {
        int rows = 20_007;
        try (XSSFWorkbook book = written(rows)) {
            assertEquals(rows, book.getSheetAt(0).getLastRowNum());
            assertEquals((double) rows, book.getSheetAt(0).getRow(rows).getCell(0).getNumericCellValue());
        }
    }
}

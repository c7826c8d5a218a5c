package app.banso.domain.insight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    private static String write(List<?>... rows) {
        var bytes = new ByteArrayOutputStream();
        var csv = new CsvTableWriter(bytes);
        csv.header(List.of("番号", "企業名"));
        for (List<?> row : rows) {
            csv.row(row);
        }
        csv.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFileStartsWithAUtf8ByteOrderMarkSoThatExcelReadsJapanese() {
        var bytes = new ByteArrayOutputStream();
        var csv = new CsvTableWriter(bytes);
        csv.header(List.of("企業名"));
        csv.finish();
        byte[] start = Arrays.copyOf(bytes.toByteArray(), 3);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, start);
        assertEquals("\uFEFF企業名\r\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAsRfc4180Says() {
        assertEquals("\uFEFF番号,企業名\r\n1,\"株式会社A, B\"\r\n2,\"言った \"\"はい\"\"\"\r\n3,\"一行目\n二行目\"\r\n",
                write(List.of(1, "株式会社A, B"), List.of(2L, "言った \"はい\""), List.of(3, "一行目\n二行目")));
    }

    @Test
    void textThatLooksLikeAFormulaIsDefusedButNumbersStayNumbers() {
        assertEquals("\uFEFF番号,企業名\r\n-5,\"'=HYPERLINK(\"\"x\"\")\"\r\n2.50,'@SUM(A1)\r\n",
                write(List.of(-5, "=HYPERLINK(\"x\")"), List.of(new BigDecimal("2.50"), "@SUM(A1)")));
    }

    @Test
    void datesAreIsoAndInstantsAreShownInJapanTime() {
        assertEquals("\uFEFF番号,企業名\r\n2026-11-29,2026-11-29 09:05\r\n,\r\n",
                write(List.of(LocalDate.of(2026, 11, 29), Instant.parse("2026-11-29T00:05:00Z")), Arrays.asList(null, null)));
    }

    @Test
    void theFileNameCarriesTheDay() {
        assertEquals("inbox-2026-11-29.csv", ExportFormat.CSV.fileName("inbox", LocalDate.of(2026, 11, 29)));
        assertEquals("cases-2026-11-29.xlsx", ExportFormat.XLSX.fileName("cases", LocalDate.of(2026, 11, 29)));
    }
}

package app.banso.ejb.insight;

import app.banso.domain.insight.FormulaGuard;
import app.banso.domain.insight.TableWriter;
import app.banso.domain.shared.JapanTime;
import app.banso.ejb.xlsx.XlsxWorkbook.Style;
import app.banso.ejb.xlsx.XlsxWorkbook;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An Excel workbook (.xlsx) with one sheet, streamed row by row by {@link XlsxWorkbook}: only the
 * current row is in memory, so a large inbox export does not fill the heap. Text is written as
 * text (never as a formula) and still defused by {@link FormulaGuard}, because the sheet may be
 * saved as CSV again; dates and times are real date cells (times in Japan time).
 */
public final class XlsxTableWriter implements TableWriter {

    private static final int COLUMN_WIDTH = 18;

    private final XlsxWorkbook workbook;
    private XlsxWorkbook.Sheet sheet;
    private int next;

    public XlsxTableWriter(OutputStream out, String sheetName) {
        this.workbook = new XlsxWorkbook(out, sheetName, "Banso", List.of(sheetName));
    }

    @Override
    public void header(List<String> cells) {
        int[] widths = new int[cells.size()];
        Arrays.fill(widths, COLUMN_WIDTH);
        sheet = workbook.sheet(widths, 1);
        sheet.row(next++);
        for (int i = 0; i < cells.size(); i++) {
            sheet.text(i, FormulaGuard.neutralise(cells.get(i)), Style.BOLD);
        }
    }

    @Override
    public void row(List<?> cells) {
        sheetWithoutHeader();
        sheet.row(next++);
        for (int i = 0; i < cells.size(); i++) {
            switch (cells.get(i)) {
                case null -> { }
                case Number n -> sheet.number(i, n.doubleValue(), Style.PLAIN);
                case LocalDate d -> sheet.date(i, d);
                case Instant t -> sheet.dateTime(i, t.atZone(JapanTime.ZONE).toLocalDateTime());
                case Object value -> sheet.text(i, FormulaGuard.neutralise(value.toString()), Style.PLAIN);
            }
        }
    }

    @Override
    public void finish() {
        sheetWithoutHeader();
        workbook.close();
    }

    /** Starts the sheet if no header started it (an export without a header row, or without rows). */
    private void sheetWithoutHeader() {
        if (sheet == null) {
            sheet = workbook.sheet(new int[0], 0);
        }
    }
}

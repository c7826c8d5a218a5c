package app.banso.ejb.insight;

import app.banso.domain.insight.FormulaGuard;
import app.banso.domain.insight.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook (.xlsx) with one sheet, written by POI's streaming SXSSF: only the last
 * {@value #WINDOW} rows stay in memory, the rest go to a compressed temporary file, so a large
 * inbox export does not fill the heap. Text is written as text (never as a formula) and still
 * defused by {@link FormulaGuard}, because the sheet may be saved as CSV again; dates and times
 * are real date cells (times in Japan time).
 */
public final class XlsxTableWriter implements TableWriter {

    static final int WINDOW = 200;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle timeStyle;
    private int next;

    public XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        short dateFormat = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd");
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(dateFormat);
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    @Override
    public void header(List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(FormulaGuard.neutralise(cells.get(i)));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case Number n -> cell.setCellValue(n.doubleValue());
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                }
                case Instant t -> {
                    cell.setCellValue(t.atZone(JAPAN).toLocalDateTime());
                    cell.setCellStyle(timeStyle);
                }
                default -> cell.setCellValue(FormulaGuard.neutralise(value.toString()));
            }
        }
    }

    @Override
    public void finish() {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // the temporary files are gone already (dispose); nothing is left to release
            }
        }
    }
}

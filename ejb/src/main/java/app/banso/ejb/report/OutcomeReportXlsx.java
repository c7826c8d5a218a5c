package app.banso.ejb.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The outcome report (COOP-4, COOP-5) as an Excel workbook: a summary sheet with the count
 * tables (counts are numbers, so they can be charted and summed) and a sheet listing the named
 * companies. Every text goes in as a string cell, never as a formula, so a company name such as
 * {@code =HYPERLINK(...)} stays text.
 */
public final class OutcomeReportXlsx {

    private static final int CHARS = 256; // POI column widths are in 1/256 of a character

    private OutcomeReportXlsx() {
    }

    public static byte[] render(OutcomeReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title() + " " + report.subtitle());
            workbook.getProperties().getCoreProperties().setCreator("Banso");
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(titleFont);

            Sheet summary = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.sheetNames().get(0)));
            summary.setColumnWidth(0, 60 * CHARS);
            summary.setColumnWidth(1, 12 * CHARS);
            int r = 0;
            text(summary.createRow(r++), 0, report.title(), titleStyle);
            text(summary.createRow(r++), 0, report.subtitle(), null);
            text(summary.createRow(r++), 0, report.issued(), null);
            for (String note : report.notes()) {
                text(summary.createRow(r++), 0, note, null);
            }
            for (OutcomeReport.Table table : report.tables()) {
                r++;
                text(summary.createRow(r++), 0, table.title(), bold);
                r = write(summary, r, table, bold);
            }

            OutcomeReport.Table named = report.named();
            Sheet companies = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.sheetNames().get(1)));
            int[] widths = {40, 12, 36, 24, 36, 14, 26};
            for (int c = 0; c < widths.length; c++) {
                companies.setColumnWidth(c, widths[c] * CHARS);
            }
            int row = 0;
            text(companies.createRow(row++), 0, named.title(), bold);
            if (named.rows().isEmpty()) {
                text(companies.createRow(row), 0, report.namedEmpty(), null);
            } else {
                companies.createFreezePane(0, row + 1);
                write(companies, row, named, bold);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headers in bold, then the rows; a total row in bold. @return the next free row */
    private static int write(Sheet sheet, int r, OutcomeReport.Table table, CellStyle bold) {
        Row header = sheet.createRow(r++);
        for (int c = 0; c < table.headers().size(); c++) {
            text(header, c, table.headers().get(c), bold);
        }
        List<List<Object>> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            boolean total = table.total() && i == rows.size() - 1;
            Row row = sheet.createRow(r++);
            List<Object> cells = rows.get(i);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof Long n) {
                    var cell = row.createCell(c);
                    cell.setCellValue(n.doubleValue());
                    if (total) {
                        cell.setCellStyle(bold);
                    }
                } else {
                    text(row, c, String.valueOf(value), total ? bold : null);
                }
            }
        }
        return r;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}

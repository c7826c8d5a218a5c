package app.banso.ejb.report;

import app.banso.ejb.xlsx.XlsxWorkbook;
import app.banso.ejb.xlsx.XlsxWorkbook.Style;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The outcome report (COOP-4, COOP-5) as an Excel workbook: a summary sheet with the count
 * tables (counts are numbers, so they can be charted and summed) and a sheet listing the named
 * companies. Every text goes in as a string cell, never as a formula, so a company name such as
 * {@code =HYPERLINK(...)} stays text.
 */
public final class OutcomeReportXlsx {

    private static final int[] SUMMARY_WIDTHS = {60, 12};
    private static final int[] COMPANY_WIDTHS = {40, 12, 36, 24, 36, 14, 26};

    private OutcomeReportXlsx() {
    }

    public static byte[] render(OutcomeReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWorkbook workbook = new XlsxWorkbook(out, report.title() + " " + report.subtitle(), "Banso", report.sheetNames().subList(0, 2));

        XlsxWorkbook.Sheet summary = workbook.sheet(SUMMARY_WIDTHS, 0);
        int r = 0;
        summary.row(r++).text(0, report.title(), Style.TITLE);
        summary.row(r++).text(0, report.subtitle(), Style.PLAIN);
        summary.row(r++).text(0, report.issued(), Style.PLAIN);
        for (String note : report.notes()) {
            summary.row(r++).text(0, note, Style.PLAIN);
        }
        for (OutcomeReport.Table table : report.tables()) {
            r++;
            summary.row(r++).text(0, table.title(), Style.BOLD);
            r = write(summary, r, table);
        }

        OutcomeReport.Table named = report.named();
        boolean empty = named.rows().isEmpty();
        XlsxWorkbook.Sheet companies = workbook.sheet(COMPANY_WIDTHS, empty ? 0 : 2);
        companies.row(0).text(0, named.title(), Style.BOLD);
        if (empty) {
            companies.row(1).text(0, report.namedEmpty(), Style.PLAIN);
        } else {
            write(companies, 1, named);
        }
        workbook.close();
        return out.toByteArray();
    }

    /** Headers in bold, then the rows; a total row in bold. @return the next free row */
    private static int write(XlsxWorkbook.Sheet sheet, int r, OutcomeReport.Table table) {
        sheet.row(r++);
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.text(c, table.headers().get(c), Style.BOLD);
        }
        List<List<Object>> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            Style style = table.total() && i == rows.size() - 1 ? Style.BOLD : Style.PLAIN;
            sheet.row(r++);
            List<Object> cells = rows.get(i);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof Long n) {
                    sheet.number(c, n.doubleValue(), style);
                } else {
                    sheet.text(c, String.valueOf(value), style);
                }
            }
        }
        return r;
    }
}

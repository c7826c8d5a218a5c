package app.banso.ejb.report;

import app.banso.ejb.pdf.PdfComposer;
import app.banso.ejb.pdf.PdfComposer.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome report (COOP-4, COOP-5) as a PDF: A4, IPAex Gothic through {@link PdfComposer}, so
 * Japanese names print in both languages; each count table as labelled rows, each named company
 * as one row with its prefecture, industry, status, stage and support period.
 */
public final class OutcomeReportPdf {

    /** Counts are short: the labels get the rest of the line. */
    private static final float COUNT_COLUMN = 80f;
    /** Room for a company name of about twelve Japanese characters per line. */
    private static final float NAME_COLUMN = 150f;

    private OutcomeReportPdf() {
    }

    public static byte[] render(OutcomeReport report) {
        try (PdfComposer pdf = new PdfComposer(report.title() + " " + report.subtitle(), report.title() + "　" + report.subtitle())) {
            pdf.language(report.language());
            pdf.paragraph(report.issued(), PdfComposer.BODY_SIZE, PdfComposer.Align.RIGHT)
                    .space(8f)
                    .title(report.title())
                    .subtitle(report.subtitle())
                    .space(10f);
            for (String note : report.notes()) {
                pdf.paragraph(note).space(3f);
            }
            for (OutcomeReport.Table table : report.tables()) {
                pdf.heading(table.title());
                List<Row> rows = new ArrayList<>();
                for (List<Object> r : table.rows()) {
                    rows.add(new Row(String.valueOf(r.get(0)), String.valueOf(r.get(1))));
                }
                pdf.rows(rows, pdf.width() - COUNT_COLUMN);
            }
            OutcomeReport.Table named = report.named();
            pdf.heading(named.title());
            if (named.rows().isEmpty()) {
                pdf.paragraph(report.namedEmpty());
            } else {
                List<Row> rows = new ArrayList<>();
                for (List<Object> r : named.rows()) {
                    StringBuilder details = new StringBuilder();
                    for (int i = 1; i < r.size(); i++) {
                        details.append(i > 1 ? "\n" : "").append(named.headers().get(i)).append(": ").append(r.get(i));
                    }
                    rows.add(new Row(String.valueOf(r.get(0)), details.toString()));
                }
                pdf.rows(rows, NAME_COLUMN);
            }
            return pdf.toBytes();
        }
    }
}

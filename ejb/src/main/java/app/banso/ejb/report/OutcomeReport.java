package app.banso.ejb.report;

import app.banso.domain.intake.Industry;
import app.banso.domain.support.CaseStatus;
import app.banso.persistence.support.OutcomeFigures.NamedCompany;
import app.banso.persistence.support.OutcomeFigures;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The content of the outcome report for publication (COOP-4, COOP-5), independent of the file
 * format: the programme's results as counts over every application and adopted company, and a
 * list that names only the companies that agreed to be named. A company that said no, or has not
 * answered, is never named; it is only counted. The PDF and the Excel file render the same
 * content ({@link OutcomeReportPdf}, {@link OutcomeReportXlsx}).
 *
 * @param title the report's title
 * @param subtitle the programme and fiscal year
 * @param issued the date line (Japan time)
 * @param notes what the report contains and why only some companies are named
 * @param tables the summary tables, in order
 * @param named the named companies (columns: name, prefecture, industry, status, stage, stages done, period)
 * @param namedEmpty the sentence shown instead of an empty list
 * @param sheetNames the names of the Excel sheets: the summary, the named companies
 * @param baseName the file name without extension, with the date
 * @param language {@code ja} or {@code en}
 */
public record OutcomeReport(String title, String subtitle, String issued, List<String> notes, List<Table> tables,
                            Table named, String namedEmpty, List<String> sheetNames, String baseName,
                            String language) {

    /**
     * A table: a title, the column headers, and rows whose cells are text or whole numbers
     * ({@link Long}), so that the Excel file holds counts as numbers.
     *
     * @param total whether the last row is a total
     */
    public record Table(String title, List<String> headers, List<List<Object>> rows, boolean total) {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> List.copyOf(r)).toList();
        }
    }

    /** The programme the report is about. */
    public record Programme(int fiscalYear, String nameJa, String nameEn) {
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    /**
     * Builds the report.
     *
     * @param today the day it is made, in Japan time (in the date line and the file name)
     */
    public static OutcomeReport build(Programme programme, LocalDate today, OutcomeFigures f, ReportLabels l) {
        String date = l.english() ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(today)
                : DateTimeFormatter.ofPattern("yyyy年M月d日").format(today);
        String programmeName = l.english() && programme.nameEn() != null && !programme.nameEn().isBlank()
                ? programme.nameEn() : programme.nameJa();
        long applications = f.applicationsByStatus().values().stream().mapToLong(Long::longValue).sum();

        List<Table> tables = new ArrayList<>();
        tables.add(counts(l.text("report.section.overview"), l, List.of(
                row(l.text("report.overview.applications"), applications),
                row(l.text("report.overview.adopted"), f.adopted()),
                row(l.text("report.overview.named"), f.consentGiven()),
                row(l.text("report.overview.refused"), f.consentRefused()),
                row(l.text("report.overview.unanswered"), f.consentUnanswered())), false));
        tables.add(counts(l.text("report.section.applications"), l, rows(f.applicationsByStatus(), k -> l.text("applicationStatus." + k)), true));
        tables.add(counts(l.text("report.section.cases"), l, rows(f.casesByStatus(), k -> l.text("caseStatus." + k)), true));
        tables.add(counts(l.text("report.section.stages"), l,
                rows(f.activeByStage(), k -> l.text("report.stage", k, l.text("case.stage." + k))), true));
        tables.add(counts(l.text("report.section.prefectures"), l, rows(f.adoptedByPrefecture(), k -> prefecture(k, l)), true));
        tables.add(counts(l.text("report.section.industries"), l, rows(f.adoptedByIndustry(), k -> industry(k, l)), true));
        tables.add(counts(l.text("report.section.terminations"), l,
                rows(f.terminationsByReason(), k -> k.replace('_', '-') + " " + l.text("term." + k)), true));

        List<List<Object>> named = new ArrayList<>();
        for (NamedCompany c : f.named()) {
            named.add(List.of(name(c, l), prefecture(c.prefecture(), l), industry(c.industry(), l), l.text("caseStatus." + c.status().name()),
                    c.status() == CaseStatus.ACTIVE ? l.text("report.stage", String.valueOf(c.stage()), l.text("case.stage." + c.stage())) : "—",
                    l.text("report.stagesDone", String.valueOf(c.stagesDone())), period(c)));
        }
        Table namedTable = new Table(l.text("report.section.named"), List.of(l.text("report.column.company"),
                l.text("report.column.prefecture"), l.text("report.column.industry"), l.text("report.column.status"),
                l.text("report.column.stage"), l.text("report.column.stagesDone"), l.text("report.column.period")), named, false);

        return new OutcomeReport(l.text("report.title"), l.text("report.subtitle", String.valueOf(programme.fiscalYear()), programmeName),
                l.text("report.issued", date), List.of(l.text("report.intro"), l.text("report.privacy")), tables, namedTable,
                l.text("report.named.none"), List.of(l.text("report.sheet.summary"), l.text("report.sheet.named")),
                "outcome-report-FY" + programme.fiscalYear() + "-" + ISO.format(today), l.language());
    }

    public boolean english() {
        return "en".equals(language);
    }

    /** Everything a reader sees, as plain text lines (for checks and for the PDF's search index). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(title, subtitle, issued));
        lines.addAll(notes);
        for (Table t : tables) {
            lines.add(t.title());
            t.rows().forEach(r -> lines.add(r.get(0) + "\t" + r.get(1)));
        }
        lines.add(named.title());
        named.rows().forEach(r -> lines.add(String.join("\t", r.stream().map(String::valueOf).toList())));
        return lines;
    }

    private static Table counts(String title, ReportLabels l, List<List<Object>> rows, boolean withTotal) {
        List<List<Object>> all = new ArrayList<>(rows);
        if (withTotal) {
            all.add(row(l.text("report.total"), rows.stream().mapToLong(r -> (Long) r.get(1)).sum()));
        }
        return new Table(title, List.of(l.text("report.column.category"), l.text("report.column.count")), all, withTotal);
    }

    private static List<List<Object>> rows(Map<String, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream().map(e -> row(label.apply(e.getKey()), e.getValue())).toList();
    }

    private static List<Object> row(String label, long count) {
        return List.of(label, count);
    }

    private static String name(NamedCompany c, ReportLabels l) {
        return l.english() && !c.nameEn().isBlank() ? c.nameEn() + " (" + c.nameJa() + ")" : c.nameJa();
    }

    private static String prefecture(String key, ReportLabels l) {
        return OutcomeFigures.UNKNOWN.equals(key) ? l.text("report.unknown") : l.text("prefecture." + key);
    }

    private static String industry(String key, ReportLabels l) {
        return OutcomeFigures.UNKNOWN.equals(key) ? l.text("report.unknown")
                : Industry.valueOf(key).division() + " " + l.text("industry." + key);
    }

    private static String period(NamedCompany c) {
        if (c.periodStart() == null || c.periodEnd() == null) {
            return "—";
        }
        return ISO.format(c.periodStart()) + " – " + ISO.format(c.periodEnd());
    }
}

package app.banso.domain.survey;

import app.banso.domain.insight.CsvTableWriter;
import app.banso.domain.insight.TableWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answers of a survey as a table for ADMIN (COOP-3): one row per company that submitted, one
 * column per question, in the chosen language. Written as CSV or Excel by a {@link TableWriter},
 * which defuses cells a spreadsheet would run as a formula.
 */
public final class SurveyTable {

    /** One company's submitted answers. */
    public record Row(String company, Instant submittedAt, List<SurveyAnswer> answers) {
    }

    private SurveyTable() {
    }

    public static void write(List<SurveyQuestion> questions, List<Row> rows, String language, TableWriter out) {
        out.header(header(questions, "en".equals(language)));
        for (Row row : rows) {
            var cells = new ArrayList<Object>();
            cells.add(row.company());
            cells.add(row.submittedAt());
            for (SurveyQuestion q : questions) {
                cells.add(row.answers().stream().filter(a -> a.questionNumber() == q.number()).findFirst()
                        .map(a -> value(q, a, language)).orElse(null));
            }
            out.row(cells);
        }
        out.finish();
    }

    /** The table as CSV text (UTF-8 with BOM when written out as bytes). */
    public static String csv(List<SurveyQuestion> questions, List<Row> rows, String language) {
        var bytes = new ByteArrayOutputStream();
        write(questions, rows, language, new CsvTableWriter(bytes));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<String> header(List<SurveyQuestion> questions, boolean en) {
        var cells = new ArrayList<String>();
        cells.add(en ? "Company" : "企業名");
        cells.add(en ? "Submitted (JST)" : "回答日時（日本時間）");
        for (SurveyQuestion q : questions) {
            cells.add("Q" + q.number() + " " + q.text(en ? "en" : "ja"));
        }
        return cells;
    }

    private static Object value(SurveyQuestion q, SurveyAnswer a, String language) {
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> a.choices().stream().map(i -> q.options(language).get(i))
                    .collect(Collectors.joining(" / "));
            case RATING -> a.rating();
            case FREE_TEXT -> a.text();
        };
    }
}

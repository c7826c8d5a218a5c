package app.banso.domain.survey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answers of a survey as CSV for ADMIN (COOP-3): one row per company that submitted, one
 * column per question, in the chosen language. UTF-8 with a byte-order mark so that Excel opens
 * Japanese text correctly; RFC 4180 quoting; cells that a spreadsheet would run as a formula
 * are prefixed with an apostrophe.
 */
public final class SurveyCsv {

    /** One company's submitted answers. */
    public record Row(String company, Instant submittedAt, List<SurveyAnswer> answers) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private SurveyCsv() {
    }

    public static String write(List<SurveyQuestion> questions, List<Row> rows, String language) {
        var out = new StringBuilder("\uFEFF");
        boolean en = "en".equals(language);
        line(out, header(questions, en));
        for (Row row : rows) {
            var cells = new java.util.ArrayList<String>();
            cells.add(row.company());
            cells.add(row.submittedAt() == null ? "" : TIME.format(row.submittedAt()));
            for (SurveyQuestion q : questions) {
                cells.add(row.answers().stream().filter(a -> a.questionNumber() == q.number()).findFirst()
                        .map(a -> value(q, a, language)).orElse(""));
            }
            line(out, cells);
        }
        return out.toString();
    }

    private static List<String> header(List<SurveyQuestion> questions, boolean en) {
        var cells = new java.util.ArrayList<String>();
        cells.add(en ? "Company" : "企業名");
        cells.add(en ? "Submitted (JST)" : "回答日時（日本時間）");
        for (SurveyQuestion q : questions) {
            cells.add("Q" + q.number() + " " + q.text(en ? "en" : "ja"));
        }
        return cells;
    }

    private static String value(SurveyQuestion q, SurveyAnswer a, String language) {
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> a.choices().stream().map(i -> q.options(language).get(i))
                    .collect(Collectors.joining(" / "));
            case RATING -> a.rating() == null ? "" : a.rating().toString();
            case FREE_TEXT -> a.text() == null ? "" : a.text();
        };
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(SurveyCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

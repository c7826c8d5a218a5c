package app.banso.domain.insight;

import app.banso.domain.shared.JapanTime;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV as Excel opens it without a question: UTF-8 with a byte-order mark (otherwise Excel reads
 * Japanese as Shift_JIS), RFC 4180 quoting, CRLF line ends; text cells defused by
 * {@link FormulaGuard}. Streams row by row, so a large export never sits in memory.
 */
public final class CsvTableWriter implements TableWriter {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JapanTime.ZONE);

    private final Writer out;

    public CsvTableWriter(OutputStream stream) {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        write("\uFEFF");
    }

    @Override
    public void header(List<String> cells) {
        row(cells);
    }

    @Override
    public void row(List<?> cells) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as it appears between the commas. */
    static String cell(Object value) {
        String v = switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Number n -> n.toString();
            case LocalDate d -> d.toString();
            case Instant t -> TIME.format(t);
            default -> FormulaGuard.neutralise(value.toString());
        };
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

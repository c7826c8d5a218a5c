package app.banso.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rows of {@code /ping-table.xhtml}, the benchmarks' second calibration page (issue 8): the
 * issue's anchor "a PrimeFaces page with an in-memory 25-row p:dataTable in a form". Made once,
 * held in memory: no database, no session data of its own, nothing about the programme.
 */
@Named
@ApplicationScoped
public class PingTable {

    /** One row: a number, a code, a label, a date and an amount (the kinds of cell the inbox shows). */
    public record Row(int number, String code, String label, LocalDate date, long amount) {
    }

    private static final List<Row> ROWS = IntStream.rangeClosed(1, 25)
            .mapToObj(n -> new Row(n, String.format("R-%04d", n), "Row " + n, LocalDate.of(2026, 4, 1).plusDays(n), 1_000L * n * n))
            .toList();

    public List<Row> getRows() {
        return ROWS;
    }
}

package app.banso.domain.insight;

import java.util.List;

/**
 * Writes one table (a header row, then data rows) to a file format. Cells may be null (empty),
 * text (defused by {@link FormulaGuard}), numbers, {@link java.time.LocalDate} or
 * {@link java.time.Instant} (shown in Japan time). I/O problems surface as
 * {@link java.io.UncheckedIOException}.
 */
public interface TableWriter {

    void header(List<String> cells);

    void row(List<?> cells);

    /** Writes what is still buffered; the underlying stream stays open (it belongs to the caller). */
    void finish();
}

package app.banso.domain.insight;

import java.time.LocalDate;

/** The file formats staff can download a table in. */
public enum ExportFormat {
    /** UTF-8 with a byte-order mark (so that Excel reads Japanese), RFC 4180, CRLF. */
    CSV("csv", "text/csv; charset=UTF-8"),
    /** Office Open XML workbook, one sheet. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The download's file name with the day it was made (in Japan time, chosen by the caller), e.g.
     * {@code inbox-2026-11-29.csv}.
     */
    public String fileName(String base, LocalDate day) {
        return base + "-" + day + "." + extension;
    }
}

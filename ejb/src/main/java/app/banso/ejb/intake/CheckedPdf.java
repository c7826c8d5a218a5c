package app.banso.ejb.intake;

/**
 * A consent form (応募・利用条件兼同意書, APPLY-1) that passed {@link ConsentPdfChecker}: what the
 * product keeps about the upload besides its bytes.
 *
 * @param safeFileName the name the applicant's file had, reduced to something harmless to show;
 *        kept only as data (the file itself is stored under a generated name)
 * @param size the number of bytes
 * @param sha256Hex the SHA-256 of the bytes, 64 lower-case hex characters, to prove later that the
 *        stored file is the one received
 * @param pages the number of pages in the document
 */
public record CheckedPdf(String safeFileName, long size, String sha256Hex, int pages) {
}

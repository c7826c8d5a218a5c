package app.banso.domain.notification;

public enum MailStatus {
    /** Waiting for the relay (first attempt or a retry after a failure). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Kept in the outbox only: no SMTP server is configured (the embedded demo run). */
    KEPT,
    /** Gave up after the last retry; shown to ADMIN. */
    FAILED
}

package app.banso.ejb.notification;

/** Fired when a message enters the outbox; observed after commit to wake the relay. */
public record MailQueued(long messageId) {
}

package app.banso.ejb.notification;

import app.banso.domain.notification.MailMessage;
import app.banso.domain.notification.MailStatus;
import java.io.Serializable;
import java.time.Instant;

/** A row of ADMIN's "sent mail" screen. */
public record MailView(long id, String recipient, String subject, String body, MailStatus status, int attempts,
                       Instant createdAt, Instant sentAt, String lastError) implements Serializable {

    static MailView of(MailMessage m) {
        return new MailView(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus(), m.getAttempts(),
                m.getCreatedAt(), m.getSentAt().orElse(null), m.getLastError().orElse(null));
    }
}

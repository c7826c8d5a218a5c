package app.banso.ejb.audit;

import java.io.Serializable;
import java.time.Instant;

/** A row of ADMIN's audit log screen. */
public record AuditView(long id, Instant occurredAt, String actor, String action, String subject, String detail,
                        String clientAddress) implements Serializable {
}

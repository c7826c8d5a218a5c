package app.banso.persistence.screening;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Prefecture;
import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the staff inbox, read in one query (no entity loading, no N+1); {@code assignedScreener}
 * is the sign-in address of the screener who has it (SCREEN-1), null while nobody has.
 */
public record InboxRow(long id, String legalNameJa, String corporateNumber, Prefecture prefecture, ApplicationStatus status,
                       Instant submittedAt, Instant consentReceivedAt, Instant completedAt, String assignedScreener)
        implements Serializable {
}

package app.banso.persistence.screening;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Industry;
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.Prefecture;
import java.time.Instant;

/** One inbox row as exported (more columns than the screen shows), read by a projection query. */
public record InboxExportRow(long id, String legalNameJa, String legalNameEn, String corporateNumber, LegalForm legalForm,
                             Prefecture prefecture, Industry industry, ApplicationStatus status, Instant submittedAt,
                             Instant consentReceivedAt, Instant completedAt, String assignedScreener) {
}

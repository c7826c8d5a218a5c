package app.banso.persistence.screening;

import java.time.Instant;

/**
 * SCREEN-2: an application past the notice target date, as the daily reminder lists it (a
 * projection), with the screener it is assigned to (null while nobody has it).
 */
public record OverdueRow(long applicationId, String companyName, Instant completedAt, String assignedScreener) {
}

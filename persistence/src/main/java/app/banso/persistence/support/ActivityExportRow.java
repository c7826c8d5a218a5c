package app.banso.persistence.support;

import app.banso.domain.support.VisitState;
import app.banso.domain.support.ActivityType;
import app.banso.domain.support.OutOfScope;
import java.time.Instant;
import java.time.LocalDate;

/** One work-log entry with its case's company, as exported, read by a projection query. */
public record ActivityExportRow(long id, long caseId, String companyName, LocalDate date, ActivityType type,
                                Integer durationMinutes, String participants, String notes, String nextActions, int stage,
                                VisitState visitState, boolean costsMayBeCharged, OutOfScope outOfScope,
                                String recordedBy, Instant recordedAt) {
}

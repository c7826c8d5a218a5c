package app.banso.persistence.support;

import app.banso.domain.support.CaseStatus;
import app.banso.domain.support.StageStatus;
import app.banso.domain.support.TermReason;
import java.time.Instant;
import java.time.LocalDate;

/** One support case as exported, read by a projection query (no entity loading). */
public record CaseExportRow(long id, String companyName, CaseStatus status, String coordinator, Instant createdAt,
                            Instant kickoffAt, LocalDate periodStart, LocalDate periodEnd, StageStatus stage1,
                            StageStatus stage2, StageStatus stage3, StageStatus stage4, TermReason termReason,
                            LocalDate termEffective, Boolean publicationConsent) {
}

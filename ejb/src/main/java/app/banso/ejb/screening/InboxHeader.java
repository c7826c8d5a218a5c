package app.banso.ejb.screening;

import app.banso.domain.intake.ApplicationStatus;
import java.io.Serializable;
import java.util.Map;

/**
 * Above the staff inbox: submitted applications per status (every status but DRAFT, zeros
 * included) and the programme's notice target and limit in days (SCREEN-2).
 */
public record InboxHeader(Map<ApplicationStatus, Long> counts, int noticeTargetDays, int noticeMaxDays)
        implements Serializable {

    public InboxHeader {
        counts = Map.copyOf(counts);
    }

    /** All submitted applications, or those of one status (null: all). */
    public long total(ApplicationStatus status) {
        return status == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(status, 0L);
    }
}

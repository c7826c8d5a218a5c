package app.banso.ejb.screening;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.RuleResult;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ApplicationView;
import app.banso.ejb.notification.MailView;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What screening staff see of one application: every answer, the rule evaluation, the consent form. */
public record ApplicationDetail(
        long id,
        ApplicationStatus status,
        String assignedScreener,
        ApplicationDraft answers,
        List<RuleResult> eligibility,
        Instant submittedAt,
        ConsentState consent,
        List<ApplicationView.TimelineEntry> timeline,
        List<String> changeRequests,
        long version,
        ScreeningState screening,
        List<FactView> facts,
        Instant evaluatedAt,
        List<MailView> mails,
        NoticeDeadline noticeDeadline) implements Serializable {

    /**
     * SCREEN-2: where the first online-screening notice stands (target and latest date, programme
     * data); {@code waiting} while no notice has gone out yet. Null without a completion date.
     */
    public record NoticeDeadline(LocalDate target, LocalDate latest, String state, boolean waiting)
            implements Serializable {
        /** A notice sent now would be late: the screen warns and asks for the reason. */
        public boolean isPastLatest() {
            return waiting && "PAST_LATEST".equals(state);
        }
    }

    /** A staff-verified fact that corrects an answer for the rule evaluation. */
    public record FactView(String answer, String value, String note, String recordedBy, Instant recordedAt) implements Serializable {
    }

    /** The screening record as staff see it, including the internal reason (never shown to applicants). */
    public record ScreeningState(List<Integer> scores, List<String> comments, String maybeResolution,
                                 String documentDecision, Instant interviewAt, String interviewMedium, String teamsUrl,
                                 String phoneReason, String attendee, Instant confirmedAt, boolean noShow, String interviewNotes,
                                 String finalDecision, String decidedBy, Instant decidedAt, String internalReason,
                                 String internalNotes, long version, String changedBy, Instant changedAt,
                                 String interviewAttendedBy, String interviewOutcome, String noticeDelayReason)
            implements Serializable {
    }

    /** The consent form and whether staff have checked the registered seal (APPLY-1). */
    public record ConsentState(String fileName, long sizeBytes, String sha256, int pages, Instant uploadedAt,
                               String sealCheckedBy, Instant sealCheckedAt) implements Serializable {
        public boolean isSealChecked() {
            return sealCheckedAt != null;
        }
    }
}

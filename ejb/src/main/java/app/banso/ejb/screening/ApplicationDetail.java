package app.banso.ejb.screening;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.RuleResult;
import app.banso.ejb.intake.ApplicationDraft;
import app.banso.ejb.intake.ApplicationView;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What screening staff see of one application: every answer, the rule evaluation, the consent form. */
public record ApplicationDetail(
        long id,
        ApplicationStatus status,
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
        List<app.banso.ejb.notification.MailView> mails) implements Serializable {

    /** A staff-verified fact that corrects an answer for the rule evaluation. */
    public record FactView(String answer, String value, String note, String recordedBy, Instant recordedAt) implements Serializable {
    }

    /** The screening record as staff see it, including the internal reason (never shown to applicants). */
    public record ScreeningState(String assignedScreener, List<Integer> scores, List<String> comments, String maybeResolution,
                                 String documentDecision, Instant interviewAt, String interviewMedium, String teamsUrl,
                                 String phoneReason, String attendee, Instant confirmedAt, boolean noShow, String interviewNotes,
                                 String finalDecision, String decidedBy, Instant decidedAt, String internalReason,
                                 String internalNotes, long version, String changedBy, Instant changedAt,
                                 String interviewAttendedBy, String interviewOutcome)
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

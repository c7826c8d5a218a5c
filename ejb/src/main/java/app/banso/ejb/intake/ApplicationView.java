package app.banso.ejb.intake;

import app.banso.domain.intake.ApplicationEventType;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.FieldProblem;
import app.banso.domain.intake.RuleResult;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the applicant's screens show of their application: the answers, the live eligibility,
 * what is still missing or cannot be accepted as typed, the consent form, the waiting list and the timeline.
 */
public record ApplicationView(
        long id,
        ApplicationStatus status,
        ApplicationDraft draft,
        List<RuleResult> eligibility,
        List<String> missingFields,
        List<FieldProblem> fieldProblems,
        Instant draftSavedAt,
        Instant submittedAt,
        ConsentInfo consent,
        Long waitingPosition,
        List<TimelineEntry> timeline,
        List<String> changeRequests,
        InterviewInfo interview) implements Serializable {

    /** SCREEN-2: the proposed online screening, as the applicant may see it (no internal data). */
    public record InterviewInfo(Instant at, String medium, String teamsUrl, String attendee, Instant confirmedAt)
            implements Serializable {
        public boolean isConfirmed() {
            return confirmedAt != null;
        }
    }

    public record ConsentInfo(String fileName, long sizeBytes, String sha256, Instant uploadedAt) implements Serializable {
    }

    public record TimelineEntry(ApplicationEventType type, Instant at) implements Serializable {
    }

    public boolean isEditable() {
        return status.isEditableByApplicant() && waitingPosition == null;
    }

    public boolean hasFailures() {
        return eligibility.stream().anyMatch(RuleResult::isFailure);
    }

    public boolean isReadyToSubmit() {
        return missingFields.isEmpty() && fieldProblems.isEmpty() && !hasFailures() && draft.getDeclarations().missing().isEmpty();
    }

    public boolean isWithdrawable() {
        return !status.isFinal();
    }
}

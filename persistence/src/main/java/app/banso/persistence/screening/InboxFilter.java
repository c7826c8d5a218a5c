package app.banso.persistence.screening;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Industry;
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.Prefecture;
import app.banso.domain.intake.RuleOutcome;
import app.banso.domain.screening.ScreeningDeadlines.CompletionDays;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The staff inbox filters; every field is optional (null = no filter). {@code assignedScreener}
 * is a screener's address, or {@link #UNASSIGNED} for the applications awaiting a decision that
 * nobody is assigned to. {@code waitingCompletedOn}: the applications waiting for their
 * online-screening notice that became complete on one of these days (SCREEN-2: where they stand
 * against the notice deadlines, {@code ScreeningDeadlines.completionDays}).
 */
public record InboxFilter(ApplicationStatus status, Prefecture prefecture, Industry industry, LegalForm legalForm,
                          LocalDate submittedFrom, LocalDate submittedTo, String text, String assignedScreener,
                          RuleOutcome ruleFlag, CompletionDays waitingCompletedOn) implements Serializable {

    public InboxFilter(ApplicationStatus status, Prefecture prefecture, Industry industry, LegalForm legalForm,
                       LocalDate submittedFrom, LocalDate submittedTo, String text, String assignedScreener, RuleOutcome ruleFlag) {
        this(status, prefecture, industry, legalForm, submittedFrom, submittedTo, text, assignedScreener, ruleFlag, null);
    }

    public InboxFilter(ApplicationStatus status, Prefecture prefecture, Industry industry, LegalForm legalForm,
                       LocalDate submittedFrom, LocalDate submittedTo, String text) {
        this(status, prefecture, industry, legalForm, submittedFrom, submittedTo, text, null, null);
    }

    /** The {@code assignedScreener} that asks for the applications awaiting a decision that no screener is assigned to. */
    public static final String UNASSIGNED = "-";

    /** Whether anything but the status narrows the inbox (then the per-status counts do not give its size). */
    public boolean narrowsBeyondStatus() {
        return prefecture != null || industry != null || legalForm != null || submittedFrom != null || submittedTo != null
                || (text != null && !text.isBlank()) || (assignedScreener != null && !assignedScreener.isBlank()) || ruleFlag != null
                || waitingCompletedOn != null;
    }

    /** These filters and, besides, only the applications waiting for their notice that became complete on these days. */
    public InboxFilter waitingCompletedOn(CompletionDays days) {
        return new InboxFilter(status, prefecture, industry, legalForm, submittedFrom, submittedTo, text, assignedScreener, ruleFlag, days);
    }

    /** The same filters for any status (the per-status counts). */
    public InboxFilter anyStatus() {
        return new InboxFilter(null, prefecture, industry, legalForm, submittedFrom, submittedTo, text, assignedScreener, ruleFlag,
                waitingCompletedOn);
    }

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** The applications awaiting a decision that nobody is assigned to (ADMIN's filter and share-out). */
    public static InboxFilter unassigned() {
        return new InboxFilter(null, null, null, null, null, null, null, UNASSIGNED, null, null);
    }
}

package app.banso.persistence.survey;

import app.banso.domain.survey.ResponseRate;
import app.banso.domain.survey.SurveyRecipient;
import java.io.Serializable;
import java.time.Instant;

/** One company's copy of a survey as ADMIN's list shows it: read as a projection, without the answers. */
public record RecipientRow(long id, String company, Instant draftSavedAt, Instant submittedAt, int reminders)
        implements Serializable {

    /** SENT, DRAFT or SUBMITTED, as the company's own page names it. */
    public String state() {
        return SurveyRecipient.state(submittedAt, draftSavedAt);
    }

    public boolean nonResponder() {
        return ResponseRate.isNonResponder(submittedAt != null, reminders);
    }
}

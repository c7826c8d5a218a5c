package app.banso.domain.survey;

import java.io.Serializable;

/**
 * How many companies a survey reached and how many answered: submitted answers count, drafts
 * do not (COOP-3). The rate is a whole percentage rounded half up; 0 when nothing was sent.
 */
public record ResponseRate(int sent, int drafts, int submitted) implements Serializable {

    public ResponseRate {
        if (sent < 0 || drafts < 0 || submitted < 0 || drafts + submitted > sent) {
            throw new IllegalArgumentException("inconsistent counts " + sent + "/" + drafts + "/" + submitted);
        }
    }

    public int percent() {
        return sent == 0 ? 0 : (submitted * 200 + sent) / (2 * sent);
    }

    public int notAnswered() {
        return sent - submitted;
    }

    /**
     * A company that has not submitted after this many reminders is shown as a non-responder:
     * ADMIN may consider it under TERM-5 (not following the programme's conditions).
     */
    public static final int REMINDERS_BEFORE_NON_RESPONSE = 2;

    public static boolean isNonResponder(boolean submitted, int remindersSent) {
        return !submitted && remindersSent >= REMINDERS_BEFORE_NON_RESPONSE;
    }
}

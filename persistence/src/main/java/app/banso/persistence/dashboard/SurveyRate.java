package app.banso.persistence.dashboard;

import java.io.Serializable;

/** COOP-3: how many of a survey's recipients answered. */
public record SurveyRate(long surveyId, String titleJa, String titleEn, long recipients, long answered) implements Serializable {

    /** Percent answered, 0 when nobody was asked. */
    public int percent() {
        return recipients == 0 ? 0 : (int) Math.round(100.0 * answered / recipients);
    }
}

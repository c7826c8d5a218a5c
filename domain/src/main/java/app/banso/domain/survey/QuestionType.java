package app.banso.domain.survey;

/** The four kinds of survey question JETRO asks (COOP-3). */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, RATING, FREE_TEXT;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}

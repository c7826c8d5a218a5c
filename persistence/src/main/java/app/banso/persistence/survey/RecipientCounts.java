package app.banso.persistence.survey;

/** How many companies one survey went to, how many keep a draft and how many submitted, counted in the database. */
public record RecipientCounts(long surveyId, long sent, long drafts, long submitted) {
}

package app.banso.domain.screening;

/**
 * SCREEN-2: what the online screening, once held, led the screener to recommend. Recorded only
 * for an interview that took place (never on a no-show); the decision itself stays SCREEN-3/4.
 */
public enum InterviewOutcome { RECOMMEND_ADOPTION, RECOMMEND_REJECTION, UNDECIDED }

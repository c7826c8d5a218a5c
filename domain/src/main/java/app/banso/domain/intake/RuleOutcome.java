package app.banso.domain.intake;

/** The outcome of one eligibility rule for an application's answers. */
public enum RuleOutcome {
    /** The answers meet the rule. */
    PASS,
    /** The answers break a hard rule (EX, TALENT): the application cannot be submitted or adopted. */
    FAIL,
    /** "May not be eligible" (MAYBE) or a case for the screener's judgement. */
    FLAG,
    /** The question has not been answered yet. */
    UNANSWERED
}

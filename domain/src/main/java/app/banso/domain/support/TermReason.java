package app.banso.domain.support;

import app.banso.domain.shared.RuleId;

/** Why support ended early; each reason is a rule of the guidelines. */
public enum TermReason {
    /** JETRO judges that the goals have been achieved. */
    TERM_1(RuleId.TERM_1),
    /** The company's situation changed, e.g. it no longer meets the requirements. */
    TERM_2(RuleId.TERM_2),
    /** A violation of the terms of use (group companies included). */
    TERM_3(RuleId.TERM_3),
    /** Dissolution or extinction; business continuity judged difficult. */
    TERM_4(RuleId.TERM_4),
    /** The company does not cooperate (COOP). */
    TERM_5(RuleId.TERM_5);

    private final RuleId rule;

    TermReason(RuleId rule) {
        this.rule = rule;
    }

    public RuleId rule() {
        return rule;
    }
}

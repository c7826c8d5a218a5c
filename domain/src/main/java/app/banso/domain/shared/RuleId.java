package app.banso.domain.shared;

import java.util.Locale;

/**
 * The rule IDs of {@code shared/docs/programme-rules.md}. Every rule the product enforces is named
 * by one of these constants, so a rule can be traced from the guideline to the code, the message
 * shown to the user ({@code rule.EX-1} in the resource bundles) and the tests that cover it.
 */
public enum RuleId {
    TALENT_1, TALENT_2, TALENT_3,
    EX_1, EX_2, EX_3, EX_4, EX_5, EX_6, EX_7, EX_8,
    MAYBE_1, MAYBE_2,
    COOP_1, COOP_2, COOP_3, COOP_4, COOP_5, COOP_6,
    LAW_1, LAW_2, LAW_3,
    APPLY_1, APPLY_2, APPLY_3, APPLY_4, APPLY_5, APPLY_6, APPLY_7,
    CRIT_1, CRIT_2, CRIT_3, CRIT_4, CRIT_5,
    SCREEN_1, SCREEN_2, SCREEN_3, SCREEN_4,
    SUPPORT_1, SUPPORT_2, SUPPORT_3, SUPPORT_4, SUPPORT_5, SUPPORT_6, SUPPORT_7, SUPPORT_8,
    PERIOD_1,
    TERM_1, TERM_2, TERM_3, TERM_4, TERM_5,
    PRIV_1, PRIV_2;

    /** The ID as written in the guidelines summary, e.g. {@code EX-1}. */
    public String code() {
        return name().replace('_', '-');
    }

    public static RuleId fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @Override
    public String toString() {
        return code();
    }
}

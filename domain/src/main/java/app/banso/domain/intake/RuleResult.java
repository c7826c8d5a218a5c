package app.banso.domain.intake;

import app.banso.domain.shared.RuleId;
import java.io.Serializable;

/**
 * One evaluated rule: its ID, the outcome and the message key that explains it in plain words
 * ({@code eligibility.EX-1.FAIL}); {@code position} is the 1-based hiring position for the
 * TALENT rules, 0 otherwise.
 */
public record RuleResult(RuleId rule, RuleOutcome outcome, int position) implements Serializable {

    public String messageKey() {
        return "eligibility." + rule.code() + "." + outcome.name();
    }

    public boolean isFailure() {
        return outcome == RuleOutcome.FAIL;
    }
}

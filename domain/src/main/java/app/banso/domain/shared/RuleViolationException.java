package app.banso.domain.shared;

import java.util.Objects;

/** A programme rule refuses the action; the rule ID is always present. */
public class RuleViolationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(RuleId rule, String messageKey, Object... arguments) {
        super(Objects.requireNonNull(rule, "rule"), messageKey, arguments);
    }
}

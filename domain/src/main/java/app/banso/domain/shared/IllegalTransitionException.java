package app.banso.domain.shared;

/**
 * A status change that the status machine does not allow. It names the rule that the target
 * status stands for (e.g. APPLY-3 for a withdrawal after the decision).
 */
public class IllegalTransitionException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;

    public IllegalTransitionException(RuleId rule, Enum<?> from, Enum<?> to) {
        super(rule, "error.transition", from.name(), to.name());
        this.from = from.name();
        this.to = to.name();
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}

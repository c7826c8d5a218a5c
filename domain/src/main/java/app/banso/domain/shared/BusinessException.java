package app.banso.domain.shared;

import java.util.List;
import java.util.Optional;

/**
 * Root of the business exceptions. Each carries the rule it stands for (when a programme rule
 * is the reason) and a message key resolved in the user's language by the web layer. The
 * {@code ejb} module declares this hierarchy as an application exception with rollback, so a
 * refused use case never leaves half a change behind.
 */
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RuleId rule;
    private final String messageKey;
    private final List<Object> arguments;

    protected BusinessException(RuleId rule, String messageKey, Object... arguments) {
        super((rule == null ? "" : rule.code() + ": ") + messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.rule = rule;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The programme rule that refused the action; empty for plain data errors. */
    public Optional<RuleId> rule() {
        return Optional.ofNullable(rule);
    }

    public String messageKey() {
        return messageKey;
    }

    /** Values for the placeholders of the message ({0}, {1}, ...). */
    public List<Object> arguments() {
        return arguments;
    }
}

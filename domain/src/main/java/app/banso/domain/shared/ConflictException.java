package app.banso.domain.shared;

/** The data already exists (a unique rule) or changed under the user (optimistic lock). */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(RuleId rule, String messageKey, Object... arguments) {
        super(rule, messageKey, arguments);
    }
}

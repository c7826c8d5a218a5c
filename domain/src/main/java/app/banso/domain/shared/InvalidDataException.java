package app.banso.domain.shared;

/** A value that cannot be accepted, such as a corporate number with a wrong check digit. */
public class InvalidDataException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidDataException(String field, String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
        this.field = field;
    }

    /** The name of the input that carries the bad value, so the screen can mark that field. */
    public String field() {
        return field;
    }
}

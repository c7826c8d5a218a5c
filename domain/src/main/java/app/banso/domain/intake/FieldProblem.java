package app.banso.domain.intake;

import app.banso.domain.shared.InvalidDataException;
import java.io.Serializable;
import java.util.List;

/**
 * A typed answer that cannot be accepted as it stands (a corporate number whose check digit does
 * not match, a website address that is not http/https), found while the draft is saved. The draft
 * keeps the answer as typed (APPLY-2); the screen shows the message under the field, and
 * submission is refused with it ({@link ApplicationCheck#requireSubmittable}).
 *
 * @param field the input's name, as in {@link InvalidDataException#field()}
 * @param messageKey the message to show
 * @param arguments the message's arguments (numbers or texts)
 */
public record FieldProblem(String field, String messageKey, List<Serializable> arguments) implements Serializable {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(InvalidDataException e) {
        return new FieldProblem(e.field(), e.messageKey(),
                e.arguments().stream().map(a -> a instanceof Serializable s ? s : String.valueOf(a)).toList());
    }

    /** The refusal to throw for it at submission. */
    public InvalidDataException toException() {
        return new InvalidDataException(field, messageKey, arguments.toArray());
    }
}

package app.banso.domain.shared;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(null, "error.notFound", what, String.valueOf(id));
    }
}

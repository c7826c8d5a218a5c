package app.banso.web.platform;

import app.banso.domain.shared.BusinessException;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * What a view-scoped bean shows and the database holds (an application, a support case), kept out
 * of the HTTP session. A node with web availability serialises the whole session after every
 * request, every open page's bean with it, as the copy another node reads if this one fails; a
 * copy of data the database already has only makes that slower (bench/RESULTS.md, eleventh
 * session). The value is transient: where the bean was read back from the session store, on the
 * node that took over, the first {@link #get} loads it again, and a refusal is shown as a message.
 * What the user typed and has not saved stays in the bean's own fields.
 */
public final class NotInSession<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T value;
    /** False after deserialisation: the value is still to load. */
    private transient boolean loaded;

    /** The value now shown (null when there is none). */
    public void set(T v) {
        value = v;
        loaded = true;
    }

    /** The value, loaded once by {@code loader} where the bean was read back from the session store. */
    public T get(Supplier<T> loader) {
        if (!loaded) {
            loaded = true;
            try {
                value = loader.get();
            } catch (BusinessException e) {
                value = null;
                Messages.error(e);
            }
        }
        return value;
    }
}

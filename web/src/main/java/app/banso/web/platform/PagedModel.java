package app.banso.web.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model over a boundary's count and page methods: only the rows of the page shown
 * are read, with the paging done in the database.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Serializable functional interfaces, so that a view-scoped bean holding this model can be serialised. */
    public interface Counter extends Serializable {
        long count();
    }

    public interface Pager<T> extends Serializable {
        List<T> page(int first, int size);
    }

    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Counter counter;
    private final Pager<T> pager;
    private final Key<T> key;

    public PagedModel(Counter counter, Pager<T> pager, Key<T> key) {
        this.counter = counter;
        this.pager = pager;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return pager.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    /**
     * The session's copy of this model leaves out the rows of the page last shown (issue 8: a
     * {@code <distributable/>} session is copied after every request, and a staff user's session
     * holds the tables of up to 15 pages). The model in memory keeps them; a copy read on another
     * node after a failover reads its page again, as the table loads a lazy model without rows.
     */
    private Object writeReplace() {
        return new PagedModel<>(counter, pager, key);
    }
}

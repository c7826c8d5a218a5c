package app.banso.web.platform;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a failed request lost a race with another user's save, rather than hit a fault: the
 * row's version had moved on (optimistic locking), or the database refused a row that another
 * transaction had just written (a unique key) or a transaction it could not order with another
 * (serialization failure, deadlock). Staff working on the same applications and cases at the
 * same time meet this; they get a page that says so and offers to open the page again, not the
 * server-error page. Nothing of theirs was saved: the transaction rolled back as a whole.
 * <p>
 * Read from the exception's causes (the EJB container wraps the persistence provider's exception
 * in its own, and a JDBC exception in the provider's), by class name where the class is the
 * provider's, so the web module does not depend on EclipseLink.
 */
public final class ConcurrentChange {

    /** SQLSTATEs of a race: unique violation (PostgreSQL and H2), serialization failure, deadlock (PostgreSQL). */
    private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01");
    private static final Set<String> OPTIMISTIC_LOCK = Set.of("jakarta.persistence.OptimisticLockException",
            "org.eclipse.persistence.exceptions.OptimisticLockException");

    private ConcurrentChange() {
    }

    /** True when the exception or one of its causes says that another save came first. */
    public static boolean in(Throwable exception) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = exception; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (OPTIMISTIC_LOCK.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && RACE_STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

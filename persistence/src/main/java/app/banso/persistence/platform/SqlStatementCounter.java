package app.banso.persistence.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Counts the SQL statements the current thread sends to the database, for the benchmarks
 * (issue 8: "SQL statements per request"). Off unless {@code banso.bench.count-sql=true}; when
 * on, {@link ConfiguredDataSource} hands the pool connections whose statements count each
 * {@code execute*} call on the calling thread, and the web layer logs the count per request;
 * {@code verbose} also logs each statement's SQL (to see which statements a page sends).
 * Production runs never create these proxies.
 */
public final class SqlStatementCounter {

    /** The setting that turns counting on (benchmarks only). */
    public static final String SETTING = "banso.bench.count-sql";

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private static volatile Boolean enabled;
    private static volatile boolean verbose;

    private SqlStatementCounter() {
    }

    public static boolean enabled() {
        Boolean on = enabled;
        if (on == null) {
            String setting = Settings.get(SETTING).orElse("false");
            verbose = "verbose".equalsIgnoreCase(setting);
            on = verbose || Boolean.parseBoolean(setting);
            enabled = on;
        }
        return on;
    }

    /** Starts counting afresh on this thread (at the start of a request). */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements executed on this thread since {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }

    /** The connection itself when counting is off, otherwise one whose statements count. */
    static Connection counting(Connection connection) {
        if (!enabled()) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Forwarder(connection, true, null));
    }

    private static final class Forwarder implements InvocationHandler {
        private final Object target;
        private final boolean connection;
        private final String sql;

        Forwarder(Object target, boolean connection, String sql) {
            this.target = target;
            this.connection = connection;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (!connection && name.startsWith("execute")) {
                COUNT.get()[0]++;
                if (verbose) {
                    String text = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "(batch)";
                    Logger.getLogger(SqlStatementCounter.class.getName()).info(() -> "BENCH-SQL-TEXT " + text);
                }
            }
            if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(proxy)) {
                return proxy;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (connection && result instanceof Statement statement) {
                Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type},
                        new Forwarder(statement, false, args != null && args.length > 0 && args[0] instanceof String s ? s : null));
            }
            return result;
        }
    }
}

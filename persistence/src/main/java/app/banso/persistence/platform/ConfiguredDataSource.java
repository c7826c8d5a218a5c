package app.banso.persistence.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical data source behind {@code java:app/jdbc/banso}. The application server pools
 * it; it only opens connections to the database that {@link Settings} names (H2 file or
 * PostgreSQL), with the driver shipped inside the application. Selecting the database here,
 * rather than in the data source annotation, gives the same behaviour on Payara Micro and
 * Payara Server and a working default without any server configuration.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return connect(Settings.get(Settings.DB_USER, Settings.isH2() ? "banso" : "postgres"),
                Settings.get(Settings.DB_PASSWORD, Settings.isH2() ? "banso" : ""));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (username == null || username.isBlank()) {
            return getConnection();
        }
        return connect(username, password);
    }

    private Connection connect(String user, String password) throws SQLException {
        String url = Settings.jdbcUrl();
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        if (!url.startsWith("jdbc:h2:")) {
            Settings.get(Settings.DB_SCHEMA).ifPresent(schema -> props.setProperty("currentSchema", schema));
            props.setProperty("ApplicationName", "banso");
        }
        Connection connection = driver(url).connect(url, props);
        if (connection == null) {
            throw new SQLException("No driver accepts " + url.replaceAll("password=[^;&]*", "password=***")
                    + "; use jdbc:postgresql:// or jdbc:h2:");
        }
        return SqlStatementCounter.counting(connection);
    }

    private Driver driver(String url) throws SQLException {
        Driver d = driver;
        if (d == null) {
            d = url.startsWith("jdbc:h2:") ? new org.h2.Driver() : new org.postgresql.Driver();
            driver = d;
        }
        return d;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}

package app.banso.web.it;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the PostgreSQL test database before any integration test runs, so that the README's
 * test command works on a fresh machine whose PostgreSQL has only its default databases.
 * Active only when failsafe passes {@code it.db.create} (the PostgreSQL profile); the database
 * is named after the JDBC URL the tests give the server ({@code it.db.url.postgres}), and it is
 * created through the maintenance database {@code postgres} on the same server.
 */
public class TestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getProperty("it.db.create", "");
        if (!url.startsWith("jdbc:postgresql://")) {
            return;
        }
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("test database name must be a plain identifier: " + name);
        }
        String maintenance = url.substring(0, slash + 1) + "postgres";
        try (var c = DriverManager.getConnection(maintenance, System.getProperty("it.db.user", "postgres"), "");
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + name);
                    }
                    System.out.println("[TestDatabase] created PostgreSQL database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " via " + maintenance
                    + " (is PostgreSQL running on 127.0.0.1:5432 with trust auth?): " + e.getMessage(), e);
        }
    }
}

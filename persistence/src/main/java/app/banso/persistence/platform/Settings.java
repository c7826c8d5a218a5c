package app.banso.persistence.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the settings of the database and the data directory. They are MicroProfile Config keys
 * like every other setting: the application's {@link Config} is asked first, so its
 * {@code META-INF/microprofile-config.properties}, Payara's config sources (domain, server,
 * password aliases, secrets directory) and the usual system property ({@code banso.db.url}) and
 * environment variable ({@code BANSO_DB_URL}) all count, in MicroProfile's order. Where no
 * MicroProfile Config implementation is there (plain unit tests, a tool run outside the
 * server) the system property, then the environment variable are read directly.
 *
 * <p>The pool may open connections on server threads that belong to no application; there
 * Payara answers with its server-level config (system properties, environment, domain and
 * server sources, not the application's file). The README therefore advises setting
 * {@code banso.db.*} outside the application.
 */
public final class Settings {

    public static final String DATA_DIR = "banso.data.dir";
    public static final String DB_URL = "banso.db.url";
    public static final String DB_USER = "banso.db.user";
    public static final String DB_PASSWORD = "banso.db.password";
    public static final String DB_SCHEMA = "banso.db.schema";
    public static final String DB_CLEAN = "banso.db.clean";

    private Settings() {
    }

    /** The setting's value, stripped; empty when it is not set or blank. */
    public static Optional<String> get(String key) {
        return fromConfig(key).or(() -> fromSystem(key));
    }

    private static Optional<String> fromConfig(String key) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(key, String.class).flatMap(Settings::present);
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            // No MicroProfile Config implementation (or API) on this class path: read the sources directly.
            return Optional.empty();
        }
    }

    private static Optional<String> fromSystem(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName(key));
        }
        return present(value);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** MicroProfile Config's mapping: every non-alphanumeric character becomes '_', upper case. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Where the embedded database (and later stored files) live; survives restarts. */
    public static Path dataDir() {
        return Path.of(get(DATA_DIR, Path.of(System.getProperty("user.home"), "banso-data").toString()));
    }

    /**
     * The JDBC URL: {@code banso.db.url} when set (PostgreSQL in production), otherwise an H2
     * file database in PostgreSQL mode under the data directory.
     */
    public static String jdbcUrl() {
        return get(DB_URL).orElseGet(() -> "jdbc:h2:file:" + dataDir().resolve("banso").toAbsolutePath()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH");
    }

    public static boolean isH2() {
        return jdbcUrl().startsWith("jdbc:h2:");
    }
}

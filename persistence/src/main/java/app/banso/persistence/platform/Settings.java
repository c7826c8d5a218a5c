package app.banso.persistence.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a setting the way MicroProfile Config's default sources do: a system property
 * ({@code banso.db.url}) first, then an environment variable ({@code BANSO_DB_URL}).
 * The data source needs its settings before the application's own config sources exist
 * (Payara resolves data sources early), so it reads them here; the rest of the product uses
 * MicroProfile Config with the same keys.
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

    public static Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName(key));
        }
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

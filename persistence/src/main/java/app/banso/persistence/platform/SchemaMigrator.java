package app.banso.persistence.platform;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations under {@code db/migration} before
 * JPA is used. The same scripts run on H2 and on PostgreSQL. {@code banso.db.clean=true}
 * (integration tests only) empties the schema first.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        boolean clean = Boolean.parseBoolean(Settings.get(Settings.DB_CLEAN, "false"));
        var config = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                // db/vendor/<database>: the few migrations whose SQL differs (postgresql, h2).
                .locations("classpath:db/migration", "classpath:db/vendor/" + (Settings.isH2() ? "h2" : "postgresql"))
                .cleanDisabled(!clean)
                .failOnMissingLocations(true);
        if (!Settings.isH2()) {
            Settings.get(Settings.DB_SCHEMA).ifPresent(schema -> config.schemas(schema).defaultSchema(schema).createSchemas(true));
        }
        Flyway flyway = config.load();
        if (clean) {
            LOG.warning("banso.db.clean=true: emptying the database schema before migrating (tests only)");
            flyway.clean();
        }
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run now) on " + result.database);
        return result;
    }
}

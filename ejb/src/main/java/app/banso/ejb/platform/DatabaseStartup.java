package app.banso.ejb.platform;

import app.banso.persistence.platform.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Defines the application's data source and migrates the schema with Flyway before anything
 * uses JPA (other startup beans depend on this one). Which database it reaches is decided by
 * {@code banso.db.url} (see {@link app.banso.persistence.platform.Settings}): an H2 file under
 * {@code banso.data.dir} by default, PostgreSQL in production.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/banso",
        className = "app.banso.persistence.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        properties = {
                // Test a pooled connection before handing it out: a restarted database must not break the app.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own transactions.
public class DatabaseStartup {

    @Resource(lookup = "java:app/jdbc/banso")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        var result = SchemaMigrator.migrate(dataSource);
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : "current";
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}

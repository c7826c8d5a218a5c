package app.banso.persistence.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The migrations run on an H2 database in PostgreSQL mode, as in the embedded run. */
class MigrationsTest {

    @AfterEach
    void clearSettings() {
        System.clearProperty(Settings.DB_URL);
    }

    @Test
    void migrationsCreateTheSchemaAndSeedThe2026Programme() throws Exception {
        System.setProperty(Settings.DB_URL, "jdbc:h2:mem:migrations;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        ConfiguredDataSource ds = new ConfiguredDataSource();
        MigrateResult result = SchemaMigrator.migrate(ds);
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 2);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select capacity, support_ends, capacity_basis from programme where fiscal_year = 2026")) {
            assertTrue(rs.next());
            assertEquals(420, rs.getInt(1));
            assertEquals(Date.valueOf("2027-03-31"), rs.getDate(2));
            assertEquals("SUBMITTED", rs.getString(3));
        }
        assertEquals(0, SchemaMigrator.migrate(ds).migrationsExecuted, "a second start runs nothing");
    }

    @Test
    void environmentNameFollowsMicroProfileConfigMapping() {
        assertEquals("BANSO_DB_URL", Settings.envName("banso.db.url"));
    }

    @Test
    void defaultDatabaseIsAnH2FileUnderTheDataDirectory() {
        System.setProperty(Settings.DATA_DIR, "/tmp/banso-test-data");
        try {
            assertEquals("jdbc:h2:file:/tmp/banso-test-data/banso;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH", Settings.jdbcUrl());
            assertTrue(Settings.isH2());
        } finally {
            System.clearProperty(Settings.DATA_DIR);
        }
    }
}

package app.banso.persistence.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.banso.persistence.platform.ConfiguredDataSource;
import app.banso.persistence.platform.SchemaMigrator;
import app.banso.persistence.platform.Settings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counts behind the inbox's per-status figures (V33) follow every change of an application on
 * H2, the embedded database (the integration tests run the PostgreSQL trigger): they always equal
 * a count over the applications themselves, drafts left out.
 */
class StatusCountTriggerTest {

    private static ConfiguredDataSource ds;

    @BeforeAll
    static void migrate() {
        System.setProperty(Settings.DB_URL, "jdbc:h2:mem:statuscount;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        ds = new ConfiguredDataSource();
        SchemaMigrator.migrate(ds);
    }

    @AfterAll
    static void clear() {
        System.clearProperty(Settings.DB_URL);
    }

    @Test
    void insertsMovesAndDeletesKeepTheCountsEqualToACountOfTheApplications() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE"); // applications without their programme rows, for this test only
            insert(s, 9001, 71, "SUBMITTED");
            insert(s, 9002, 71, "DRAFT");
            insert(s, 9003, 71, "SUBMITTED");
            assertEquals(Map.of("SUBMITTED", 2L), counts(s, 71), "a draft is not counted");

            s.executeUpdate("UPDATE application SET status = 'SUBMITTED' WHERE id = 9002");
            s.executeUpdate("UPDATE application SET status = 'COMPLETE' WHERE id = 9001");
            assertEquals(Map.of("SUBMITTED", 2L, "COMPLETE", 1L), counts(s, 71), "a submission and a move");

            s.executeUpdate("UPDATE application SET legal_name_ja = '株式会社カウント' WHERE id = 9003");
            assertEquals(Map.of("SUBMITTED", 2L, "COMPLETE", 1L), counts(s, 71), "an answer changes no count");

            s.executeUpdate("UPDATE application SET programme_id = 72 WHERE id = 9003");
            assertEquals(Map.of("SUBMITTED", 1L, "COMPLETE", 1L), counts(s, 71), "moved out of the programme");
            assertEquals(Map.of("SUBMITTED", 1L), counts(s, 72), "moved into the other");

            s.executeUpdate("DELETE FROM application WHERE id IN (9001, 9003)");
            assertEquals(Map.of("SUBMITTED", 1L), counts(s, 71));
            assertEquals(Map.of(), counts(s, 72));
            for (long programme : new long[] {71, 72}) {
                assertEquals(counted(s, programme), counts(s, programme), "the same as counting the applications");
            }
            s.executeUpdate("DELETE FROM application WHERE id = 9002");
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
    }

    private static void insert(Statement s, long id, long programme, String status) throws SQLException {
        s.executeUpdate("INSERT INTO application (id, programme_id, status, created_at, status_changed_at) VALUES (" + id + ", "
                + programme + ", '" + status + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }

    /** The kept counts, zeros left out. */
    private static Map<String, Long> counts(Statement s, long programme) throws SQLException {
        return map(s, "SELECT status, n FROM application_status_count WHERE n <> 0 AND programme_id = " + programme);
    }

    private static Map<String, Long> counted(Statement s, long programme) throws SQLException {
        return map(s, "SELECT status, COUNT(*) FROM application WHERE status <> 'DRAFT' AND programme_id = " + programme
                + " GROUP BY status");
    }

    private static Map<String, Long> map(Statement s, String sql) throws SQLException {
        Map<String, Long> m = new TreeMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }
}

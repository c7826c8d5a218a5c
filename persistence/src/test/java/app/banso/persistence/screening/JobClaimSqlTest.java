package app.banso.persistence.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.banso.persistence.platform.ConfiguredDataSource;
import app.banso.persistence.platform.SchemaMigrator;
import app.banso.persistence.platform.Settings;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claim of a daily job on H2 in PostgreSQL mode (the embedded run) on the real schema; on
 * PostgreSQL, ScreeningJobsIT and bench/cluster-failover.sh (two nodes racing) check it.
 */
class JobClaimSqlTest {

    private static ConfiguredDataSource ds;

    @BeforeAll
    static void migrate() {
        System.setProperty(Settings.DB_URL, "jdbc:h2:mem:jobclaim;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        ds = new ConfiguredDataSource();
        SchemaMigrator.migrate(ds);
    }

    @AfterAll
    static void clear() {
        System.clearProperty(Settings.DB_URL);
    }

    private static int claim(String job, LocalDate day, String node) throws Exception {
        try (Connection c = ds.getConnection(); var s = c.prepareStatement(ScreeningRepository.CLAIM_JOB)) {
            s.setString(1, job);
            s.setObject(2, day);
            s.setString(3, node);
            s.setObject(4, OffsetDateTime.parse("2026-06-01T21:00:00Z"));
            return s.executeUpdate();
        }
    }

    @Test
    void aDayIsClaimedOnceAndASecondNodeFindsItClaimedWithoutAnError() throws Exception {
        LocalDate day = LocalDate.of(2026, 6, 2);
        assertEquals(1, claim("overdue-mail", day, "node-a"), "the first node claims the day");
        assertEquals(0, claim("overdue-mail", day, "node-b"), "the second node inserts nothing");
        assertEquals(1, claim("overdue-mail", day.plusDays(1), "node-b"), "the next day is free again");
        assertEquals(1, claim("deemed-withdrawal", day, "node-b"), "each job is claimed on its own");
    }
}

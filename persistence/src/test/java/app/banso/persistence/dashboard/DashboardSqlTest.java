package app.banso.persistence.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.banso.persistence.platform.ConfiguredDataSource;
import app.banso.persistence.platform.SchemaMigrator;
import app.banso.persistence.platform.Settings;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's native statements run on H2 in PostgreSQL mode (the embedded run) on the real
 * schema; the integration tests run them on PostgreSQL.
 */
class DashboardSqlTest {

    private static ConfiguredDataSource ds;

    @BeforeAll
    static void migrate() {
        System.setProperty(Settings.DB_URL, "jdbc:h2:mem:dashboard;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        ds = new ConfiguredDataSource();
        SchemaMigrator.migrate(ds);
    }

    @AfterAll
    static void clear() {
        System.clearProperty(Settings.DB_URL);
    }

    private static String jdbc(String jpaNative) {
        return jpaNative.replace("?1", "?");
    }

    @Test
    void theMedianOfAnEmptyProgrammeIsNull() throws Exception {
        try (Connection c = ds.getConnection(); var s = c.prepareStatement(jdbc(DashboardRepository.MEDIAN_DAYS_TO_NOTICE))) {
            s.setLong(1, 1);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertNull(rs.getObject(1));
            }
        }
    }

    @Test
    void theMedianCountsDaysBetweenTwoInstantsWithTimeZones() throws Exception {
        String sql = """
                SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (b - a)) / 86400.0) FROM (VALUES
                  (TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+09', TIMESTAMP WITH TIME ZONE '2026-01-11 00:00:00+09'),
                  (TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+09', TIMESTAMP WITH TIME ZONE '2026-01-03 12:00:00+09'),
                  (TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-01-21 00:00:00+00')) t(a, b)""";
        try (Connection c = ds.getConnection(); var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            assertEquals(10.0, rs.getDouble(1), 1e-9, "the middle of 2.5, 10 and 20 days");
        }
    }

    @Test
    void stageAndMonthStatementsRunOnTheSchema() throws Exception {
        for (String sql : new String[] {DashboardRepository.ACTIVE_CASES_BY_STAGE, DashboardRepository.ACTIVITIES_PER_MONTH}) {
            try (Connection c = ds.getConnection(); var s = c.prepareStatement(jdbc(sql))) {
                s.setLong(1, 1);
                try (ResultSet rs = s.executeQuery()) {
                    assertFalse(rs.next(), "no rows in an empty programme");
                }
            }
        }
    }
}

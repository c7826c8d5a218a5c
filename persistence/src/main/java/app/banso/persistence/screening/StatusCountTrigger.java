package app.banso.persistence.screening;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's trigger for {@code application_status_count} (db/vendor/h2/V33): the same counts as the
 * PostgreSQL trigger, kept in the transaction that inserts, moves or deletes an application.
 * Drafts are not counted. Used by the embedded database of the one-command run only.
 */
public class StatusCountTrigger implements Trigger {

    private static final String DRAFT = "DRAFT";

    private int programmeColumn = -1;
    private int statusColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                switch (columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)) {
                    case "PROGRAMME_ID" -> programmeColumn = columns.getInt("ORDINAL_POSITION") - 1;
                    case "STATUS" -> statusColumn = columns.getInt("ORDINAL_POSITION") - 1;
                    default -> { }
                }
            }
        }
        if (programmeColumn < 0 || statusColumn < 0) {
            throw new SQLException("application_status_count: " + tableName + " has no programme_id or status column");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Key before = key(oldRow);
        Key after = key(newRow);
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            add(conn, before, -1);
        }
        if (after != null) {
            add(conn, after, 1);
        }
    }

    private record Key(long programmeId, String status) {
    }

    private Key key(Object[] row) {
        if (row == null || DRAFT.equals(row[statusColumn])) {
            return null;
        }
        return new Key(((Number) row[programmeColumn]).longValue(), (String) row[statusColumn]);
    }

    private static void add(Connection conn, Key key, int delta) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement(
                "UPDATE application_status_count SET n = n + ? WHERE programme_id = ? AND status = ?")) {
            update.setInt(1, delta);
            update.setLong(2, key.programmeId());
            update.setString(3, key.status());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = conn.prepareStatement(
                "INSERT INTO application_status_count (programme_id, status, n) VALUES (?, ?, ?)")) {
            insert.setLong(1, key.programmeId());
            insert.setString(2, key.status());
            insert.setInt(3, delta);
            insert.executeUpdate();
        }
    }
}

package app.banso.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SecretFreeLogsTest {

    private static LogRecord record(String message) {
        return new LogRecord(Level.SEVERE, message);
    }

    @Test
    void theRecordWithTheSessionsValidTokenIsDroppedAndOthersPass() {
        Logger lifecycle = Logger.getLogger(SecretFreeLogs.FACES_LIFECYCLE_LOGGER);
        var listener = new SecretFreeLogs();
        listener.contextInitialized(null);
        try {
            assertFalse(lifecycle.getFilter().isLoggable(record("correctSecretKeyValue = {0} incomingSecretKeyValue = {1}")));
            assertTrue(lifecycle.getFilter().isLoggable(record("Some other lifecycle error")));
            assertTrue(lifecycle.getFilter().isLoggable(record(null)));
        } finally {
            listener.contextDestroyed(null);
        }
        assertNull(lifecycle.getFilter(), "the server's logger is left as it was");
    }

    @Test
    void aFilterTheServerHadStaysInForceAndComesBackAtUndeployment() {
        Logger lifecycle = Logger.getLogger(SecretFreeLogs.FACES_LIFECYCLE_LOGGER);
        Filter servers = r -> !"dropped by the server".equals(r.getMessage());
        lifecycle.setFilter(servers);
        var listener = new SecretFreeLogs();
        try {
            listener.contextInitialized(null);
            assertFalse(lifecycle.getFilter().isLoggable(record("dropped by the server")));
            assertFalse(lifecycle.getFilter().isLoggable(record("correctSecretKeyValue = a incomingSecretKeyValue = b")));
            assertTrue(lifecycle.getFilter().isLoggable(record("kept")));
            listener.contextDestroyed(null);
            assertSame(servers, lifecycle.getFilter());
        } finally {
            lifecycle.setFilter(null);
        }
    }
}

package app.banso.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the session's secret out of the server log. When a protected view (a support case) is
 * opened with a wrong token, Faces (Mojarra) logs SEVERE
 * {@code correctSecretKeyValue = <the session's valid token> incomingSecretKeyValue = <the
 * forged one>}: whoever reads the log could open protected views in that session. That one
 * record is dropped; the refusal itself is still logged, by {@link ErrorPageBean} ("Refused ...
 * ProtectedViewException"), and every other record of the logger passes.
 * <p>
 * The logger is the server's, not the application's, so the filter is removed again when the
 * application stops: a filter left behind would keep the application's class loader alive after
 * an undeployment.
 */
@WebListener
public class SecretFreeLogs implements ServletContextListener {

    /** Mojarra's logger for the request lifecycle (restoring views, protected views). */
    public static final String FACES_LIFECYCLE_LOGGER = "jakarta.enterprise.resource.webcontainer.faces.lifecycle";
    private static final String TOKEN_RECORD = "correctSecretKeyValue";

    /** Held here: the logging framework holds loggers weakly, and a collected logger would lose its filter. */
    private Logger lifecycle;
    private Filter before;
    private Filter installed;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        lifecycle = Logger.getLogger(FACES_LIFECYCLE_LOGGER);
        before = lifecycle.getFilter();
        Filter previous = before;
        installed = record -> !revealsToken(record) && (previous == null || previous.isLoggable(record));
        lifecycle.setFilter(installed);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (lifecycle != null && lifecycle.getFilter() == installed) {
            lifecycle.setFilter(before);
        }
    }

    static boolean revealsToken(LogRecord record) {
        String message = record.getMessage();
        return message != null && message.contains(TOKEN_RECORD);
    }
}

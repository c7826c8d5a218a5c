package app.banso.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The idle timeout of sessions, from {@code banso.session.timeout-minutes} (default 30): a signed-in
 * user who does nothing for that long is signed out. The applicant's draft is saved as they type,
 * so it survives; the form warns two minutes before.
 */
@WebListener
public class SessionSettings implements ServletContextListener {

    static final int DEFAULT_MINUTES = 30;
    private static final Logger LOG = Logger.getLogger(SessionSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        int minutes = ConfigProvider.getConfig().getOptionalValue("banso.session.timeout-minutes", Integer.class)
                .filter(m -> m >= 5 && m <= 24 * 60).orElse(DEFAULT_MINUTES);
        event.getServletContext().setSessionTimeout(minutes);
        LOG.info(() -> "Session idle timeout: " + minutes + " min");
    }
}

package app.banso.web.it;

import com.icegreen.greenmail.util.GreenMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser journey shares: the real WAR deployed as a client-side test, GreenMail
 * receiving the app's SMTP, and the app's address on loopback.
 */
abstract class BrowserJourney {

    protected static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = Journey.startSmtp();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    protected static String url(String path) {
        return Journey.url(path);
    }
}

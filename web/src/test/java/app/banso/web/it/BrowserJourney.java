package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    /** The demo users' password (DemoData). */
    protected static final String DEMO_PASSWORD = "Banso-demo-2026";

    /** Signs out whoever is signed in, then signs in as a demo user on the way to {@code path}. */
    protected static void signInAs(Browser b, String email, String path) {
        signInAs(b, email, path, DEMO_PASSWORD);
    }

    /** Signs out whoever is signed in, then signs in with a password on the way to {@code path}. */
    protected static void signInAs(Browser b, String email, String path, String password) {
        b.go(url("/"));
        if (!b.driver.findElements(By.id("headerForm:signOut")).isEmpty()) {
            b.click("headerForm:signOut");
            b.find("#signInButton");
        }
        b.go(url(path));
        b.type("signin:email", email);
        b.type("signin:password", password);
        b.click("signin:submit");
        // The sign-in answers with a redirect to the page asked for: wait until it has arrived, or the
        // caller's next navigation races that redirect and loses (seen once in CI: ScreeningJourneyIT's
        // ADMIN opened the application while signing in and was then taken to the inbox).
        new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/signin.xhtml"));
    }

    /** Follows the link {@code css} (its resolved address) with the browser's session, as a click would (no redirects followed). */
    protected static HttpResponse<byte[]> followLink(Browser b, String css) throws Exception {
        Cookie session = b.driver.manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null, "the browser has a session");
        return fetch(URI.create(b.find(css).getAttribute("href")), session.getValue());
    }

    /** A GET with this session id (none for null), answering redirects as they are. */
    protected static HttpResponse<byte[]> fetch(URI address, String sessionId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** A property's value in a calendar file, its folded lines joined (RFC 5545). */
    protected static String calendarProperty(String ics, String name) {
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + ics);
    }

    protected static String url(String path) {
        return Journey.url(path);
    }
}

package app.banso.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** What the browser journeys share: the app's address (loopback only) and the test SMTP server. */
final class Journey {

    private Journey() {
    }

    /** GreenMail on the port the app under test sends to ({@code it.smtp.port}). */
    static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    static String url(String path) {
        return "http://localhost:" + Integer.getInteger("it.http.port", 18080) + path;
    }
}

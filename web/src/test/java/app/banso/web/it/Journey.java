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

    /**
     * Waits (up to 30 s) for an e-mail to a recipient whose subject contains a text. Other mail
     * (e.g. demo data's receipts) may arrive at any time, so tests never rely on counts or order.
     */
    static jakarta.mail.internet.MimeMessage awaitMail(GreenMail smtp, String recipient, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(recipient) && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No e-mail to " + recipient + " with a subject containing '" + subjectPart + "'");
    }

    static String url(String path) {
        return "http://localhost:" + Integer.getInteger("it.http.port", 18080) + path;
    }
}

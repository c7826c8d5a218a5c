package app.banso.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    static MimeMessage awaitMail(GreenMail smtp, String recipient, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(recipient) && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No e-mail to " + recipient + " with a subject containing '" + subjectPart + "'");
    }

    /**
     * The stored outbox messages (recipient and subject) whose subject or body contains a text,
     * read from the server's PostgreSQL test database ({@code it.db.create}, schema
     * {@code it.db.schema}); empty when the tests run on H2, whose file the server holds locked.
     * {@code mustExist} is a recipient that must have stored mail, so that a wrong schema or an
     * empty table cannot make the search pass.
     */
    static Optional<List<String>> storedMailContaining(String text, String mustExist) throws SQLException {
        String url = System.getProperty("it.db.create", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            System.out.println("[Journey] H2: the stored outbox is not searched from the test JVM");
            return Optional.empty();
        }
        String schema = System.getProperty("it.db.schema", "banso_it");
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema must be a plain identifier: " + schema);
        }
        try (var c = DriverManager.getConnection(url, System.getProperty("it.db.user", "postgres"), "");
             var stored = c.prepareStatement("select count(*) from " + schema + ".mail_message where recipient = ?");
             var search = c.prepareStatement("select recipient, subject from " + schema + ".mail_message"
                     + " where strpos(body, ?) > 0 or strpos(subject, ?) > 0")) {
            stored.setString(1, mustExist);
            try (var rs = stored.executeQuery()) {
                if (!rs.next() || rs.getLong(1) == 0) {
                    throw new AssertionError("no stored mail to " + mustExist + " in " + schema + ".mail_message");
                }
            }
            search.setString(1, text);
            search.setString(2, text);
            List<String> found = new ArrayList<>();
            try (var rs = search.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1) + ": " + rs.getString(2));
                }
            }
            return Optional.of(found);
        }
    }

    static String url(String path) {
        return "http://localhost:" + Integer.getInteger("it.http.port", 18080) + path;
    }
}

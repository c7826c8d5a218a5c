package app.banso.ejb.notification;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends one message over SMTP with Jakarta Mail, configured by MicroProfile Config. */
@ApplicationScoped
public class MailTransport {

    @Inject
    @ConfigProperty(name = "banso.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "banso.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "banso.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "banso.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "banso.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "banso.mail.smtp.timeout-ms", defaultValue = "10000")
    int timeoutMs;

    @Inject
    @ConfigProperty(name = "banso.mail.from", defaultValue = "no-reply@banso.example")
    String from;

    /** False when no SMTP server is configured: messages are then kept in the outbox only. */
    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, String subject, String body, String messageId) throws MessagingException {
        send(to, subject, body, messageId, null, null, null);
    }

    public void send(String to, String subject, String body, String messageId, String attachmentName, String attachmentType,
                     byte[] attachment) throws MessagingException {
        try {
            doSend(to, subject, body, messageId, attachmentName, attachmentType, attachment);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("attachment name", e);
        }
    }

    private void doSend(String to, String subject, String body, String messageId, String attachmentName, String attachmentType,
                        byte[] attachment) throws MessagingException, UnsupportedEncodingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMs));
        props.put("mail.smtp.timeout", String.valueOf(timeoutMs));
        props.put("mail.smtp.writetimeout", String.valueOf(timeoutMs));
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        Authenticator auth = null;
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            String u = user.get();
            String p = password.orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, p);
                }
            };
        }
        Session session = Session.getInstance(props, auth);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        if (attachment == null) {
            message.setText(body, StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, attachmentType)));
            file.setFileName(MimeUtility.encodeText(attachmentName, StandardCharsets.UTF_8.name(), "B"));
            file.setDisposition(Part.ATTACHMENT);
            message.setContent(new MimeMultipart(text, file));
        }
        message.setSentDate(new Date());
        // The outbox id as a header lets a receiving system drop a duplicate after a retry.
        message.setHeader("X-Banso-Message-Id", messageId);
        Transport.send(message);
    }
}

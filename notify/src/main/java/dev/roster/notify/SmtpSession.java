package dev.roster.notify;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * One connection to the SMTP server for one delivery, opened on the first message. Not
 * thread-safe. Only plain text messages in UTF-8 are sent, each marked as automatically generated
 * (RFC 3834) so that out-of-office replies are not sent back.
 */
final class SmtpSession implements AutoCloseable {

    private final SmtpSettings settings;
    private final String password;
    private final Session session;
    private Transport transport;

    /** @param password the resolved password; null without login */
    SmtpSession(SmtpSettings settings, String password) {
        this.settings = settings;
        this.password = password;
        this.session = Session.getInstance(properties(settings));
    }

    static Properties properties(SmtpSettings s) {
        Properties p = new Properties();
        String millis = String.valueOf(s.timeout().toMillis());
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", s.host());
        p.setProperty("mail.smtp.port", String.valueOf(s.port()));
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        p.setProperty("mail.smtp.auth", String.valueOf(!s.username().isEmpty()));
        p.setProperty("mail.smtp.sendpartial", "true");
        p.setProperty("mail.smtp.localhost", "roster");
        switch (s.security()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> { }
        }
        return p;
    }

    /**
     * Sends {@code mail}, connecting first when not connected.
     *
     * @return the recipients the server refused while it accepted the others; empty when it took all
     * @throws MessagingException when the server took it for no recipient, or the connection failed
     */
    List<String> send(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<roster." + mail.id() + "." + mail.created().toEpochMilli() + "@"
                        + domain() + ">");
            }
        };
        message.setFrom(Addresses.parse(settings.from()));
        List<Address> to = new ArrayList<>();
        for (String r : mail.recipients()) {
            to.add(Addresses.parse(r));
        }
        message.setRecipients(Message.RecipientType.TO, to.toArray(Address[]::new));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        if (transport == null || !transport.isConnected()) {
            connect();
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            return List.of();
        } catch (SendFailedException e) {
            Address[] delivered = e.getValidSentAddresses();
            if (delivered == null || delivered.length == 0) {
                throw e;
            }
            List<String> refused = new ArrayList<>();
            for (Address a : e.getInvalidAddresses() == null ? new Address[0] : e.getInvalidAddresses()) {
                refused.add(((InternetAddress) a).getAddress());
            }
            for (Address a : e.getValidUnsentAddresses() == null ? new Address[0] : e.getValidUnsentAddresses()) {
                refused.add(((InternetAddress) a).getAddress());
            }
            return refused;
        }
    }

    /** True while the connection to the server is open. */
    boolean connected() {
        return transport != null && transport.isConnected();
    }

    private void connect() throws MessagingException {
        closeQuietly();
        transport = session.getTransport("smtp");
        if (settings.username().isEmpty()) {
            transport.connect();
        } else {
            transport.connect(settings.host(), settings.port(), settings.username(), password);
        }
    }

    private String domain() {
        int at = settings.from().lastIndexOf('@');
        return at < 0 ? "roster" : settings.from().substring(at + 1).replace(">", "").strip();
    }

    private void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}

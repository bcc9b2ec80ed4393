package dev.roster.notify;

import dev.roster.model.Secrets;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's pending messages over one SMTP connection and records each result in the
 * outbox: accepted messages are sent; a failure keeps the message pending with one attempt more,
 * until the last allowed attempt gives it up. When the server cannot be reached (or refuses the
 * login) the remaining messages of this delivery count one failed attempt each without trying to
 * connect again, so a server that is down costs one timeout per delivery.
 *
 * <p>Never throws for a mail problem: an unreachable server, a refused login or recipient are
 * recorded and reported. Exceptions of the outbox itself pass through. Errors never contain the
 * password. Not thread-safe: one delivery at a time per outbox.
 */
public final class Delivery {

    /** How many attempts a message gets when the configuration does not say. */
    public static final int DEFAULT_ATTEMPTS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final SmtpSettings settings;
    private final Secrets secrets;
    private final int maxAttempts;

    /**
     * @param secrets     resolves the password reference when a delivery connects
     * @param maxAttempts attempts after which a message is given up; at least 1
     */
    public Delivery(SmtpSettings settings, Secrets secrets, int maxAttempts) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /** Sends every pending message of {@code outbox} once; see the class comment. */
    public DeliveryReport deliver(Outbox outbox) {
        List<Mail> pending = outbox.pending();
        if (pending.isEmpty()) {
            return DeliveryReport.NOTHING;
        }
        String password = null;
        String unusable = null;
        if (!settings.username().isEmpty()) {
            try {
                password = secrets.resolve(settings.passwordSetting(), settings.passwordReference());
            } catch (RuntimeException e) {
                unusable = e.getMessage();
            }
        }
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        Set<String> problems = new LinkedHashSet<>();
        try (SmtpSession smtp = new SmtpSession(settings, password)) {
            for (Mail mail : pending) {
                String error = unusable;
                if (error == null) {
                    try {
                        List<String> refused = smtp.send(mail);
                        String note = refused.isEmpty() ? "" : "refused by the server: " + String.join(", ", refused);
                        outbox.sent(mail, note);
                        sent++;
                        LOG.info("notification {} ({}) sent to {}", mail.id(), mail.name(), mail.recipients());
                        if (!note.isEmpty()) {
                            problems.add("notification " + mail.id() + " (" + mail.name() + "): " + note);
                            LOG.warn("notification {} ({}): {}", mail.id(), mail.name(), note);
                        }
                        continue;
                    } catch (MessagingException e) {
                        error = describe(e, password);
                        if (!smtp.connected()) {
                            unusable = error; // do not wait for the same timeout once per message
                        }
                    }
                }
                int attempts = mail.attempts() + 1;
                boolean givenUp = attempts >= maxAttempts;
                outbox.failed(mail, attempts, error, givenUp);
                if (givenUp) {
                    failed++;
                    LOG.error("notification {} ({}) to {} given up after {} attempts: {}", mail.id(), mail.name(),
                            mail.recipients(), attempts, error);
                } else {
                    retrying++;
                    LOG.warn("notification {} ({}) not sent (attempt {} of {}), tried again next cycle: {}",
                            mail.id(), mail.name(), attempts, maxAttempts, error);
                }
                problems.add(error);
            }
        }
        return new DeliveryReport(sent, retrying, failed, new ArrayList<>(problems));
    }

    /** The messages of {@code e} and its causes on one line, without {@code password}. */
    static String describe(Throwable e, String password) {
        List<String> parts = new ArrayList<>();
        Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = next(t)) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            m = m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
            if (!m.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).contains(m))) {
                parts.add(m);
            }
        }
        String text = String.join(": ", parts);
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }
}

package dev.roster.engine;

import dev.roster.model.ConfigException;
import dev.roster.notify.Addresses;
import dev.roster.notify.Delivery;
import dev.roster.notify.Security;
import dev.roster.notify.SmtpSettings;
import dev.roster.policy.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code notifications} section: {@code smtp} (host, port, security, from, username,
 * password reference, timeoutSeconds), {@code maxAttempts}, and {@code messages} by name (on,
 * targets, to, subject, body or bodyFile). Every problem names the file, line and setting.
 */
final class NotificationConfig {

    private static final Set<String> KEYS = Set.of("smtp", "maxAttempts", "messages");
    private static final Set<String> SMTP_KEYS = Set.of("host", "port", "security", "from", "username", "password",
            "timeoutSeconds");
    private static final Set<String> MESSAGE_KEYS = Set.of("on", "targets", "to", "subject", "body", "bodyFile");

    private NotificationConfig() {
    }

    /**
     * @param n       the section ({@code notifications}); an absent one gives {@link NotificationRules#NONE}
     * @param targets the configured targets' names
     * @throws ConfigException naming the file, line and setting of the first problem
     */
    static NotificationRules parse(Section n, Set<String> targets) {
        if (n.raw().isEmpty()) {
            return NotificationRules.NONE;
        }
        known(n, KEYS);
        Optional<SmtpSettings> smtp = n.has("smtp") ? Optional.of(smtp(n.section("smtp"))) : Optional.empty();
        int attempts = whole(n, "maxAttempts", Delivery.DEFAULT_ATTEMPTS, 1, 1000);
        List<NotificationRules.Message> messages = new ArrayList<>();
        n.sections("messages").forEach((name, m) -> messages.add(message(name, m, targets)));
        if (!messages.isEmpty() && smtp.isEmpty()) {
            throw n.error("smtp", "is required: the mail server that sends the messages");
        }
        return new NotificationRules(smtp, attempts, messages);
    }

    private static SmtpSettings smtp(Section s) {
        known(s, SMTP_KEYS);
        String host = s.required("host");
        Security security = Security.parse(s.at("security"), s.string("security", "starttls"));
        int port = whole(s, "port", security.defaultPort(), 1, 65535);
        String from = s.required("from");
        Addresses.problem(from).ifPresent(p -> {
            throw s.error("from", p);
        });
        String username = s.string("username", "").strip();
        String password = s.string("password", "").strip();
        if (!username.isEmpty() && password.isEmpty()) {
            throw s.error("password", "is required with a username: a reference such as env:NAME or file:PATH");
        }
        if (username.isEmpty() && !password.isEmpty()) {
            throw s.error("password", "is set, but username is not: a login needs both");
        }
        if (!password.isEmpty() && !password.startsWith("env:") && !password.startsWith("file:")) {
            throw s.error("password", "must be a reference (env:NAME or file:PATH);"
                    + " secrets are never written in the configuration itself");
        }
        int timeout = whole(s, "timeoutSeconds", 10, 1, 600);
        return new SmtpSettings(host.strip(), port, security, from.strip(), username, password, s.where("password"),
                Duration.ofSeconds(timeout));
    }

    private static NotificationRules.Message message(String name, Section m, Set<String> configured) {
        known(m, MESSAGE_KEYS);
        List<String> on = values(m, "on");
        if (on.isEmpty()) {
            throw m.error("on", "is required: the actions that send this message, e.g. [disable]");
        }
        for (int i = 0; i < on.size(); i++) {
            if (!dev.roster.plan.Thresholds.VERBS.contains(on.get(i))) {
                throw m.error(m.has("on") && m.raw().get("on") instanceof List ? "on[" + i + "]" : "on", "names '"
                        + on.get(i) + "', which is not an action; the actions are "
                        + new TreeSet<>(dev.roster.plan.Thresholds.VERBS));
            }
        }
        List<String> targets = values(m, "targets");
        for (int i = 0; i < targets.size(); i++) {
            if (!configured.contains(targets.get(i))) {
                throw m.error(m.raw().get("targets") instanceof List ? "targets[" + i + "]" : "targets", "names '"
                        + targets.get(i) + "', which is not among the targets " + configured);
            }
        }
        List<String> to = values(m, "to");
        if (to.isEmpty()) {
            throw m.error("to", "is required: one or more addresses or templates such as \"{manager.email}\"");
        }
        List<Template> recipients = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            String key = m.raw().get("to") instanceof List ? "to[" + i + "]" : "to";
            Template t = Template.parse(m.at(key), to.get(i), NotificationRules.VALUES);
            String literal = to.get(i).replace("{{}", "").replace("{}}", "");
            if (literal.indexOf('{') < 0) {
                Addresses.problem(to.get(i).strip()).ifPresent(p -> {
                    throw m.error(key, p);
                });
            }
            recipients.add(t);
        }
        Template subject = Template.parse(m.at("subject"), m.required("subject"), NotificationRules.VALUES);
        return new NotificationRules.Message(name, new LinkedHashSet<>(on), new LinkedHashSet<>(targets), recipients,
                subject, body(m));
    }

    private static Template body(Section m) {
        if (m.has("body") == m.has("bodyFile")) {
            throw m.error("body", m.has("body") ? "and bodyFile are both set; write the text in one of them"
                    : "is required (or bodyFile: a file beside the configuration)");
        }
        if (m.has("body")) {
            return Template.parse(m.at("body"), m.string("body", ""), NotificationRules.VALUES);
        }
        Path base = Path.of(m.file()).toAbsolutePath().getParent();
        Path file = base == null ? Path.of(m.required("bodyFile")) : base.resolve(m.required("bodyFile"));
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw m.error("bodyFile", "cannot be read: " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        return Template.parse(m.at("bodyFile") + " (" + file + ")", text, NotificationRules.VALUES);
    }

    /** A list of plain values; a single value is a list of one. */
    private static List<String> values(Section s, String key) {
        Object v = s.raw().get(key);
        if (v == null || v instanceof List) {
            return s.strings(key).stream().map(String::strip).toList();
        }
        return List.of(s.string(key, "").strip());
    }

    private static int whole(Section s, String key, int fallback, int min, int max) {
        String v = s.string(key, String.valueOf(fallback)).strip();
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw s.error(key, "must be a whole number from " + min + " to " + max + ", not '" + v + "'");
    }

    private static void known(Section s, Set<String> keys) {
        for (String key : s.raw().keySet()) {
            if (!keys.contains(key)) {
                throw s.error(key, "is not a known setting; the settings are " + new TreeSet<>(keys));
            }
        }
    }
}

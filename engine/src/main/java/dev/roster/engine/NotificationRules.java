package dev.roster.engine;

import dev.roster.model.Action;
import dev.roster.notify.SmtpSettings;
import dev.roster.policy.Template;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code notifications} section: the mail server and the messages applied actions call for.
 * Empty ({@link #NONE}) when the configuration has no such section. Immutable.
 *
 * @param smtp        the mail server; present whenever {@code messages} is not empty
 * @param maxAttempts the attempts to send a message before it is given up
 */
public record NotificationRules(Optional<SmtpSettings> smtp, int maxAttempts, List<Message> messages) {

    /** No notifications. */
    public static final NotificationRules NONE = new NotificationRules(Optional.empty(), 1, List.of());

    /** The values a message's templates may name beside those of the person, contract and manager. */
    public static final Set<String> VALUES = Set.of("action.verb", "action.target", "action.reason", "action.date",
            "action.summary", "action.permission", "account.name");

    public NotificationRules {
        Objects.requireNonNull(smtp, "smtp");
        messages = List.copyOf(messages);
        if (!messages.isEmpty() && smtp.isEmpty()) {
            throw new IllegalArgumentException("messages need a mail server");
        }
    }

    /**
     * One configured message.
     *
     * @param name    its name in the configuration, kept with each notification
     * @param on      the verbs of the actions that call for it (create, update, enable, ...)
     * @param targets the targets whose actions call for it; empty for every target
     * @param to      the recipients' templates, each giving one address (or nothing)
     */
    public record Message(String name, Set<String> on, Set<String> targets, List<Template> to, Template subject,
            Template body) {
        public Message {
            Objects.requireNonNull(name, "name");
            on = Set.copyOf(on);
            targets = Set.copyOf(targets);
            to = List.copyOf(to);
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
        }

        /** True when {@code action}, once applied, calls for this message. */
        public boolean matches(Action action) {
            return on.contains(action.verb()) && (targets.isEmpty() || targets.contains(action.target()));
        }
    }
}

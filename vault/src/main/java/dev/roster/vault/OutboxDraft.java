package dev.roster.vault;

import java.util.List;
import java.util.Objects;

/**
 * A notification to queue: which configured message, because of which action of which run, and
 * its rendered recipients, subject and body.
 *
 * @param actionKey  names the action within its run, e.g. "disable ad 100235"; with {@code run} and
 *                   {@code message} it identifies the notification, so queuing it again adds nothing
 * @param recipients the addresses to send to; empty when every recipient was left out
 * @param skipped    the recipients left out, each with the reason ("to[0] {manager.email} is empty")
 */
public record OutboxDraft(long run, String message, String personId, String target, String actionKey,
        List<String> recipients, List<String> skipped, String subject, String body) {
    public OutboxDraft {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actionKey, "actionKey");
        recipients = List.copyOf(recipients);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}

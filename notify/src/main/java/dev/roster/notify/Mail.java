package dev.roster.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message waiting in the outbox, as the delivery sees it.
 *
 * @param id         the outbox's id of the message; with {@code created}, it makes the Message-ID,
 *                   so that a message sent again after a lost reply can be recognised as the same
 * @param name       the configured message's name ("leaver"), for logs
 * @param recipients one or more addresses
 * @param attempts   the failed attempts so far
 */
public record Mail(long id, String name, List<String> recipients, String subject, String body, int attempts,
        Instant created) {
    public Mail {
        Objects.requireNonNull(name, "name");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("message " + id + " has no recipients");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(created, "created");
    }
}

package dev.roster.vault;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification as the outbox keeps it (see {@link OutboxDraft} for the fields it was queued
 * with).
 *
 * @param attempts  the failed attempts to send it
 * @param lastError the last failure, or for a sent message the recipients the server refused;
 *                  empty when none
 * @param sentAt    when the server accepted it; empty unless {@link OutboxStatus#SENT}
 */
public record OutboxMessage(long id, long run, String message, String personId, String target, String actionKey,
        List<String> recipients, List<String> skipped, String subject, String body, OutboxStatus status,
        int attempts, String lastError, Instant createdAt, Optional<Instant> sentAt) {
    public OutboxMessage {
        recipients = List.copyOf(recipients);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(status, "status");
        lastError = lastError == null ? "" : lastError;
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}

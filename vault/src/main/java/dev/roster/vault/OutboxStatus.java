package dev.roster.vault;

/** Where a notification in the outbox stands. */
public enum OutboxStatus {
    /** Waiting to be sent: new, or failed fewer times than allowed. */
    PENDING,
    /** The mail server accepted it. */
    SENT,
    /** Given up: it failed as often as allowed, or it had no recipient. */
    FAILED
}

package dev.roster.vault;

import java.time.Instant;
import java.util.Objects;

/** One line of the append-only audit log: who did what, when. All fields are non-null. */
public record AuditEntry(long id, Instant at, String actor, String event, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(detail, "detail");
    }
}

package dev.roster.vault;

import java.time.Instant;
import java.util.Objects;

/** A person an administrator excluded: who did it, when and why. All fields are non-null. */
public record Exclusion(String personId, String actor, String reason, Instant at) {
    public Exclusion {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}

package dev.roster.vault;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A run (import, plan, apply, cycle) as the vault recorded it. {@code finishedAt} and
 * {@code outcome} are empty while the run is in progress; {@code counts} is then empty too.
 */
public record RunInfo(long id, String kind, long revision, Instant startedAt,
        Optional<Instant> finishedAt, Optional<String> outcome, Map<String, Long> counts) {
    public RunInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(outcome, "outcome");
        counts = Map.copyOf(counts);
    }
}

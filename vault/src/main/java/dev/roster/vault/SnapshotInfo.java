package dev.roster.vault;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the vault keeps about a stored snapshot besides its persons and departments.
 * {@code revision} is the snapshot's number (see {@link Vault#revision()}); {@code importedAt} is
 * kept to the microsecond; {@code counts} iterate by name. {@code blocked} are the records the
 * mapping left out and {@code breaches} the source thresholds it was over when stored (empty
 * unless it was held).
 */
public record SnapshotInfo(long revision, SnapshotStatus status, String source, Instant importedAt,
        LocalDate asOf, int personCount, Map<String, Integer> counts, List<String> warnings,
        List<String> blocked, List<String> breaches) {

    public SnapshotInfo {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(asOf, "asOf");
        counts = Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(counts)));
        warnings = List.copyOf(warnings);
        blocked = List.copyOf(blocked);
        breaches = List.copyOf(breaches);
    }
}

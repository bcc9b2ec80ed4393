package dev.roster.vault;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the vault keeps about an accepted snapshot besides its persons and departments.
 * {@code importedAt} is kept to the microsecond; {@code counts} iterate by name.
 */
public record SnapshotInfo(long revision, String source, Instant importedAt, LocalDate asOf,
        int personCount, Map<String, Integer> counts, List<String> warnings) {

    public SnapshotInfo {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(asOf, "asOf");
        counts = Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(counts)));
        warnings = List.copyOf(warnings);
    }
}

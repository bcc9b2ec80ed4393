package dev.roster.engine;

import dev.roster.mapping.Aggregated;
import dev.roster.mapping.Blocked;
import dev.roster.mapping.Conflict;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an import did: records read per export, persons stored, records blocked by the mapping,
 * persons aggregated from several HR records and the conflicts met doing so,
 * warnings from the source, the snapshot's revision, whether it was held by a source threshold
 * (and which limits it broke), and how long it took: {@code elapsed} in all, of which
 * {@code storing} was spent storing the snapshot in the vault (the rest reading and mapping).
 * {@code unchanged}: the source delivered what the current snapshot was made from, so nothing was
 * mapped or stored; the figures are the current snapshot's, and {@code records} is 0.
 */
public record ImportReport(String source, Map<String, Integer> counts, int records, int persons,
        List<Blocked> blocked, List<Aggregated> aggregated, List<Conflict> conflicts, List<String> warnings,
        long revision, boolean held, List<String> breaches, Duration elapsed, Duration storing, boolean unchanged) {
    public ImportReport {
        aggregated = List.copyOf(aggregated);
        conflicts = List.copyOf(conflicts);
        counts = Map.copyOf(counts);
        blocked = List.copyOf(blocked);
        warnings = List.copyOf(warnings);
        breaches = List.copyOf(breaches);
    }

    /** A report of a full import. */
    public ImportReport(String source, Map<String, Integer> counts, int records, int persons,
            List<Blocked> blocked, List<Aggregated> aggregated, List<Conflict> conflicts, List<String> warnings,
            long revision, boolean held, List<String> breaches, Duration elapsed, Duration storing) {
        this(source, counts, records, persons, blocked, aggregated, conflicts, warnings, revision, held, breaches,
                elapsed, storing, false);
    }
}

package dev.roster.policy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every account every person should have, by target and person id, as of one date.
 *
 * @param accounts target name to (person id to desired account); sorted for stable plans
 */
public record DesiredState(LocalDate asOf, SortedMap<String, SortedMap<String, DesiredAccount>> accounts) {
    public DesiredState {
        Objects.requireNonNull(asOf, "asOf");
        SortedMap<String, SortedMap<String, DesiredAccount>> copy = new TreeMap<>();
        accounts.forEach((t, m) -> copy.put(t, new TreeMap<>(m)));
        accounts = copy;
    }

    /** The desired accounts in {@code target} by person id; empty when none. */
    public SortedMap<String, DesiredAccount> in(String target) {
        return accounts.getOrDefault(target, new TreeMap<>());
    }

    public int count() {
        return accounts.values().stream().mapToInt(Map::size).sum();
    }
}

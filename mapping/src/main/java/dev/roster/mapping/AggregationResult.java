package dev.roster.mapping;

import dev.roster.model.Person;
import java.util.List;

/**
 * What aggregation made of the mapped persons.
 *
 * @param persons   one person per natural person, in the source order of their most recent record
 * @param merged    the persons made of more than one record
 * @param conflicts records that shared a key but disagreed, with what the policy did
 */
public record AggregationResult(List<Person> persons, List<Aggregated> merged, List<Conflict> conflicts) {
    public AggregationResult {
        persons = List.copyOf(persons);
        merged = List.copyOf(merged);
        conflicts = List.copyOf(conflicts);
    }
}

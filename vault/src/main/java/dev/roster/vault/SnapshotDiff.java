package dev.roster.vault;

import dev.roster.model.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The differences between the persons of two snapshots, one {@link PersonChange} per person who
 * changed, ordered by person id; unchanged persons are not listed. {@code fromRevision} 0 is the
 * empty vault before the first snapshot. Equal inputs give equal diffs.
 */
public record SnapshotDiff(long fromRevision, long toRevision, int fromCount, int toCount,
        List<PersonChange> persons) {

    public SnapshotDiff {
        persons = persons.stream().sorted(Comparator.comparing(PersonChange::personId)).toList();
    }

    /**
     * Compares two collections of persons without a database.
     *
     * @throws IllegalArgumentException when a person id occurs twice on one side
     */
    public static SnapshotDiff between(long fromRevision, Collection<Person> from, long toRevision,
            Collection<Person> to) {
        Map<String, Person> before = byId(from, fromRevision);
        Map<String, Person> after = byId(to, toRevision);
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<PersonChange> changes = new ArrayList<>();
        for (String id : ids) {
            PersonComparer.compare(before.get(id), after.get(id)).ifPresent(changes::add);
        }
        return new SnapshotDiff(fromRevision, toRevision, from.size(), to.size(), changes);
    }

    /** True when no person changed. */
    public boolean isEmpty() {
        return persons.isEmpty();
    }

    /** The ids of the persons with a change of {@code kind}, ordered. */
    public List<String> personIds(ChangeKind kind) {
        Objects.requireNonNull(kind, "kind");
        return persons.stream().filter(p -> p.is(kind)).map(PersonChange::personId).toList();
    }

    /** The number of persons with a change of each kind; every kind is present. */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, personIds(kind).size());
        }
        return counts;
    }

    /** The change of {@code personId}; empty when that person did not change. */
    public Optional<PersonChange> person(String personId) {
        return persons.stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    private static Map<String, Person> byId(Collection<Person> persons, long revision) {
        try {
            return persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("snapshot " + revision + " has a person twice: "
                    + e.getMessage(), e);
        }
    }
}

package dev.roster.vault;

import dev.roster.model.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;

/**
 * The current snapshot as a new one is compared with it: which persons it has, and whether a
 * person of the new snapshot is unchanged. Either the persons this process kept in memory
 * ({@link Kept}: compared directly, and only the changed ones are hashed) or the hashes stored
 * with the links ({@link Stored}: every new person hashed).
 */
abstract sealed class Baseline {

    /** The ids of the current snapshot's persons. */
    abstract Set<String> ids();

    /** Whether {@code person}, the {@code index}th of the new snapshot, is as in the current one. */
    abstract boolean unchanged(int index, Person person);

    /** The hash of a person's JSON ({@link SnapshotWriter#hash}). */
    abstract String hash(int index, Person person);

    /** The current snapshot's persons, as this process stored or read them. */
    static final class Kept extends Baseline {
        private final Map<String, Person> byId = new HashMap<>();

        Kept(List<Person> persons) {
            persons.forEach(p -> byId.put(p.id(), p));
        }

        @Override
        Set<String> ids() {
            return byId.keySet();
        }

        @Override
        boolean unchanged(int index, Person person) {
            Person before = byId.get(person.id());
            return person == before || person.equals(before); // the engine shares unchanged persons
        }

        @Override
        String hash(int index, Person person) {
            return SnapshotWriter.hash(person);
        }
    }

    /** The current snapshot's links with their hashes, and the new persons' hashes being worked out. */
    static final class Stored extends Baseline {
        private final Map<String, SnapshotWriter.Version> accepted;
        private final ForkJoinTask<String[]> hashing;

        Stored(Map<String, SnapshotWriter.Version> accepted, ForkJoinTask<String[]> hashing) {
            this.accepted = accepted;
            this.hashing = hashing;
        }

        @Override
        Set<String> ids() {
            return accepted.keySet();
        }

        @Override
        boolean unchanged(int index, Person person) {
            SnapshotWriter.Version old = accepted.get(person.id());
            return old != null && old.hash().equals(hash(index, person));
        }

        @Override
        String hash(int index, Person person) {
            return hashing.join()[index]; // a failure to write a person as JSON is rethrown
        }
    }
}

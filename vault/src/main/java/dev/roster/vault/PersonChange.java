package dev.roster.vault;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one person changed between two snapshots: the kinds of change (one or more, in
 * {@link ChangeKind} order) and each changed value in a fixed order (name, contact, fields by
 * name, contracts by id). {@code displayName} is from the later snapshot, or the earlier one for
 * a leaver. A joiner or leaver has one change with path "person".
 */
public record PersonChange(String personId, String displayName, Set<ChangeKind> kinds,
        List<FieldChange> changes) {

    public PersonChange {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(displayName, "displayName");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("person " + personId + " has no changes");
        }
        EnumSet<ChangeKind> all = EnumSet.noneOf(ChangeKind.class);
        changes.forEach(c -> all.add(c.kind()));
        if (!all.equals(kinds.isEmpty() ? EnumSet.noneOf(ChangeKind.class) : EnumSet.copyOf(kinds))) {
            throw new IllegalArgumentException("person " + personId + ": kinds " + kinds
                    + " are not those of the changes " + all);
        }
        kinds = Collections.unmodifiableSet(all);
    }

    /** A change of {@code changes}' kinds. */
    public PersonChange(String personId, String displayName, List<FieldChange> changes) {
        this(personId, displayName, kindsOf(changes), changes);
    }

    public boolean is(ChangeKind kind) {
        return kinds.contains(kind);
    }

    private static Set<ChangeKind> kindsOf(List<FieldChange> changes) {
        EnumSet<ChangeKind> all = EnumSet.noneOf(ChangeKind.class);
        changes.forEach(c -> all.add(c.kind()));
        return all;
    }
}

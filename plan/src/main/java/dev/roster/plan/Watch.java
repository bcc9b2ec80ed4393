package dev.roster.plan;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the plan of one target compares with what the target has now, beyond the ledger: the
 * attributes whose value in the target is corrected when it was changed by hand (drift), and the
 * groups whose members are exactly those the rules give (fully managed). Both need an
 * {@link dev.roster.model.Observation} of the target when planning.
 *
 * @param driftAttributes attribute names, as the target's attributes are configured
 * @param managedGroups   permissions (groups), as the rules name them
 */
public record Watch(Set<String> driftAttributes, Set<String> managedGroups) {

    /** Nothing watched: the plan comes from the ledger alone. */
    public static final Watch NONE = new Watch(Set.of(), Set.of());

    public Watch {
        driftAttributes = Collections.unmodifiableSortedSet(new TreeSet<>(driftAttributes));
        managedGroups = Collections.unmodifiableSortedSet(new TreeSet<>(managedGroups));
    }

    /** True when nothing is watched, so the target need not be read. */
    public boolean isEmpty() {
        return driftAttributes.isEmpty() && managedGroups.isEmpty();
    }
}

package dev.roster.policy;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What accounts in one target look like and when they live: the value the target correlates
 * existing accounts on, the attributes with their templates, the lifecycle windows, and the groups
 * the target declares fully managed (their members are exactly those the rules give them).
 *
 * @param managedGroups permissions (groups) as the rules name them; sorted, empty when none
 */
public record TargetPolicy(String target, Template correlation, Map<String, AttributeRule> attributes,
        Lifecycle lifecycle, Set<String> managedGroups) {
    public TargetPolicy {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(correlation, "correlation");
        Objects.requireNonNull(lifecycle, "lifecycle");
        attributes = Map.copyOf(attributes);
        managedGroups = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(managedGroups));
    }

    /** Without fully managed groups. */
    public TargetPolicy(String target, Template correlation, Map<String, AttributeRule> attributes,
            Lifecycle lifecycle) {
        this(target, correlation, attributes, lifecycle, Set.of());
    }

    /** With the {@link Lifecycle#DEFAULT} lifecycle. */
    public TargetPolicy(String target, Template correlation, Map<String, AttributeRule> attributes) {
        this(target, correlation, attributes, Lifecycle.DEFAULT);
    }

    /** The names of the attributes written only when the account is created. */
    public Set<String> createOnly() {
        Set<String> out = new TreeSet<>();
        attributes.forEach((name, rule) -> {
            if (rule.createOnly()) {
                out.add(name);
            }
        });
        return Set.copyOf(out);
    }

    /** The names of the attributes whose value in the target is read and corrected (drift); sorted. */
    public Set<String> driftAttributes() {
        Set<String> out = new TreeSet<>();
        attributes.forEach((name, rule) -> {
            if (rule.drift()) {
                out.add(name);
            }
        });
        return java.util.Collections.unmodifiableSet(out);
    }

    /** True when planning needs to read the target: drift is on for an attribute, or a group is fully managed. */
    public boolean observes() {
        return !managedGroups.isEmpty() || attributes.values().stream().anyMatch(AttributeRule::drift);
    }
}

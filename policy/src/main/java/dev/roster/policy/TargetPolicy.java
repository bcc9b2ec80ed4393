package dev.roster.policy;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What accounts in one target look like and when they live: the value the target correlates
 * existing accounts on, the attributes with their templates, and the lifecycle windows.
 */
public record TargetPolicy(String target, Template correlation, Map<String, AttributeRule> attributes,
        Lifecycle lifecycle) {
    public TargetPolicy {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(correlation, "correlation");
        Objects.requireNonNull(lifecycle, "lifecycle");
        attributes = Map.copyOf(attributes);
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
}

package dev.roster.policy;

import java.util.Map;
import java.util.Objects;

/**
 * What accounts in one target look like: the value the target correlates existing accounts on,
 * and the attributes with their templates.
 */
public record TargetPolicy(String target, Template correlation, Map<String, AttributeRule> attributes) {
    public TargetPolicy {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(correlation, "correlation");
        attributes = Map.copyOf(attributes);
    }
}

package dev.roster.policy;

import java.util.Objects;

/**
 * How one target attribute follows the person: its template, whether it is written only when the
 * account is created (names that must stay stable) or kept up to date always, and whether the plan
 * reads the target's current value to correct a change made by hand ({@code drift}; only for
 * attributes kept up to date).
 */
public record AttributeRule(Template value, boolean createOnly, boolean drift) {
    public AttributeRule {
        Objects.requireNonNull(value, "value");
        if (createOnly && drift) {
            throw new IllegalArgumentException("an attribute written only at creation is never corrected");
        }
    }

    /** Without drift correction. */
    public AttributeRule(Template value, boolean createOnly) {
        this(value, createOnly, false);
    }
}

package dev.roster.policy;

import java.util.Objects;

/**
 * How one target attribute follows the person: its template, and whether it is written only when
 * the account is created (names that must stay stable) or kept up to date always.
 */
public record AttributeRule(Template value, boolean createOnly) {
    public AttributeRule {
        Objects.requireNonNull(value, "value");
    }
}

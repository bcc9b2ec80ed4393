package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.util.Map;
import java.util.Objects;

/**
 * How one target attribute follows the person: its template, whether it is written only when the
 * account is created (names that must stay stable) or kept up to date always, whether the plan
 * reads the target's current value to correct a change made by hand ({@code drift}; only for
 * attributes kept up to date), and, for a value chosen from a fixed list such as an account's OU,
 * the table the template's result is looked up in. Immutable.
 *
 * @param table    the value for each result of the template; empty to take the result as it is
 * @param fallback the value when the result is empty or not in the table; null without a table
 * @param keepWhenEmpty whether an empty result leaves the target's value as it is ({@code ifEmpty:
 *                 keep}) instead of clearing it (the default)
 */
public record AttributeRule(Template value, boolean createOnly, boolean drift, Map<String, String> table,
        String fallback, boolean keepWhenEmpty) {
    public AttributeRule {
        Objects.requireNonNull(value, "value");
        if (createOnly && drift) {
            throw new IllegalArgumentException("an attribute written only at creation is never corrected");
        }
        table = Map.copyOf(table);
        if (!table.isEmpty()) {
            Objects.requireNonNull(fallback, "fallback");
        }
    }

    public AttributeRule(Template value, boolean createOnly, boolean drift, Map<String, String> table,
            String fallback) {
        this(value, createOnly, drift, table, fallback, false);
    }

    /** An attribute that takes its template's result as it is, without drift correction. */
    public AttributeRule(Template value, boolean createOnly) {
        this(value, createOnly, false);
    }

    /** An attribute that takes its template's result as it is. */
    public AttributeRule(Template value, boolean createOnly, boolean drift) {
        this(value, createOnly, drift, Map.of(), null);
    }

    /** A value looked up in {@code table}, without drift correction. */
    public AttributeRule(Template value, boolean createOnly, Map<String, String> table, String fallback) {
        this(value, createOnly, false, table, fallback);
    }

    /** The attribute's value for the person and the contract whose values it takes (may be null). */
    String render(Person person, Contract contract) {
        String result = value.render(person, contract);
        if (table.isEmpty()) {
            return result;
        }
        String found = table.get(result.strip());
        return found == null ? fallback : found;
    }
}

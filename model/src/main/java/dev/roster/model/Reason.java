package dev.roster.model;

import java.util.Objects;

/**
 * Why an action is in a plan: the rule (or lifecycle or precedence rule) that caused it and the
 * facts behind it, e.g. rule "employees", because "contract 100235-1-1 in OE-210 runs since
 * 2025-01-01".
 */
public record Reason(String rule, String because) {
    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(because, "because");
    }

    @Override
    public String toString() {
        return rule + ": " + because;
    }
}

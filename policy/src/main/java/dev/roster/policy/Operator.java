package dev.roster.policy;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a {@link Compare} tests a value, with the key that names it in the rules:
 * {@code equals} (one value), {@code in} (a list), {@code startsWith} (one prefix or a list),
 * {@code matches} (a regular expression the whole value must match), {@code exists}
 * ({@code true}: the value is not empty, {@code false}: it is), {@code atLeast} and {@code atMost}
 * (numbers, e.g. {@code contract.hours}; a value that is not a number fails both).
 */
public enum Operator {
    EQUALS("equals", "equal to"),
    IN("in", "in"),
    STARTS_WITH("startsWith", "starting with"),
    MATCHES("matches", "matching"),
    EXISTS("exists", "present"),
    AT_LEAST("atLeast", "at least"),
    AT_MOST("atMost", "at most");

    private final String key;
    private final String phrase;

    Operator(String key, String phrase) {
        this.key = key;
        this.phrase = phrase;
    }

    /** The key in the rules: "equals", "startsWith", ... */
    public String key() {
        return key;
    }

    String phrase() {
        return phrase;
    }

    /** The operator written as {@code key}, or null. */
    static Operator byKey(String key) {
        for (Operator o : values()) {
            if (o.key.equals(key)) {
                return o;
            }
        }
        return null;
    }

    static String keys() {
        return Arrays.stream(values()).map(Operator::key).collect(Collectors.joining(", "));
    }
}

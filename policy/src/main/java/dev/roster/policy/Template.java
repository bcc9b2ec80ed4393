package dev.roster.policy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A text with placeholders: {@code "dep-{contract.departmentId}"},
 * {@code "{person.callName|username}.{person.familyName|username}"}. A placeholder names a value
 * (see {@link Values}) and optional filters applied left to right (see {@link Filters}). Literal
 * braces are written {@code {{} } and {@code {}}}. Immutable and thread-safe.
 */
public final class Template {

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    /**
     * @param where the configuration setting holding the template, for messages
     * @throws ConfigException naming the setting for an unclosed brace, an unknown value or filter
     */
    public static Template parse(String where, String source) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("{{}", i)) {
                text.append('{');
                i += 3;
            } else if (source.startsWith("{}}", i)) {
                text.append('}');
                i += 3;
            } else if (c == '{') {
                int close = source.indexOf('}', i);
                if (close < 0) {
                    throw new ConfigException(where + ": unclosed '{' at position " + (i + 1) + " in \"" + source + "\"");
                }
                if (text.length() > 0) {
                    String literal = text.toString();
                    parts.add((person, contract) -> literal);
                    text.setLength(0);
                }
                parts.add(placeholder(where, source.substring(i + 1, close).strip()));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            String literal = text.toString();
            parts.add((person, contract) -> literal);
        }
        return new Template(source, List.copyOf(parts));
    }

    private static Part placeholder(String where, String expression) {
        String[] pieces = expression.split("\\|");
        String path = pieces[0].strip();
        if (!Values.isKnown(path)) {
            throw new ConfigException(where + ": unknown value '" + path + "'; known values are "
                    + Values.describe());
        }
        Values.Accessor value = Values.accessor(path);
        if (pieces.length == 1) {
            return (person, contract) -> value.get(person, contract);
        }
        Function<String, String> filter = Filters.parse(where, pieces[1].strip());
        for (int k = 2; k < pieces.length; k++) {
            filter = filter.andThen(Filters.parse(where, pieces[k].strip()));
        }
        Function<String, String> chain = filter;
        return (person, contract) -> chain.apply(value.get(person, contract));
    }

    /** The text with every placeholder replaced by its value for {@code values}. */
    public String render(Values values) {
        return render(values.person(), values.contract());
    }

    /** As {@link #render(Values)}; {@code contract} may be null. */
    String render(Person person, Contract contract) {
        if (parts.size() == 1) {
            return parts.get(0).render(person, contract);
        }
        StringBuilder b = new StringBuilder(32);
        for (Part part : parts) {
            b.append(part.render(person, contract));
        }
        return b.toString();
    }

    /** True when the template names any value of the contract, so it varies per contract. */
    public boolean perContract() {
        return source.contains("{contract.") || source.contains("{ contract.");
    }

    @Override
    public String toString() {
        return source;
    }

    @FunctionalInterface
    private interface Part {
        String render(Person person, Contract contract);
    }
}

package dev.roster.policy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A text with placeholders: {@code "dep-{contract.departmentId}"},
 * {@code "{person.callName|username}.{person.familyName|username}"}. A placeholder names a value
 * (see {@link Values}) and optional filters applied left to right (see {@link Filters}). Literal
 * braces are written {@code {{} } and {@code {}}}. Immutable and thread-safe.
 *
 * <p>A template about a person for a message (see {@link #parse(String, String, Set)}) may also
 * name the values of the person's manager, {@code manager.NAME} for each {@code person.NAME}, and
 * further values its caller supplies by name, such as {@code action.verb}.
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
        return parse(where, source, null);
    }

    /**
     * As {@link #parse(String, String)}, also accepting {@code manager.NAME} for every value
     * {@code person.NAME} (read from {@link Values#manager()}, empty without a manager) and each name
     * in {@code more} (read from {@link Values#more()}, empty when absent).
     *
     * @throws ConfigException naming the setting for an unclosed brace, an unknown value or filter
     */
    public static Template parse(String where, String source, Set<String> more) {
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
                    parts.add((person, contract, values) -> literal);
                    text.setLength(0);
                }
                parts.add(placeholder(where, source.substring(i + 1, close).strip(), more));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            String literal = text.toString();
            parts.add((person, contract, values) -> literal);
        }
        return new Template(source, List.copyOf(parts));
    }

    private static Part placeholder(String where, String expression, Set<String> more) {
        String[] pieces = expression.split("\\|");
        String path = pieces[0].strip();
        Part value = value(path, more);
        if (value == null) {
            throw new ConfigException(where + ": unknown value '" + path + "'; known values are "
                    + (more == null ? Values.describe() : describe(more)));
        }
        if (pieces.length == 1) {
            return value;
        }
        Function<String, String> filter = Filters.parse(where, pieces[1].strip());
        for (int k = 2; k < pieces.length; k++) {
            filter = filter.andThen(Filters.parse(where, pieces[k].strip()));
        }
        Function<String, String> chain = filter;
        return (person, contract, values) -> chain.apply(value.render(person, contract, values));
    }

    /** The part reading the value at {@code path}, or null when the path names none. */
    private static Part value(String path, Set<String> more) {
        Values.Accessor standard = Values.accessor(path);
        if (standard != null) {
            return (person, contract, values) -> standard.get(person, contract);
        }
        if (more == null) {
            return null;
        }
        if (path.startsWith("manager.")) {
            String own = "person." + path.substring("manager.".length());
            Values.Accessor of = Values.isContractPath(own) ? null : Values.accessor(own);
            return of == null ? null : (person, contract, values) ->
                    values == null || values.manager() == null ? "" : of.get(values.manager(), null);
        }
        if (more.contains(path)) {
            return (person, contract, values) -> values == null ? "" : values.more().getOrDefault(path, "");
        }
        return null;
    }

    private static String describe(Set<String> more) {
        String standard = Values.describe();
        return standard.substring(0, standard.length() - 1) + ", manager.email, manager.displayName, manager.NAME, "
                + String.join(", ", new TreeSet<>(more)) + "]";
    }

    /** The text with every placeholder replaced by its value for {@code values}. */
    public String render(Values values) {
        return render(values.person(), values.contract(), values);
    }

    /** As {@link #render(Values)}; {@code contract} may be null. */
    String render(Person person, Contract contract) {
        return render(person, contract, null);
    }

    private String render(Person person, Contract contract, Values values) {
        if (parts.size() == 1) {
            return parts.get(0).render(person, contract, values);
        }
        StringBuilder b = new StringBuilder(32);
        for (Part part : parts) {
            b.append(part.render(person, contract, values));
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
        /** @param values the values of a message (manager, more), or null for an attribute */
        String render(Person person, Contract contract, Values values);
    }
}

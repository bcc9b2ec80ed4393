package dev.roster.mapping;

import dev.roster.model.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which raw source fields a person and its contracts keep in {@code fields} (and so in the vault):
 * every one ({@code all}), or those some mapping, custom field or rule uses plus those matching
 * {@code patterns} (a name, or a prefix ending in {@code *}). Immutable and thread-safe.
 *
 * @param all      keep every source field
 * @param patterns further fields to keep when not {@code all}
 */
public record KeepSourceFields(boolean all, List<String> patterns) {

    /** The default: the used fields and every custom field ({@code udf.*}). */
    public static final KeepSourceFields USED = new KeepSourceFields(false, List.of("udf.*"));

    /** Every source field. */
    public static final KeepSourceFields ALL = new KeepSourceFields(true, List.of());

    public KeepSourceFields {
        patterns = List.copyOf(patterns);
    }

    /**
     * The setting {@code used}, {@code all}, or a list of further names and prefixes ({@code []}
     * keeps only the used fields, without {@code udf.*}).
     *
     * @throws ConfigException naming {@code where} for anything else
     */
    public static KeepSourceFields parse(String where, Object value) {
        if ("used".equals(value)) {
            return USED;
        }
        if ("all".equals(value)) {
            return ALL;
        }
        if (value instanceof List<?> list) {
            List<String> patterns = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object p = list.get(i);
                if (!(p instanceof String s) || s.isBlank() || s.indexOf('*') >= 0 && !s.endsWith("*")) {
                    throw new ConfigException(where + "[" + i + "]: must be a field name or a prefix "
                            + "ending in *, got " + (p == null ? "nothing" : "'" + p + "'"));
                }
                patterns.add(s.strip());
            }
            return new KeepSourceFields(false, patterns);
        }
        throw new ConfigException(where + ": must be used, all, or a list of field names and "
                + "prefixes ending in *, got '" + value + "'");
    }

    /** Whether the source field {@code name} is kept, given the {@code used} field names. */
    public boolean keeps(String name, Set<String> used) {
        if (all || used.contains(name)) {
            return true;
        }
        for (String p : patterns) {
            if (p.endsWith("*") ? name.startsWith(p.substring(0, p.length() - 1)) : name.equals(p)) {
                return true;
            }
        }
        return false;
    }
}

package dev.roster.mapping;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a source record or contract as an expression sees them ({@code record.firstname},
 * {@code record['udf.Locatie']}): read-only, and an absent field reads as the empty string, as
 * {@link dev.roster.model.SourceRecord#field} does. Public only because the expression engine
 * must see it; the sandbox lets expressions read its entries and nothing else.
 */
public final class SourceFields extends AbstractMap<String, String> {

    private final Map<String, String> fields;

    SourceFields(Map<String, String> fields) {
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The value of the field named {@code key}, or the empty string when there is none. */
    @Override
    public String get(Object key) {
        String value = fields.get(key);
        return value == null ? "" : value;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return fields.entrySet();
    }
}

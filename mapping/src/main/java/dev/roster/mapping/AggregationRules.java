package dev.roster.mapping;

import dev.roster.model.ConfigException;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Aggregator} recognises the records of one natural person.
 *
 * @param keyFields  source field names (as in {@code Person.fields()}) whose normalised values,
 *                   together, are the key; a record with any of them empty is never aggregated
 * @param onConflict what to do with a record that shares the key but conflicts
 */
public record AggregationRules(List<String> keyFields, ConflictPolicy onConflict) {

    /** The default key: initials, birth name with its prefix, date of birth and gender. */
    public static final List<String> DEFAULT_KEY = List.of("initials", "prefixbirthname",
            "birthname", "dateofbirth", "gender");

    /** Key parts that may be empty without making the key unusable (a name prefix often is). */
    static final List<String> OPTIONAL_PARTS = List.of("prefixbirthname");

    public AggregationRules {
        keyFields = List.copyOf(keyFields);
        Objects.requireNonNull(onConflict, "onConflict");
        if (keyFields.isEmpty()) {
            throw new ConfigException("aggregation.key must name at least one field");
        }
    }

    /** The default key, conflicting records kept apart. */
    public static AggregationRules defaults() {
        return new AggregationRules(DEFAULT_KEY, ConflictPolicy.KEEP_APART);
    }

    /** The value of one custom field (e.g. {@code UniqueID}, read as {@code udf.UniqueID}) is the key. */
    public static AggregationRules byCustomField(String fieldName, ConflictPolicy onConflict) {
        if (fieldName == null || fieldName.isBlank()) {
            throw new ConfigException("aggregation.customField must be a non-empty field name");
        }
        return new AggregationRules(List.of("udf." + fieldName.strip()), onConflict);
    }

    public AggregationRules withOnConflict(ConflictPolicy policy) {
        return new AggregationRules(keyFields, policy);
    }
}

package dev.roster.mapping;

/**
 * Two records that share an aggregation key but disagree on {@code field}; {@code policy} says
 * what was done.
 *
 * @param personId    the most recent record of the key, whose values the person takes
 * @param recordId    the record that disagrees with it
 * @param field       the field they disagree on, e.g. {@code businessemailaddress (domain)}
 */
public record Conflict(String personId, String recordId, String field, String personValue,
                       String recordValue, ConflictPolicy policy) {

    @Override
    public String toString() {
        return "records " + personId + " and " + recordId + " share an aggregation key but differ in "
                + field + " ('" + personValue + "' and '" + recordValue + "'): "
                + (policy == ConflictPolicy.MERGE ? "merged anyway (onConflict: merge)"
                : "kept apart (onConflict: keepApart)");
    }
}

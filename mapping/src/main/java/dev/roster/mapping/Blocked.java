package dev.roster.mapping;

/**
 * A source record that could not become a person: which record, which field, and why. A blocked
 * record is left out of the snapshot; the other records go on.
 */
public record Blocked(String recordId, String field, String reason) {
    @Override
    public String toString() {
        return "record " + recordId + ", field " + field + ": " + reason;
    }
}

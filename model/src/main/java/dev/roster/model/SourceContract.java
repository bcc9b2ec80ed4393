package dev.roster.model;

import java.util.Map;
import java.util.Objects;

/**
 * One contract as a source delivers it, before mapping: fields by source name, values as sent.
 * Fields a connector derives by joining (such as a manager's person id) are included under names
 * the connector documents.
 */
public record SourceContract(String id, Map<String, String> fields) {
    public SourceContract {
        Objects.requireNonNull(id, "id");
        fields = Map.copyOf(fields);
    }

    /** The value of {@code field}, or the empty string when absent. */
    public String field(String field) {
        return fields.getOrDefault(field, "");
    }
}

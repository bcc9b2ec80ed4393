package dev.roster.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One person-shaped record as a source delivers it, before mapping: the fields of an HR employee
 * record by their source names, with its contracts. Values are strings as the source sent them;
 * an absent value is the empty string or a missing key.
 *
 * @param id       the source's key of the record (e.g. the Visma {@code employeeid})
 * @param fields   source and custom fields of the record
 * @param contracts the contracts the source joined to this record
 */
public record SourceRecord(String id, Map<String, String> fields, List<SourceContract> contracts) {
    public SourceRecord {
        Objects.requireNonNull(id, "id");
        fields = Map.copyOf(fields);
        contracts = List.copyOf(contracts);
    }

    /** The value of {@code field}, or the empty string when absent. */
    public String field(String field) {
        return fields.getOrDefault(field, "");
    }
}

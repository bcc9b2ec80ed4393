package dev.roster.mapping;

import java.util.List;

/**
 * Several records that became one person.
 *
 * @param personId  the id of the person: its most recent record's id
 * @param recordIds the ids of all its records, most recent first
 */
public record Aggregated(String personId, List<String> recordIds) {
    public Aggregated {
        recordIds = List.copyOf(recordIds);
    }

    @Override
    public String toString() {
        return "person " + personId + " aggregated from records " + String.join(", ", recordIds);
    }
}

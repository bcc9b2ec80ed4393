package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a user-defined field ("vrij veld") of an employee record or, when
 * {@code contractId} is non-empty, of a (sub)contract. {@code start} and {@code end} are null when
 * open.
 */
public record UdfRecord(
        String employeeId,
        String contractId,
        String subcontractId,
        String entityName,
        String fieldTypeId,
        String fieldName,
        String value,
        String listName,
        LocalDate start,
        LocalDate end) {

    public UdfRecord {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(fieldName, "fieldName");
    }

    /** Whether this period contains {@code day}; an open bound contains everything. */
    public boolean validOn(LocalDate day) {
        return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
    }
}

package dev.roster.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One employment contract of a person.
 *
 * <p>{@code start} is required; {@code end} is null for an open-ended contract and is the last
 * day worked. String fields are never null (empty when absent); {@code hours} may be null.
 * {@code fields} holds the source fields and custom fields of the contract by name.
 */
public record Contract(
        String id,
        LocalDate start,
        LocalDate end,
        String departmentId,
        String departmentName,
        String title,
        String managerId,
        String costCenter,
        String location,
        String employer,
        BigDecimal hours,
        Map<String, String> fields) {

    public Contract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start of contract " + id);
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "contract " + id + ": end " + end + " is before start " + start);
        }
        departmentId = nn(departmentId);
        departmentName = nn(departmentName);
        title = nn(title);
        managerId = nn(managerId);
        costCenter = nn(costCenter);
        location = nn(location);
        employer = nn(employer);
        fields = Map.copyOf(fields == null ? Map.of() : fields);
    }

    /** True when the contract runs on {@code day}: started on or before it and not yet ended. */
    public boolean activeOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}

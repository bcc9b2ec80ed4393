package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One history row of an organisation unit (one row of the organization-units export). A unit
 * renamed or closed has several rows with the same {@code id}. {@code end} is null when open.
 *
 * @param parentId      empty for the root
 * @param managerUserId the user id (users export) of the unit's manager
 */
public record OrgUnit(
        String id,
        String parentId,
        String type,
        String name,
        String nameEn,
        String managerName,
        String managerUserId,
        String costCenterCode,
        String costCenterName,
        LocalDate start,
        LocalDate end) {

    public OrgUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
    }

    /** Whether this row is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }
}

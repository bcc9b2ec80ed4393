package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One (sub)contract of an employee record (one row of the contracts export). Strings are never
 * null; {@code end} is null for an open-ended contract.
 *
 * @param costCenterName the cost center's name, which is what Visma puts in the contract
 * @param weekHours      hours per week, formatted with two decimals and a dot
 * @param managerUserId  the manager's user id (users export), or empty
 */
public record ContractRecord(
        String employeeId,
        String contractId,
        String subcontractId,
        LocalDate start,
        LocalDate end,
        boolean fixedTerm,
        String orgUnitId,
        String orgUnitName,
        String costCenterName,
        String functionId,
        String functionName,
        String functionNameEn,
        String weekHours,
        String managerUserId,
        String managerName) {

    public ContractRecord {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(start, "start");
    }

    /** Whether the contract runs on {@code day} (start and end inclusive). */
    public boolean activeOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    /** The connector's contract key: employee, contract and subcontract ids joined with '-'. */
    public String key() {
        return employeeId + "-" + contractId + "-" + subcontractId;
    }
}

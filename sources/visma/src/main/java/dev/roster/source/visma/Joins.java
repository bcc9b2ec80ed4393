package dev.roster.source.visma;

import dev.roster.model.Department;
import dev.roster.model.SourceContract;
import dev.roster.model.SourceRecord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Joins the collected exports into source records and departments. Adds to each contract the
 * derived fields {@code manager.employeeid} (via {@code manageruserid} and the users export),
 * {@code costcenter.code} (the cost center whose name the contract carries), {@code orgunit.name},
 * {@code orgunit.parentid} and {@code orgunit.manager.employeeid} (from the unit's row valid on the
 * import date, or on the contract's last day for a unit closed since), and its custom fields (see
 * {@link CustomFields}); employee records get theirs. An unresolvable link leaves the field out
 * and adds a warning naming both ids. Consumes the tables: use once.
 */
final class Joins {

    private final Tables t;

    Joins(Tables tables) {
        this.t = tables;
    }

    /** {@code employeeid-contractid-subcontractid}. */
    static String contractKey(Map<String, String> row) {
        return row.getOrDefault("employeeid", "") + "-" + row.getOrDefault("contractid", "") + "-"
                + row.getOrDefault("subcontractid", "");
    }

    /**
     * One record per employee row to {@code each}, in file order; without kept contracts only
     * when asked. Each employee's rows are dropped from the tables as their record is made.
     *
     * @return the number of records handed over
     */
    int records(boolean excludeWithoutContracts, Consumer<SourceRecord> each) {
        for (String employeeId : t.contracts.keySet()) {
            if (!t.employees.containsKey(employeeId)) {
                t.warnings.add("contracts: employeeid " + employeeId
                        + " has contracts but is not in the employees export; they were skipped");
            }
        }
        int records = 0;
        Iterator<Map.Entry<String, Map<String, String>>> it = t.employees.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Map<String, String>> e = it.next();
            it.remove();
            List<SourceContract> contracts = new ArrayList<>();
            for (Map<String, String> row : t.contracts.getOrDefault(e.getKey(), List.of())) {
                contracts.add(contract(row));
            }
            t.contracts.remove(e.getKey());
            Map<String, String> udfs = t.employeeUdfs.take(e.getKey(), t.asOf, t.warnings);
            if (contracts.isEmpty() && excludeWithoutContracts) {
                continue;
            }
            each.accept(new SourceRecord(e.getKey(), Fields.merge(e.getValue(), udfs), contracts));
            records++;
        }
        return records;
    }

    private SourceContract contract(Map<String, String> row) {
        String key = contractKey(row);
        Map<String, String> fields = new HashMap<>(8);
        String manager = manager(row.getOrDefault("manageruserid", ""), "contract " + key, t.warnings);
        if (!manager.isEmpty()) {
            fields.put("manager.employeeid", manager);
        }
        String costCenter = row.getOrDefault("costcenter", "");
        if (!costCenter.isEmpty()) {
            String code = t.costCenterCodes.get(costCenter);
            if (code == null) {
                t.warnings.add("contract " + key + ": cost center '" + costCenter
                        + "' is not in the cost-centers export");
            } else {
                fields.put("costcenter.code", code);
            }
        }
        String unitId = row.getOrDefault("orgunit", "");
        if (!unitId.isEmpty()) {
            Map<String, String> unit = t.orgUnit(unitId, t.asOf, lastDay(row));
            if (unit == null) {
                t.warnings.add("contract " + key + ": orgunit " + unitId
                        + " is not an organization unit valid on " + t.asOf);
            } else {
                fields.put("orgunit.name", unit.getOrDefault("orgname", ""));
                putIfPresent(fields, "orgunit.parentid", unit.getOrDefault("orgunitparentid", ""));
                putIfPresent(fields, "orgunit.manager.employeeid",
                        manager(unit.getOrDefault("manageruserid", ""), "", null));
            }
        }
        fields.putAll(t.contractUdfs.take(key, t.asOf, t.warnings));
        return new SourceContract(key, Fields.merge(row, fields));
    }

    /** The contract's end date when it has ended before the import date, else null. */
    private LocalDate lastDay(Map<String, String> row) {
        try {
            LocalDate end = Tables.date(row.get("enddate"));
            return end != null && end.isBefore(t.asOf) ? end : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The organisation units valid on the as-of date, in file order; parents checked. Their
     * warnings go to {@code warnings}, not yet to the read's, so that a caller can join the
     * departments first and still list their warnings after the records'.
     */
    List<Department> departments(List<String> warnings) {
        Map<String, Department> departments = new LinkedHashMap<>();
        for (String id : t.orgUnits.keySet()) {
            Map<String, String> unit = t.orgUnit(id, t.asOf, null);
            if (unit != null) {
                departments.put(id, new Department(id, unit.get("orgname"), unit.get("orgunitparentid"),
                        manager(unit.getOrDefault("manageruserid", ""), "organization unit " + id, warnings)));
            }
        }
        for (Department d : departments.values()) {
            if (!d.parentId().isEmpty() && !departments.containsKey(d.parentId())) {
                warnings.add("organization unit " + d.id() + ": parent " + d.parentId()
                        + " is not an organization unit valid on " + t.asOf);
            }
        }
        return new ArrayList<>(departments.values());
    }

    /** manageruserid to the user's employeeid; empty when that fails, with a warning in {@code warnings} unless null. */
    private String manager(String userId, String owner, List<String> warnings) {
        if (userId.isEmpty()) {
            return "";
        }
        String employeeId = t.userEmployees.get(userId);
        if (employeeId == null) {
            if (warnings != null) {
                warnings.add(owner + ": manageruserid " + userId + " is not in the users export");
            }
            return "";
        }
        if (employeeId.isEmpty() && warnings != null) {
            warnings.add(owner + ": manager user " + userId + " is linked to no employee");
        }
        return employeeId;
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value) {
        if (!value.isEmpty()) {
            fields.put(name, value);
        }
    }
}

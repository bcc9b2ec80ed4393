package dev.roster.source.visma;

import dev.roster.model.Department;
import dev.roster.model.SourceContract;
import dev.roster.model.SourceRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the collected exports into source records and departments. Adds to each contract the
 * derived fields {@code manager.employeeid}, {@code costcenter.code}, {@code orgunit.name} and its
 * {@code udf.*} fields; unresolvable links leave the field out and add a warning.
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

    /** One record per employee row, in file order; without kept contracts only when asked. */
    List<SourceRecord> records(boolean excludeWithoutContracts) {
        List<SourceRecord> records = new ArrayList<>(t.employees.size());
        for (Map.Entry<String, Map<String, String>> e : t.employees.entrySet()) {
            List<SourceContract> contracts = new ArrayList<>();
            for (Map<String, String> row : t.contracts.getOrDefault(e.getKey(), List.of())) {
                contracts.add(contract(row));
            }
            if (contracts.isEmpty() && excludeWithoutContracts) {
                continue;
            }
            Map<String, String> fields = e.getValue();
            fields.putAll(t.employeeUdfs.getOrDefault(e.getKey(), Map.of()));
            records.add(new SourceRecord(e.getKey(), fields, contracts));
        }
        for (String employeeId : t.contracts.keySet()) {
            if (!t.employees.containsKey(employeeId)) {
                t.warnings.add("contracts: employeeid " + employeeId
                        + " has contracts but is not in the employees export; they were skipped");
            }
        }
        return records;
    }

    private SourceContract contract(Map<String, String> row) {
        String key = contractKey(row);
        Map<String, String> fields = new HashMap<>(row);
        String manager = manager(row.getOrDefault("manageruserid", ""), "contract " + key);
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
        String unit = row.getOrDefault("orgunit", "");
        if (!unit.isEmpty()) {
            Map<String, String> valid = t.orgUnits.get(unit);
            if (valid == null) {
                t.warnings.add("contract " + key + ": orgunit " + unit
                        + " is not an organization unit valid on " + t.asOf);
            } else {
                fields.put("orgunit.name", valid.getOrDefault("orgname", ""));
            }
        }
        fields.putAll(t.contractUdfs.getOrDefault(key, Map.of()));
        return new SourceContract(key, fields);
    }

    /** The organisation units valid on the as-of date, in file order. */
    List<Department> departments() {
        List<Department> departments = new ArrayList<>(t.orgUnits.size());
        for (Map<String, String> unit : t.orgUnits.values()) {
            String id = unit.get("orgunitid");
            departments.add(new Department(id, unit.get("orgname"), unit.get("orgunitparentid"),
                    manager(unit.getOrDefault("manageruserid", ""), "organization unit " + id)));
        }
        return departments;
    }

    /** manageruserid to the user's employeeid; empty, with a warning, when that fails. */
    private String manager(String userId, String owner) {
        if (userId.isEmpty()) {
            return "";
        }
        String employeeId = t.userEmployees.get(userId);
        if (employeeId == null) {
            t.warnings.add(owner + ": manageruserid " + userId + " is not in the users export");
            return "";
        }
        if (employeeId.isEmpty()) {
            t.warnings.add(owner + ": manager user " + userId + " is linked to no employee");
        }
        return employeeId;
    }
}

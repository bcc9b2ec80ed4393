package dev.roster.source.visma;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one read collected from the seven exports, already reduced to what the batch needs: rows
 * keep only their non-empty cells, histories only the rows valid on the as-of date, contracts only
 * those inside the contract window. Not thread-safe; one per read.
 */
final class Tables {

    final LocalDate asOf;
    final LocalDate windowStart;
    final List<String> warnings = new ArrayList<>();
    /** Employee rows by employeeid, in file order. */
    final Map<String, Map<String, String>> employees = new LinkedHashMap<>();
    /** {@code udf.*} fields valid on asOf, by employeeid. */
    final Map<String, Map<String, String>> employeeUdfs = new HashMap<>();
    /** Contract rows in the window, by employeeid, in file order. */
    final Map<String, List<Map<String, String>>> contracts = new LinkedHashMap<>();
    /** {@code udf.*} fields valid on asOf, by contract key. */
    final Map<String, Map<String, String>> contractUdfs = new HashMap<>();
    /** Organisation unit rows valid on asOf, by orgunitid, in file order. */
    final Map<String, Map<String, String>> orgUnits = new LinkedHashMap<>();
    /** Cost center code by cost center name. */
    final Map<String, String> costCenterCodes = new HashMap<>();
    /** Employee id by Visma user id; empty for users linked to no employee. */
    final Map<String, String> userEmployees = new HashMap<>();

    Tables(LocalDate asOf, int contractWindowDays) {
        this.asOf = asOf;
        this.windowStart = asOf.minusDays(contractWindowDays);
    }

    /** The handler of the rows of one export. */
    Consumer<Map<String, String>> sink(VismaExport export) {
        switch (export) {
            case EMPLOYEES: return this::employee;
            case EMPLOYEE_UDF_HISTORIES: return row -> udf(row, employeeUdfs, row.getOrDefault("employeeid", ""));
            case CONTRACTS: return this::contract;
            case CONTRACT_UDF_HISTORIES: return row -> udf(row, contractUdfs, Joins.contractKey(row));
            case ORGANIZATION_UNITS: return this::orgUnit;
            case COST_CENTERS: return row -> costCenterCodes.putIfAbsent(row.get("costcentername"),
                    row.get("costcenter"));
            default: return row -> userEmployees.putIfAbsent(row.get("userid"),
                    row.getOrDefault("employeeid", ""));
        }
    }

    private void employee(Map<String, String> row) {
        String id = row.getOrDefault("employeeid", "");
        if (id.isEmpty()) {
            warnings.add("employees: a row without employeeid was skipped (" + row.get("formattedname") + ")");
        } else if (employees.containsKey(id)) {
            warnings.add("employees: employeeid " + id + " appears more than once; the first row was kept");
        } else {
            employees.put(id, compact(row));
        }
    }

    private void contract(Map<String, String> row) {
        String key = Joins.contractKey(row);
        LocalDate end;
        try {
            end = date(row.get("enddate"));
        } catch (DateTimeParseException e) {
            warnings.add("contracts: contract " + key + " has enddate '" + row.get("enddate")
                    + "', not a yyyy-MM-dd date; the contract was kept");
            end = null;
        }
        if (end == null || !end.isBefore(windowStart)) {
            contracts.computeIfAbsent(row.get("employeeid"), k -> new ArrayList<>(2)).add(compact(row));
        }
    }

    private void udf(Map<String, String> row, Map<String, Map<String, String>> target, String owner) {
        String field = row.getOrDefault("fieldname", "");
        if (field.isEmpty() || !validOn(row, "user-defined field of " + owner)) {
            return;
        }
        Map<String, String> fields = target.computeIfAbsent(owner, k -> new HashMap<>());
        String name = "udf." + field;
        if (!fields.containsKey(name)) {
            fields.put(name, row.getOrDefault("value", ""));
            String list = row.getOrDefault("listname", "");
            if (!list.isEmpty()) {
                fields.put(name + ".listname", list);
            }
        }
    }

    private void orgUnit(Map<String, String> row) {
        if (validOn(row, "organization unit " + row.get("orgunitid"))) {
            orgUnits.putIfAbsent(row.get("orgunitid"), compact(row));
        }
    }

    /** Whether the row's startdate..enddate (empty = open) contains asOf; bad dates warn. */
    private boolean validOn(Map<String, String> row, String what) {
        try {
            LocalDate start = date(row.get("startdate"));
            LocalDate end = date(row.get("enddate"));
            return (start == null || !start.isAfter(asOf)) && (end == null || !end.isBefore(asOf));
        } catch (DateTimeParseException e) {
            warnings.add(what + ": period '" + row.get("startdate") + "'..'" + row.get("enddate")
                    + "' is not made of yyyy-MM-dd dates; the row was skipped");
            return false;
        }
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    private static Map<String, String> compact(Map<String, String> row) {
        Map<String, String> kept = new HashMap<>();
        row.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                kept.put(k, v);
            }
        });
        return kept;
    }
}

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
 * as {@link CsvRows} made them (non-empty cells only), contracts only those inside the contract
 * window. Custom fields
 * and organisation units keep their history. Not thread-safe; one per read.
 */
final class Tables {

    final LocalDate asOf;
    final LocalDate windowStart;
    /** The read's warnings: the exports' (see {@link #gatherWarnings}), then the joins'. */
    final List<String> warnings = new ArrayList<>();
    /** Each export's warnings, kept apart so that exports can be read side by side. */
    private final Map<VismaExport, List<String>> exportWarnings = new java.util.EnumMap<>(VismaExport.class);
    /** Employee rows by employeeid, in file order. */
    final Map<String, Map<String, String>> employees = new LinkedHashMap<>();
    final CustomFields employeeUdfs = new CustomFields("employee");
    /** Contract rows in the window, by employeeid, in file order. */
    final Map<String, List<Map<String, String>>> contracts = new LinkedHashMap<>();
    final CustomFields contractUdfs = new CustomFields("contract");
    /** Every organisation unit row, history included, by orgunitid, in file order. */
    final Map<String, List<Map<String, String>>> orgUnits = new LinkedHashMap<>();
    /** Cost center code by cost center name. */
    final Map<String, String> costCenterCodes = new HashMap<>();
    /** Employee id by Visma user id; empty for users linked to no employee. */
    final Map<String, String> userEmployees = new HashMap<>();

    Tables(LocalDate asOf, int contractWindowDays) {
        this.asOf = asOf;
        this.windowStart = asOf.minusDays(contractWindowDays);
        for (VismaExport export : VismaExport.values()) {
            exportWarnings.put(export, new ArrayList<>());
        }
    }

    /**
     * The warnings of one export. The sink of each export touches only that export's tables and
     * warnings, so different exports may be read on different threads, each by one thread.
     */
    List<String> warnings(VismaExport export) {
        return exportWarnings.get(export);
    }

    /** Adds the exports' warnings to {@link #warnings}, in the order of the exports. */
    void gatherWarnings() {
        exportWarnings.values().forEach(warnings::addAll);
        exportWarnings.values().forEach(List::clear);
    }

    /** The handler of the rows of one export. */
    Consumer<Map<String, String>> sink(VismaExport export) {
        switch (export) {
            case EMPLOYEES: return this::employee;
            case EMPLOYEE_UDF_HISTORIES: return row -> udf(row, employeeUdfs, row.getOrDefault("employeeid", ""),
                    warnings(export));
            case CONTRACTS: return this::contract;
            case CONTRACT_UDF_HISTORIES: return row -> udf(row, contractUdfs, Joins.contractKey(row), warnings(export));
            case ORGANIZATION_UNITS: return this::orgUnitRow;
            case COST_CENTERS: return row -> costCenterCodes.putIfAbsent(row.getOrDefault("costcentername", ""),
                    row.getOrDefault("costcenter", ""));
            default: return row -> userEmployees.putIfAbsent(row.getOrDefault("userid", ""),
                    row.getOrDefault("employeeid", ""));
        }
    }

    /**
     * The row of unit {@code id} valid on {@code day}, else (for a unit closed since) the row
     * valid on {@code fallbackDay}; null when neither exists.
     */
    Map<String, String> orgUnit(String id, LocalDate day, LocalDate fallbackDay) {
        List<Map<String, String>> rows = orgUnits.getOrDefault(id, List.of());
        for (LocalDate d : new LocalDate[] {day, fallbackDay}) {
            for (Map<String, String> row : rows) {
                if (d != null && validOn(row, d)) {
                    return row;
                }
            }
        }
        return null;
    }

    private void orgUnitRow(Map<String, String> row) {
        String id = row.getOrDefault("orgunitid", "");
        try {
            date(row.get("startdate"));
            date(row.get("enddate"));
        } catch (DateTimeParseException e) {
            warnings(VismaExport.ORGANIZATION_UNITS).add("organization unit " + id + ": period '" + row.get("startdate") + "'..'"
                    + row.get("enddate") + "' is not made of yyyy-MM-dd dates; the row was skipped");
            return;
        }
        orgUnits.computeIfAbsent(id, k -> new ArrayList<>(1)).add(row);
    }

    private void employee(Map<String, String> row) {
        String id = row.getOrDefault("employeeid", "");
        if (id.isEmpty()) {
            warnings(VismaExport.EMPLOYEES).add("employees: a row without employeeid was skipped (" + row.get("formattedname") + ")");
        } else if (employees.containsKey(id)) {
            warnings(VismaExport.EMPLOYEES).add("employees: employeeid " + id + " appears more than once; the first row was kept");
        } else {
            employees.put(id, row);
        }
    }

    private void contract(Map<String, String> row) {
        String key = Joins.contractKey(row);
        LocalDate end;
        try {
            end = date(row.get("enddate"));
        } catch (DateTimeParseException e) {
            warnings(VismaExport.CONTRACTS).add("contracts: contract " + key + " has enddate '" + row.get("enddate")
                    + "', not a yyyy-MM-dd date; the contract was kept");
            end = null;
        }
        if (end == null || !end.isBefore(windowStart)) {
            contracts.computeIfAbsent(row.getOrDefault("employeeid", ""), k -> new ArrayList<>(2)).add(row);
        }
    }

    private static void udf(Map<String, String> row, CustomFields target, String owner, List<String> warnings) {
        String field = row.getOrDefault("fieldname", "");
        if (field.isEmpty()) {
            return;
        }
        try {
            target.add(owner, field, new CustomFields.Period(row.getOrDefault("value", ""),
                    row.getOrDefault("listname", ""), date(row.get("startdate")), date(row.get("enddate"))));
        } catch (DateTimeParseException e) {
            warnings.add("custom field '" + field + "' of " + owner + ": period '" + row.get("startdate")
                    + "'..'" + row.get("enddate") + "' is not made of yyyy-MM-dd dates; the row was skipped");
        }
    }

    /** Whether the row's startdate..enddate (empty = open) contains {@code day}; bad dates do not. */
    private static boolean validOn(Map<String, String> row, LocalDate day) {
        try {
            LocalDate start = date(row.get("startdate"));
            LocalDate end = date(row.get("enddate"));
            return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * @return the yyyy-MM-dd date, null for none
     * @throws DateTimeParseException when the text is not such a date
     */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
                return LocalDate.of(year, month, day); // the common case, without the formatter
            }
        }
        return LocalDate.parse(text.trim());
    }

    /** The number the ASCII digits text[from, to) spell, or -1 when one is no digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}

package dev.roster.sim.visma;

import dev.roster.sim.hr.HrTable;

import java.util.Locale;

/** The seven exports of the Visma.net HRM (NL) export API, with their paths and scopes. */
public enum VismaExport {
    EMPLOYEES("employees", "employees", "employeeFileUris", Scopes.EMPLOYEES, HrTable.EMPLOYEES, true),
    EMPLOYEE_UDF_HISTORIES("employee-udf-histories", "employees/user-defined-field-histories",
            "employeeUdfHistoryFileUris", Scopes.EMPLOYEES, HrTable.EMPLOYEE_UDFS, false),
    CONTRACTS("contracts", "contracts", "contractFileUris", Scopes.CONTRACTS, HrTable.CONTRACTS, true),
    CONTRACT_UDF_HISTORIES("contract-udf-histories", "contracts/user-defined-field-histories",
            "contractUdfHistoryFileUris", Scopes.CONTRACTS, HrTable.CONTRACT_UDFS, false),
    ORGANIZATION_UNITS("organization-units", "metadata/organization-units",
            "organizationUnitsFileUris", Scopes.ORGANIZATION_UNITS, HrTable.ORGANIZATION_UNITS, false),
    COST_CENTERS("cost-centers", "metadata/cost-centers", "costCentersFileUris", Scopes.METADATA,
            HrTable.COST_CENTERS, false),
    USERS("users", "users", "usersFileUris", Scopes.USERS, HrTable.USERS, false);

    private final String exportName;
    private final String path;
    private final String fileUriField;
    private final String scope;
    private final HrTable table;
    private final boolean changeTimestamp;

    VismaExport(String exportName, String path, String fileUriField, String scope, HrTable table,
                boolean changeTimestamp) {
        this.exportName = exportName;
        this.path = path;
        this.fileUriField = fileUriField;
        this.scope = scope;
        this.table = table;
        this.changeTimestamp = changeTimestamp;
    }

    /** The short name used in fault injection and in the connector's counts, e.g. "cost-centers". */
    public String exportName() {
        return exportName;
    }

    /** The path of the command (POST), relative to the API base: {@code /v1/command/nl/hrm/...}. */
    public String commandPath() {
        return "/v1/command/nl/hrm/" + path;
    }

    /** The path of the query (GET, append {@code /{jobId}}): {@code /v1/query/nl/hrm/...}. */
    public String queryPath() {
        return "/v1/query/nl/hrm/" + path;
    }

    /** The property of the job status that carries the array of download URLs. */
    public String fileUriField() {
        return fileUriField;
    }

    /** The scope a token needs for this export. */
    public String scope() {
        return scope;
    }

    public HrTable table() {
        return table;
    }

    /** Whether the job status carries {@code changeTimestampBefore}. */
    public boolean hasChangeTimestamp() {
        return changeTimestamp;
    }

    /**
     * @throws IllegalArgumentException for an unknown name
     */
    public static VismaExport byName(String exportName) {
        for (VismaExport e : values()) {
            if (e.exportName.equals(exportName.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new IllegalArgumentException("no Visma export named " + exportName);
    }
}

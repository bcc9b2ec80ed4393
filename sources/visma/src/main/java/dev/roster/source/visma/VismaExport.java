package dev.roster.source.visma;

import java.util.List;

/** The seven exports the source reads, in reading order, with the columns it cannot do without. */
enum VismaExport {
    EMPLOYEES("employees", "employees", "employeeFileUris", "exportemployees", List.of("employeeid")),
    EMPLOYEE_UDF_HISTORIES("employee-udf-histories", "employees/user-defined-field-histories",
            "employeeUdfHistoryFileUris", "exportemployees",
            List.of("employeeid", "fieldname", "value", "startdate", "enddate")),
    CONTRACTS("contracts", "contracts", "contractFileUris", "exportcontracts",
            List.of("employeeid", "contractid", "subcontractid", "startdate", "enddate")),
    CONTRACT_UDF_HISTORIES("contract-udf-histories", "contracts/user-defined-field-histories",
            "contractUdfHistoryFileUris", "exportcontracts", List.of("employeeid", "contractid",
            "subcontractid", "fieldname", "value", "startdate", "enddate")),
    ORGANIZATION_UNITS("organization-units", "metadata/organization-units",
            "organizationUnitsFileUris", "exportorganizationunits",
            List.of("orgunitid", "orgunitparentid", "orgname", "manageruserid", "startdate", "enddate")),
    COST_CENTERS("cost-centers", "metadata/cost-centers", "costCentersFileUris", "exportmetadata",
            List.of("costcenter", "costcentername")),
    USERS("users", "users", "usersFileUris", "exportusers", List.of("userid", "employeeid"));

    /**
     * Contract columns left out of the contracts export, as the HelloID connector does: salary
     * data Roster has no use for.
     */
    static final String CONTRACT_EXCLUSIONS = "!catsrspfactor,catsscale,catsscaleid,catsscalename,"
            + "dayspw,distance,garsalaryhour,garscaletype,garstep,garstepname,maxdistance,ptfactor,"
            + "rosterid,salaryfulltime,salaryhour,salaryhourextra,salaryhourort,salaryhourtravel,"
            + "salarytype,scale,scaletype,scaletype_en,step,stepname";

    static final String SCOPE_PREFIX = "hrmanalytics:nlhrm:";
    static final List<String> SCOPES = List.of("exportemployees", "exportcontracts",
            "exportorganizationunits", "exportmetadata", "exportusers");
    static final String CONTACT_SCOPE = "exportcontactinformation";
    /** Employee columns that only a token with the contact scope fills (the spec's confirmed three). */
    static final List<String> CONTACT_COLUMNS = List.of("homeemailaddress", "officetelphonenumber",
            "officemobilephonenumber");

    private final String exportName;
    private final String path;
    private final String fileUriField;
    private final String scope;
    private final List<String> requiredColumns;

    VismaExport(String exportName, String path, String fileUriField, String scope,
                List<String> requiredColumns) {
        this.exportName = exportName;
        this.path = path;
        this.fileUriField = fileUriField;
        this.scope = scope;
        this.requiredColumns = requiredColumns;
    }

    /** The full Visma Connect scope a token needs for this export. */
    String scope() {
        return SCOPE_PREFIX + scope;
    }

    /** The name in messages and in the batch's counts, e.g. "cost-centers". */
    String exportName() {
        return exportName;
    }

    String commandPath() {
        return "/v1/command/nl/hrm/" + path;
    }

    String queryPath() {
        return "/v1/query/nl/hrm/" + path;
    }

    String fileUriField() {
        return fileUriField;
    }

    List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The {@code fields} parameter of the command: the exclusion list for contracts, else null (every column). */
    String fields() {
        return this == CONTRACTS ? CONTRACT_EXCLUSIONS : null;
    }

    /** The query string of the command: {@code ?fields=...} when it has {@link #fields()}, else empty. */
    String commandQuery() {
        return fields() == null ? "" : "?fields=" + fields();
    }
}

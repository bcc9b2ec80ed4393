package dev.roster.source.visma;

import java.util.List;

/** The seven exports the source reads, in reading order, with the columns it cannot do without. */
enum VismaExport {
    EMPLOYEES("employees", "employees", "employeeFileUris", List.of("employeeid")),
    EMPLOYEE_UDF_HISTORIES("employee-udf-histories", "employees/user-defined-field-histories",
            "employeeUdfHistoryFileUris",
            List.of("employeeid", "fieldname", "value", "startdate", "enddate")),
    CONTRACTS("contracts", "contracts", "contractFileUris",
            List.of("employeeid", "contractid", "subcontractid", "startdate", "enddate")),
    CONTRACT_UDF_HISTORIES("contract-udf-histories", "contracts/user-defined-field-histories",
            "contractUdfHistoryFileUris", List.of("employeeid", "contractid", "subcontractid",
            "fieldname", "value", "startdate", "enddate")),
    ORGANIZATION_UNITS("organization-units", "metadata/organization-units",
            "organizationUnitsFileUris",
            List.of("orgunitid", "orgunitparentid", "orgname", "manageruserid", "startdate", "enddate")),
    COST_CENTERS("cost-centers", "metadata/cost-centers", "costCentersFileUris",
            List.of("costcenter", "costcentername")),
    USERS("users", "users", "usersFileUris", List.of("userid", "employeeid"));

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

    private final String exportName;
    private final String path;
    private final String fileUriField;
    private final List<String> requiredColumns;

    VismaExport(String exportName, String path, String fileUriField, List<String> requiredColumns) {
        this.exportName = exportName;
        this.path = path;
        this.fileUriField = fileUriField;
        this.requiredColumns = requiredColumns;
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

    /** The query string of the command: the exclusion list for contracts, else empty. */
    String commandQuery() {
        return this == CONTRACTS ? "?fields=" + CONTRACT_EXCLUSIONS : "";
    }
}

package dev.roster.sim.hr;

import java.util.List;
import java.util.Set;

/**
 * The seven tables of a Visma.net HRM organisation, each with the CSV columns of its export in
 * file order (lower-case names as in the Visma export files).
 */
public enum HrTable {
    EMPLOYEES(List.of(
            "odporgid", "employeeid", "existencestartutc", "salutationid", "salutation", "initials",
            "firstname", "nickname", "nameusage", "nameusage_en", "namecode", "birthname",
            "prefixbirthname", "partnername", "prefixpartnername", "formattedname", "dateofbirth",
            "gender", "nationality", "nationality_en", "corraddress", "corraddress_en", "titlebefore",
            "titlebefore_en", "titleafter", "titleafter_en", "language", "language_en",
            "maritalstatusid", "maritalstatus", "officialdate", "employeegroupid", "employeegroupname",
            "employeegroupname_en", "ismanager", "companyid", "companyname", "boardnumber",
            "sicknessstreet", "sicknesshousenumber", "sicknesshousenumberext", "sicknesszipcode",
            "sicknesscity", "sicknesscountry", "sicknesscountry_en", "postalstreet",
            "postalhousenumber", "postalhousenumberext", "postalzipcode", "postalcity",
            "postalcountry", "postalcountry_en", "homestreet", "homehousenumber",
            "homehousenumberext", "homezipcode", "homecity", "homecountry", "homecountry_en",
            "otheraddresses", "otheraddresses_en", "businessemailaddress", "homeemailaddress",
            "homewebemailaddress", "businesswebemailaddress", "otheremailaddresses",
            "otheremailaddresses_en", "homephonenumber", "privatemobilephonenumber",
            "homefaxphonenumber", "officetelphonenumber", "officemobilephonenumber",
            "officeextphonenumber", "officefaxphonenumber", "secretaryphonenumber",
            "sicknessaddressphonenumber", "emergencyphonenumber", "otherphonenumbers",
            "otherphonenumbers_en")),
    EMPLOYEE_UDFS(List.of(
            "odporgid", "employeeid", "entityname", "fieldtypeid", "fieldname", "value", "listname",
            "startdate", "enddate", "existencestartutc")),
    CONTRACTS(List.of(
            "odporgid", "employeeid", "contractid", "subcontractid", "basesubcontractid",
            "existencestartutc", "startdate", "enddate", "probation", "contracttypeindication_en",
            "contracttypeindication_nl", "endreason", "endreasonname", "endreasonname_en", "cao",
            "externalcaocode", "type", "type_en", "costcenter", "costcenter_en", "orgunit",
            "orgunitname", "orgunitname_en", "extdepartmentid", "extdepartmentname",
            "extdepartmentname_en", "emptype", "emptypename", "emptypename_en", "expertiseid",
            "expertisename", "expertisename_en", "costunit", "costunit_en", "functionid",
            "functionname", "functionname_en", "rosterid", "ptfactor", "weekhoursfixed",
            "weekhoursvar", "normalhours", "scaletype", "scaletype_en", "scale", "step", "stepname",
            "garscaletype", "garscaletype_en", "garscale", "garstep", "garstepname", "catsscale",
            "catsscalename", "catsscaleid", "catsrspfactor", "salaryhour", "garsalaryhour",
            "salaryhourort", "salaryhourtravel", "salaryhourextra", "salarytype", "salaryfulltime",
            "distance", "maxdistance", "dayspw", "tariffid", "tariffname", "tariffname_en",
            "publictransportregid", "publictransportregname", "publictransportregname_en",
            "publictransportunits", "ispooler", "insurancetype", "insurancetypename",
            "insurancetypename_en", "financesource", "financesourcename", "financesourcename_en",
            "nickname", "birthname", "prefixbirthname", "formattedname", "dateofbirth", "gender",
            "manageruserid", "managername")),
    CONTRACT_UDFS(List.of(
            "odporgid", "employeeid", "contractid", "subcontractid", "entityname", "fieldtypeid",
            "fieldname", "value", "listname", "startdate", "enddate", "existencestartutc")),
    ORGANIZATION_UNITS(List.of(
            "odporgid", "publicid", "orgunitid", "orgunitparentid", "orgunittype", "orgreporttype",
            "manager", "manageruserid", "costcenter", "costcentername", "costcentername_en",
            "orgname", "orgname_en", "orgdescription", "orgdescription_en", "extdepartmentid",
            "extdepartmentname", "extdepartmentname_en", "existencestartutc", "startdate",
            "enddate")),
    COST_CENTERS(List.of(
            "odporgid", "costcenter", "costcentername", "costcentername_en", "existencestartutc")),
    USERS(List.of("userid", "emailaddress", "employeeid"));

    /**
     * Employee columns Visma fills only for a token with the {@code exportcontactinformation}
     * scope: private e-mail, phone numbers and addresses.
     */
    public static final Set<String> CONTACT_COLUMNS = Set.of(
            "homeemailaddress", "officetelphonenumber", "officemobilephonenumber",
            "homewebemailaddress", "otheremailaddresses", "otheremailaddresses_en",
            "homephonenumber", "privatemobilephonenumber", "homefaxphonenumber",
            "emergencyphonenumber", "otherphonenumbers", "otherphonenumbers_en",
            "sicknessaddressphonenumber", "otheraddresses", "otheraddresses_en",
            "sicknessstreet", "sicknesshousenumber", "sicknesshousenumberext", "sicknesszipcode",
            "sicknesscity", "sicknesscountry", "sicknesscountry_en",
            "postalstreet", "postalhousenumber", "postalhousenumberext", "postalzipcode",
            "postalcity", "postalcountry", "postalcountry_en",
            "homestreet", "homehousenumber", "homehousenumberext", "homezipcode", "homecity",
            "homecountry", "homecountry_en");

    private final List<String> columns;

    HrTable(List<String> columns) {
        this.columns = columns;
    }

    /** The header of the table's CSV file, in file order. */
    public List<String> columns() {
        return columns;
    }
}

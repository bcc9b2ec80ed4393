package dev.roster.sim.hr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns records into CSV rows of their {@link HrTable}. Columns the records do not model get
 * plausible constants, so every row of one table has the same shape.
 */
final class Rendering {

    private static final BigDecimal FULL_TIME = BigDecimal.valueOf(36);

    private Rendering() {
    }

    static String[] employee(EmployeeRecord e) {
        boolean male = e.gender().equals("M");
        Row row = new Row(HrTable.EMPLOYEES)
                .set("odporgid", Catalog.ODP_ORG_ID).set("employeeid", e.employeeId())
                .set("existencestartutc", e.created())
                .set("salutationid", male ? "1" : "2").set("salutation", male ? "Dhr." : "Mevr.")
                .set("initials", e.initials()).set("firstname", e.firstName())
                .set("nickname", e.nickname())
                .set("nameusage", e.nameUsage().dutch()).set("nameusage_en", e.nameUsage().english())
                .set("namecode", e.nameUsage().code())
                .set("birthname", e.birthName()).set("prefixbirthname", e.prefixBirthName())
                .set("partnername", e.partnerName()).set("prefixpartnername", e.prefixPartnerName())
                .set("formattedname", e.formattedName()).set("dateofbirth", e.dateOfBirth())
                .set("gender", e.gender())
                .set("nationality", "Nederlandse").set("nationality_en", "Dutch")
                .set("corraddress", "Woonadres").set("corraddress_en", "Home address")
                .set("language", "Nederlands").set("language_en", "Dutch")
                .set("employeegroupid", "01").set("employeegroupname", "Medewerkers")
                .set("employeegroupname_en", "Employees")
                .set("ismanager", Boolean.toString(e.isManager()))
                .set("companyid", Catalog.COMPANY_ID).set("companyname", Catalog.COMPANY_NAME)
                .set("homestreet", e.homeStreet()).set("homehousenumber", e.homeHouseNumber())
                .set("homezipcode", e.homeZipCode()).set("homecity", e.homeCity())
                .set("homecountry", "Nederland").set("homecountry_en", "Netherlands")
                .set("businessemailaddress", e.businessEmail())
                .set("homeemailaddress", e.homeEmail())
                .set("officetelphonenumber", e.officePhone())
                .set("officemobilephonenumber", e.officeMobile());
        return row.values();
    }

    static String[] contract(ContractRecord c, EmployeeRecord e) {
        boolean ended = c.end() != null;
        Row row = new Row(HrTable.CONTRACTS)
                .set("odporgid", Catalog.ODP_ORG_ID).set("employeeid", c.employeeId())
                .set("contractid", c.contractId()).set("subcontractid", c.subcontractId())
                .set("basesubcontractid", "1")
                .set("existencestartutc", c.start().minusDays(14) + "T09:00:00Z")
                .set("startdate", c.start()).set("enddate", c.end())
                .set("probation", c.fixedTerm() ? c.start().plusMonths(1).minusDays(1) : null)
                .set("contracttypeindication_en", c.fixedTerm() ? "Fixed term" : "Permanent")
                .set("contracttypeindication_nl", c.fixedTerm() ? "Bepaalde tijd" : "Onbepaalde tijd")
                .set("cao", "VVT").set("externalcaocode", "3001")
                .set("type", c.fixedTerm() ? "Bepaalde tijd" : "Onbepaalde tijd")
                .set("type_en", c.fixedTerm() ? "Fixed term" : "Permanent")
                .set("costcenter", c.costCenterName()).set("costcenter_en", c.costCenterName())
                .set("orgunit", c.orgUnitId()).set("orgunitname", c.orgUnitName())
                .set("orgunitname_en", c.orgUnitName())
                .coded("emptype", c.fixedTerm() ? "02" : "01", "emptypename",
                        c.fixedTerm() ? "Tijdelijk" : "Vast", c.fixedTerm() ? "Temporary" : "Permanent")
                .set("costunit", "KD-01").set("costunit_en", "KD-01")
                .coded("functionid", c.functionId(), "functionname", c.functionName(), c.functionNameEn())
                .set("rosterid", "R" + c.orgUnitId().substring(3))
                .set("ptfactor", new BigDecimal(c.weekHours())
                        .divide(FULL_TIME, 4, RoundingMode.HALF_UP).toPlainString())
                .set("weekhoursfixed", c.weekHours()).set("weekhoursvar", "0.00")
                .set("normalhours", "36.00")
                .set("scaletype", "FWG").set("scaletype_en", "FWG").set("scale", "45")
                .set("step", "7").set("stepname", "Trede 7").set("salaryhour", "21.37")
                .set("salarytype", "Uurloon").set("dayspw", "4").set("ispooler", "false")
                .coded("financesource", "WLZ", "financesourcename", "Wet langdurige zorg",
                        "Long-term care act")
                .set("nickname", e.nickname()).set("birthname", e.birthName())
                .set("prefixbirthname", e.prefixBirthName()).set("formattedname", e.formattedName())
                .set("dateofbirth", e.dateOfBirth()).set("gender", e.gender())
                .set("manageruserid", c.managerUserId()).set("managername", c.managerName());
        if (ended && c.fixedTerm()) {
            row.coded("endreason", "01", "endreasonname", "Einde contract", "End of contract");
        } else if (ended) {
            row.coded("endreason", "02", "endreasonname", "Eigen verzoek", "Resignation");
        }
        return row.values();
    }

    static String[] udf(UdfRecord u) {
        boolean contract = !u.contractId().isEmpty();
        Row row = new Row(contract ? HrTable.CONTRACT_UDFS : HrTable.EMPLOYEE_UDFS)
                .set("odporgid", Catalog.ODP_ORG_ID).set("employeeid", u.employeeId())
                .set("entityname", u.entityName()).set("fieldtypeid", u.fieldTypeId())
                .set("fieldname", u.fieldName()).set("value", u.value()).set("listname", u.listName())
                .set("startdate", u.start()).set("enddate", u.end())
                .set("existencestartutc", (u.start() == null ? "2015-01-01" : u.start()) + "T06:00:00Z");
        if (contract) {
            row.set("contractid", u.contractId()).set("subcontractid", u.subcontractId());
        }
        return row.values();
    }

    static String[] orgUnit(OrgUnit u, int ordinal) {
        return new Row(HrTable.ORGANIZATION_UNITS)
                .set("odporgid", Catalog.ODP_ORG_ID).set("publicid", String.format("OU-%04d", ordinal))
                .set("orgunitid", u.id()).set("orgunitparentid", u.parentId())
                .set("orgunittype", u.type()).set("orgreporttype", "Hierarchie")
                .set("manager", u.managerName()).set("manageruserid", u.managerUserId())
                .set("costcenter", u.costCenterCode()).set("costcentername", u.costCenterName())
                .set("costcentername_en", u.costCenterName())
                .set("orgname", u.name()).set("orgname_en", u.nameEn())
                .set("existencestartutc", u.start() + "T00:00:00Z")
                .set("startdate", u.start()).set("enddate", u.end()).values();
    }

    static String[] costCenter(CostCenter c) {
        return new Row(HrTable.COST_CENTERS).set("odporgid", Catalog.ODP_ORG_ID)
                .set("costcenter", c.code()).set("costcentername", c.name())
                .set("costcentername_en", c.nameEn())
                .set("existencestartutc", "2010-01-01T00:00:00Z").values();
    }

    static String[] user(UserAccount u) {
        return new Row(HrTable.USERS).set("userid", u.userId()).set("emailaddress", u.emailAddress())
                .set("employeeid", u.employeeId()).values();
    }
}

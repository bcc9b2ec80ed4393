package dev.roster.sim.visma;

import java.util.Set;

/** The Visma Connect scopes of the HRM export API. */
public final class Scopes {
    public static final String EMPLOYEES = "hrmanalytics:nlhrm:exportemployees";
    public static final String CONTRACTS = "hrmanalytics:nlhrm:exportcontracts";
    public static final String ORGANIZATION_UNITS = "hrmanalytics:nlhrm:exportorganizationunits";
    public static final String METADATA = "hrmanalytics:nlhrm:exportmetadata";
    public static final String USERS = "hrmanalytics:nlhrm:exportusers";
    public static final String CONTACT_INFORMATION = "hrmanalytics:nlhrm:exportcontactinformation";

    /** Every scope the simulator knows; a token request for another one is refused. */
    public static final Set<String> ALL = Set.of(EMPLOYEES, CONTRACTS, ORGANIZATION_UNITS, METADATA,
            USERS, CONTACT_INFORMATION);

    private Scopes() {
    }
}

package dev.roster.sim.hr;

/** The four Dutch naming conventions of an employee record, as Visma labels them. */
public enum NameUsage {
    /** Own family name only. */
    EIGEN("Eigen", "Own", "E"),
    /** Partner's family name only. */
    PARTNER("Partner", "Partner", "P"),
    /** Own family name, then the partner's. */
    EIGEN_PARTNER("Eig./Part.", "Own/partner", "EP"),
    /** Partner's family name, then the own. */
    PARTNER_EIGEN("Part./eig.", "Partner/own", "PE");

    private final String dutch;
    private final String english;
    private final String code;

    NameUsage(String dutch, String english, String code) {
        this.dutch = dutch;
        this.english = english;
        this.code = code;
    }

    /** The value of the {@code nameusage} column. */
    public String dutch() {
        return dutch;
    }

    /** The value of the {@code nameusage_en} column. */
    public String english() {
        return english;
    }

    /** The value of the {@code namecode} column. */
    public String code() {
        return code;
    }
}

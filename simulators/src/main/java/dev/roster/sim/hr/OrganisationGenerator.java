package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Generates a synthetic Dutch care organisation. The result is a pure function of the seed, the
 * number of employee records and the as-of date: the same three give byte-identical exports.
 * Dates are relative to the as-of date, so the organisation always looks current. Thread-safe.
 */
public final class OrganisationGenerator {

    /** The default number of employee records. */
    public static final int DEFAULT_EMPLOYEES = 500;

    private final long seed;

    public OrganisationGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * @param employees number of employee records, 1 to 899,999 (ids stay six digits)
     * @param asOf      the day the organisation is seen on; contracts end before it or start after it
     * @throws IllegalArgumentException when {@code employees} is out of range
     */
    public Organisation generate(int employees, LocalDate asOf) {
        return new Organisation(new Layout(seed, employees, Objects.requireNonNull(asOf, "asOf")));
    }

    /** {@link #DEFAULT_EMPLOYEES} employee records as of today. */
    public Organisation generate() {
        return generate(DEFAULT_EMPLOYEES, LocalDate.now());
    }
}

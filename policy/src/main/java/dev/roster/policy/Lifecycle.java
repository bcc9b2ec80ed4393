package dev.roster.policy;

import dev.roster.model.ConfigException;

/**
 * When a target's account exists and is enabled, relative to the contracts that give it. Per
 * contract of the rules of the target, with S its start and E its end (the last day worked):
 *
 * <ul>
 *   <li>the account exists (disabled) from {@code S - createDaysBefore};</li>
 *   <li>it is enabled from {@code S - enableDaysBefore} up to and including
 *       {@code E + disableDaysAfter}, and disabled the day after;</li>
 *   <li>it is deleted {@code deleteDaysAfter} days after it was disabled, on
 *       {@code E + disableDaysAfter + 1 + deleteDaysAfter}; never when {@code deleteDaysAfter} is
 *       {@link #NEVER}.</li>
 * </ul>
 *
 * With several contracts the account is enabled while any of them is within its enabled window
 * and exists while any of them is within its existence window, so a rehire before the delete date
 * re-enables the same account and a gap between contracts shorter than the windows goes
 * unnoticed. Defaults ({@link #DEFAULT}): created and enabled on the start date, disabled the day
 * after the end, never deleted.
 */
public record Lifecycle(int createDaysBefore, int enableDaysBefore, int disableDaysAfter, int deleteDaysAfter) {

    /** {@code deleteDaysAfter} meaning: keep the disabled account for ever. */
    public static final int NEVER = -1;

    public static final Lifecycle DEFAULT = new Lifecycle(0, 0, 0, NEVER);

    /** @throws ConfigException for negative days or an account enabled before it is created */
    public Lifecycle {
        if (createDaysBefore < 0 || enableDaysBefore < 0 || disableDaysAfter < 0 || deleteDaysAfter < NEVER) {
            throw new ConfigException("lifecycle: days must be zero or more (deleteDaysAfter may be never)");
        }
        if (enableDaysBefore > createDaysBefore) {
            throw new ConfigException("lifecycle: enableDaysBefore (" + enableDaysBefore
                    + ") is more than createDaysBefore (" + createDaysBefore + "): an account cannot be "
                    + "enabled before it is created");
        }
    }

    public boolean deletes() {
        return deleteDaysAfter != NEVER;
    }

    /** One line for people: "created 14 days before the start, enabled on the start, ...". */
    public String describe() {
        return "created " + before(createDaysBefore) + ", enabled " + before(enableDaysBefore)
                + ", disabled " + (disableDaysAfter == 0 ? "the day after the end"
                        : disableDaysAfter + " days after the end")
                + ", " + (deletes() ? "deleted " + deleteDaysAfter + " days after it was disabled" : "never deleted");
    }

    private static String before(int days) {
        return days == 0 ? "on the start date" : days + " days before the start";
    }
}

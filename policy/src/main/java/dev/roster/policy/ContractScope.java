package dev.roster.policy;

import dev.roster.model.ConfigException;
import java.util.Locale;

/**
 * Which contracts of a person a rule's condition is tested on, as of the plan date. Conditions
 * that name only person values hold or fail for every contract alike.
 *
 * <ul>
 *   <li>{@code ANY}: every contract of the person, past, running or future; those that satisfy
 *       the condition are the rule's contracts, each with its own lifecycle window.</li>
 *   <li>{@code PRIMARY}: of the contracts running on the date, only the primary one; contracts
 *       not running (ended, or still to start) are tested each on its own, as each was or will be
 *       the one contract of its time, so that lifecycle windows before the start and after the
 *       end work as with {@code ANY}.</li>
 *   <li>{@code ALL}: every contract running on the date must satisfy the condition, and all of
 *       them are then the rule's contracts; contracts not running as with {@code PRIMARY}.</li>
 * </ul>
 */
public enum ContractScope {
    ANY, PRIMARY, ALL;

    /** @throws ConfigException naming {@code where} for anything but any, primary or all */
    static ContractScope parse(String where, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "any" -> ANY;
            case "primary" -> PRIMARY;
            case "all" -> ALL;
            default -> throw new ConfigException(where + ": must be any, primary or all, not '" + value + "'");
        };
    }

    /** The word in the rules: "any", "primary", "all". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.roster.testkit;

import dev.roster.model.AccountRef;

/**
 * Changes the real system behind a target directly, bypassing the target, as an administrator does
 * by hand; {@link TargetContract} uses it to check that what a target observes is what the system
 * has, not what the target last wrote.
 */
public interface Hand {

    /**
     * @param value the new value; null removes the attribute
     * @throws AssertionError when there is no such account or the change fails
     */
    void setAttribute(AccountRef account, String attribute, String value);

    /** @throws AssertionError when the change fails; removing a non-member is no failure */
    void removeMember(AccountRef account, String permission);
}

package dev.roster.testkit;

import dev.roster.model.AccountRef;
import java.util.Optional;

/**
 * Reads the real system behind a target back, independently of the target's own code, so that
 * {@link TargetContract} asserts what a user of that system would see. Implementations talk to
 * the system directly (an LDAP connection, an HTTP client, the fake's own store).
 */
public interface Probe {

    /** @return whether the system has an account with this reference */
    boolean exists(AccountRef account);

    /**
     * @return whether the account may log in
     * @throws AssertionError when there is no such account
     */
    boolean enabled(AccountRef account);

    /**
     * @param attribute an attribute name as the target knows it
     * @return the attribute's value; empty when the account lacks it
     * @throws AssertionError when there is no such account
     */
    Optional<String> attribute(AccountRef account, String attribute);

    /**
     * @param permission a permission name as given to {@code grant}
     * @return whether the account holds the permission in the system
     */
    boolean hasPermission(AccountRef account, String permission);

    /** @return how many accounts carry this correlation id (0, 1 or, wrongly, more) */
    int accountsWithCorrelationId(String correlationId);
}

package dev.roster.model;

import java.util.Map;
import java.util.Objects;

/**
 * An account to create for a person: its attributes by the target's names, and whether it starts
 * enabled. {@code correlationId} is the value the target matches existing accounts on (for Active
 * Directory the employeeID) so that a create never duplicates an account.
 */
public record NewAccount(String personId, String correlationId, Map<String, String> attributes,
        boolean enabled) {
    public NewAccount {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(correlationId, "correlationId");
        attributes = Map.copyOf(attributes);
    }

    /** The account {@code create} makes, its attributes as planned. */
    public static NewAccount of(Action.Create create) {
        return new NewAccount(create.personId(), create.correlationId(), create.attributes(), create.enabled());
    }
}

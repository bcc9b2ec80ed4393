package dev.roster.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What Roster knows it did in one target for one person: the account's reference, whether it is
 * enabled, the attribute values it last wrote, and the permissions it granted.
 */
public record LedgerEntry(String target, String personId, AccountRef account, boolean enabled,
        Map<String, String> attributes, Set<String> permissions) {
    public LedgerEntry {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(account, "account");
        attributes = Map.copyOf(attributes);
        permissions = Set.copyOf(permissions);
    }
}

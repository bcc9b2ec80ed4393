package dev.roster.policy;

import dev.roster.model.Reason;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The account one person should have in one target, and why.
 *
 * @param attributes  every attribute's desired value
 * @param createOnly  the attributes written only at creation, never updated
 * @param permissions each desired permission with the reason it is desired
 * @param reason      why the account should exist (and be enabled when {@code enabled})
 */
public record DesiredAccount(String target, String personId, String correlationId, boolean enabled,
        SortedMap<String, String> attributes, Set<String> createOnly,
        SortedMap<String, Reason> permissions, Reason reason) {
    public DesiredAccount {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(reason, "reason");
        attributes = new TreeMap<>(attributes);
        createOnly = Set.copyOf(createOnly);
        permissions = new TreeMap<>(permissions);
    }

    /** The attributes that follow the person after creation. */
    public Map<String, String> maintained() {
        Map<String, String> m = new TreeMap<>(attributes);
        m.keySet().removeAll(createOnly);
        return m;
    }
}

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
 * @param state       enabled, disabled, or deleted (should no longer exist)
 * @param attributes  every attribute's desired value; empty when {@code DELETED}
 * @param createOnly  the attributes written only at creation, never updated
 * @param permissions each desired permission with the reason (rule and contract) it is desired
 * @param reason      why the account is in {@code state}: the rule, the contract and the date rule
 */
public record DesiredAccount(String target, String personId, String correlationId, AccountState state,
        SortedMap<String, String> attributes, Set<String> createOnly,
        SortedMap<String, Reason> permissions, Reason reason) {
    public DesiredAccount {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        attributes = new TreeMap<>(attributes);
        createOnly = Set.copyOf(createOnly);
        permissions = new TreeMap<>(permissions);
    }

    /** An account that exists, enabled or disabled. */
    public DesiredAccount(String target, String personId, String correlationId, boolean enabled,
            SortedMap<String, String> attributes, Set<String> createOnly,
            SortedMap<String, Reason> permissions, Reason reason) {
        this(target, personId, correlationId, enabled ? AccountState.ENABLED : AccountState.DISABLED,
                attributes, createOnly, permissions, reason);
    }

    /** True when the state is {@code ENABLED}. */
    public boolean enabled() {
        return state == AccountState.ENABLED;
    }

    /** True unless the state is {@code DELETED}. */
    public boolean exists() {
        return state != AccountState.DELETED;
    }

    /** The attributes that follow the person after creation. */
    public Map<String, String> maintained() {
        Map<String, String> m = new TreeMap<>(attributes);
        m.keySet().removeAll(createOnly);
        return m;
    }
}

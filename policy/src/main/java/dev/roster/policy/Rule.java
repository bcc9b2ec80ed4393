package dev.roster.policy;

import java.util.List;
import java.util.Objects;

/**
 * A business rule: the persons whose contracts in {@code scope} satisfy {@code when} get an
 * account in {@code target}, enabled when {@code access} (within the target's {@link Lifecycle}),
 * with the fixed {@code permissions} and one permission per in-scope contract from each of
 * {@code contractPermissions} (templates naming contract values, e.g. the group of the contract's
 * department). A permission lasts while the contract that gives it is within its enabled window.
 */
public record Rule(String name, String target, ContractScope scope, Condition when, boolean access,
        List<String> permissions, List<Template> contractPermissions) {
    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target of rule " + name);
        Objects.requireNonNull(scope, "scope of rule " + name);
        Objects.requireNonNull(when, "when of rule " + name);
        permissions = List.copyOf(permissions);
        contractPermissions = List.copyOf(contractPermissions);
    }

    /** A rule for everyone with a contract (scope any, no condition): the rules of before conditions. */
    public Rule(String name, String target, boolean access, List<String> permissions,
            List<Template> contractPermissions) {
        this(name, target, ContractScope.ANY, Condition.ALWAYS, access, permissions, contractPermissions);
    }

    /** Same as {@link #access()}. */
    public boolean enabled() {
        return access;
    }
}

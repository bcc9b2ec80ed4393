package dev.roster.policy;

import java.util.List;
import java.util.Objects;

/**
 * A business rule: every person with a contract active on the plan date gets an account in
 * {@code target}, enabled when {@code enabled}, with the {@code permissions} (fixed names) and one
 * permission per active contract from each of {@code contractPermissions} (templates naming
 * contract values, such as the group of the contract's department).
 */
public record Rule(String name, String target, boolean enabled, List<String> permissions,
        List<Template> contractPermissions) {
    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target of rule " + name);
        permissions = List.copyOf(permissions);
        contractPermissions = List.copyOf(contractPermissions);
    }
}

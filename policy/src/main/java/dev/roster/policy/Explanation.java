package dev.roster.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Why a person has, or has not, each account as of a date: per target the desired account, every
 * rule of that target with whether it matched and which condition failed on which contract, the
 * contracts in scope and the next lifecycle events. Records, lists and plain values only, so it
 * serialises to JSON as is; {@link ExplanationText} renders it for people.
 *
 * @param contracts every contract of the person, as of {@code asOf}
 */
public record Explanation(String personId, String name, LocalDate asOf, List<ContractView> contracts,
        List<TargetExplanation> targets) {
    public Explanation {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(asOf, "asOf");
        contracts = List.copyOf(contracts);
        targets = List.copyOf(targets);
    }

    /**
     * One contract as the explanation shows it.
     *
     * @param end    null when open-ended
     * @param hours  hours per week, empty when unknown
     * @param status "upcoming", "running" or "ended" on the explanation's date
     */
    public record ContractView(String id, LocalDate start, LocalDate end, String departmentId,
            String departmentName, String title, String hours, String status, boolean primary) {
    }

    /**
     * One target.
     *
     * @param account          the desired account, or null when the person should have none
     * @param lifecycle        the target's lifecycle in words
     * @param contractsInScope ids of the contracts any rule of the target has in scope
     * @param rules            every rule of the target, in rule order
     * @param nextEvents       the lifecycle events on or after the date, in date order
     * @param driftAttributes  the attributes whose value in the target is corrected when changed by hand
     * @param managedGroups    the target's fully managed groups, each with whether the person's rules
     *                         give it (a member the rules do not give it to is removed)
     */
    public record TargetExplanation(String target, DesiredAccount account, String lifecycle,
            List<String> contractsInScope, List<RuleOutcome> rules, List<LifecycleEvent> nextEvents,
            List<String> driftAttributes, List<ManagedGroup> managedGroups) {
        public TargetExplanation {
            contractsInScope = List.copyOf(contractsInScope);
            rules = List.copyOf(rules);
            nextEvents = List.copyOf(nextEvents);
            driftAttributes = List.copyOf(driftAttributes);
            managedGroups = List.copyOf(managedGroups);
        }
    }

    /**
     * One fully managed group of a target, for one person.
     *
     * @param given true when a rule gives the person this group as of the date
     */
    public record ManagedGroup(String group, boolean given) {
    }

    /**
     * One rule.
     *
     * @param scope            "any", "primary" or "all"
     * @param condition        the rule's condition in words
     * @param matched          true when at least one contract is in the rule's scope
     * @param contractsInScope ids of the contracts in the rule's scope
     * @param failures         for each contract tested in vain, which condition failed and why
     */
    public record RuleOutcome(String rule, String scope, String condition, boolean matched,
            List<String> contractsInScope, List<String> failures) {
        public RuleOutcome {
            contractsInScope = List.copyOf(contractsInScope);
            failures = List.copyOf(failures);
        }
    }
}

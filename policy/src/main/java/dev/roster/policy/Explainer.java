package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds an {@link Explanation}: evaluates like {@link Policy} but keeps every failure. */
final class Explainer {

    private final Policy policy;
    private final List<TargetRules> groups;
    private final DepartmentTree departments;

    Explainer(Policy policy, List<TargetRules> groups, DepartmentTree departments) {
        this.policy = policy;
        this.groups = groups;
        this.departments = departments;
    }

    Explanation explain(Person person, LocalDate asOf) {
        Subject s = new Subject(person, asOf, departments, policy.primary());
        List<Explanation.ContractView> contracts = new ArrayList<>();
        for (Contract c : person.contracts()) {
            String status = c.activeOn(asOf) ? "running" : c.start().isAfter(asOf) ? "upcoming" : "ended";
            contracts.add(new Explanation.ContractView(c.id(), c.start(), c.end(), c.departmentId(),
                    c.departmentName(), c.title(), Values.hours(c.hours()), status, c == s.primary));
        }
        List<Explanation.TargetExplanation> targets = new ArrayList<>();
        Calendar calendar = new Calendar(groups, departments, policy.primary());
        for (TargetRules g : groups) {
            List<Explanation.RuleOutcome> outcomes = new ArrayList<>();
            Set<String> inScope = new LinkedHashSet<>();
            for (int i = 0; i < g.rules.size(); i++) {
                Explanation.RuleOutcome o = outcome(g.rules.get(i), g.namesContract[i], s);
                outcomes.add(o);
                inScope.addAll(o.contractsInScope());
            }
            List<LifecycleEvent> next = new ArrayList<>();
            calendar.events(person, g, asOf.toEpochDay(), Windows.OPEN, next);
            next.sort(LifecycleEvent.ORDER);
            DesiredAccount account = Policy.account(g, s);
            List<Explanation.ManagedGroup> managed = new ArrayList<>();
            for (String group : g.policy.managedGroups()) {
                boolean given = account != null && account.permissions().keySet().stream()
                        .anyMatch(p -> p.equalsIgnoreCase(group));
                managed.add(new Explanation.ManagedGroup(group, given));
            }
            targets.add(new Explanation.TargetExplanation(g.target, account,
                    g.lifecycle.describe(), new ArrayList<>(inScope), outcomes, next,
                    new ArrayList<>(g.policy.driftAttributes()), managed));
        }
        return new Explanation(person.id(), person.name().displayName(), asOf, contracts, targets);
    }

    private static Explanation.RuleOutcome outcome(Rule rule, boolean namesContract, Subject s) {
        List<Entry> entries = new ArrayList<>();
        Scoping.collect(rule, namesContract, s, entries);
        List<String> ids = entries.stream().map(e -> e.contract().id()).toList();
        List<String> failures = new ArrayList<>();
        List<Contract> candidates = Scoping.candidates(rule, s);
        if (candidates.isEmpty()) {
            failures.add("the person has no contracts");
        } else if (!namesContract) {
            String why = rule.when().whyNot(s.person, null, s.departments);
            if (why != null) {
                failures.add(why);
            }
        } else {
            for (Contract c : candidates) {
                String why = rule.when().whyNot(s.person, c, s.departments);
                if (why != null) {
                    failures.add("contract " + c.id()
                            + (Scoping.together(rule, s, c) ? " (every running contract must match)" : "")
                            + ": " + why);
                }
            }
        }
        return new Explanation.RuleOutcome(rule.name(), rule.scope().key(), rule.when().describe(),
                !entries.isEmpty(), ids, failures);
    }
}

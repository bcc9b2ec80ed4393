package dev.roster.policy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.Person;
import dev.roster.model.PrimaryContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The business rules and target policies: turns persons into the desired state as of a date,
 * explains it, and lists the lifecycle events to come. A pure function of its inputs; everything
 * is compiled when the policy is built; immutable and thread-safe.
 *
 * <p>Per target, the rules that name it are evaluated in order: each gives the contracts in its
 * scope ({@link ContractScope}) that satisfy its condition; the account's state follows from those
 * contracts and the target's {@link Lifecycle}; the permissions are the union over the rules,
 * each with the reason of the first rule and contract that gives it. Attributes take the values
 * of the person's primary running contract, or of the in-scope contract nearest in time.
 */
public final class Policy {

    private final List<Rule> rules;
    private final Map<String, TargetPolicy> targets;
    private final PrimaryContract primary;
    private final List<TargetRules> groups;
    private final boolean needsDepartments;

    /**
     * @param targets target policies by target name; every rule's target must have one
     * @param primary how the primary contract is chosen among running contracts
     * @throws ConfigException when a rule names an unknown target or two rules share a name
     */
    public Policy(List<Rule> rules, Map<String, TargetPolicy> targets, PrimaryContract primary) {
        this.rules = List.copyOf(rules);
        this.targets = Map.copyOf(targets);
        this.primary = primary;
        Map<String, List<Rule>> byTarget = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (Rule r : rules) {
            if (!targets.containsKey(r.target())) {
                throw new ConfigException("rules." + r.name() + ".target: no target named '"
                        + r.target() + "'; targets are " + new TreeMap<>(targets).keySet());
            }
            if (names.contains(r.name())) {
                throw new ConfigException("rules." + r.name() + ": two rules are named '" + r.name() + "'");
            }
            names.add(r.name());
            byTarget.computeIfAbsent(r.target(), t -> new ArrayList<>()).add(r);
        }
        List<TargetRules> g = new ArrayList<>();
        byTarget.forEach((t, rs) -> g.add(new TargetRules(targets.get(t), rs)));
        this.groups = List.copyOf(g);
        this.needsDepartments = rules.stream().anyMatch(r -> r.when().needsDepartments());
    }

    /** With {@link PrimaryContract#DEFAULT}. */
    public Policy(List<Rule> rules, Map<String, TargetPolicy> targets) {
        this(rules, targets, PrimaryContract.DEFAULT);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The target policies by target name. */
    public Map<String, TargetPolicy> targets() {
        return targets;
    }

    /** True when a rule includes sub-departments, so evaluation needs the real department tree. */
    public boolean needsDepartments() {
        return needsDepartments;
    }

    /** The desired accounts of all {@code persons} as of {@code asOf}, by target and person id. */
    public DesiredState evaluate(List<Person> persons, DepartmentTree departments, LocalDate asOf) {
        Map<String, SortedMap<String, DesiredAccount>> accounts = new LinkedHashMap<>();
        for (TargetRules g : groups) {
            accounts.put(g.target, new TreeMap<>());
        }
        for (Person person : persons) {
            Subject s = new Subject(person, asOf, departments, primary);
            for (TargetRules g : groups) {
                DesiredAccount a = account(g, s);
                if (a != null) {
                    accounts.get(g.target).put(person.id(), a);
                }
            }
        }
        accounts.values().removeIf(Map::isEmpty);
        return new DesiredState(asOf, new TreeMap<>(accounts));
    }

    /**
     * As {@link #evaluate(List, DepartmentTree, LocalDate)} without departments.
     *
     * @throws IllegalStateException when a rule includes sub-departments
     */
    public DesiredState evaluate(List<Person> persons, LocalDate asOf) {
        if (needsDepartments) {
            throw new IllegalStateException("a rule includes sub-departments: pass the department tree");
        }
        return evaluate(persons, DepartmentTree.empty(), asOf);
    }

    /** The desired accounts of one person as of {@code asOf}, at most one per target, by target name. */
    public List<DesiredAccount> evaluate(Person person, DepartmentTree departments, LocalDate asOf) {
        Subject s = new Subject(person, asOf, departments, primary);
        List<DesiredAccount> out = new ArrayList<>(groups.size());
        for (TargetRules g : groups) {
            DesiredAccount a = account(g, s);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** Why {@code person} has (or has not) each account as of {@code asOf}, rule by rule. */
    public Explanation explain(Person person, DepartmentTree departments, LocalDate asOf) {
        return new Explainer(this, groups, departments).explain(person, asOf);
    }

    /**
     * Every create, enable, disable and delete of an account between {@code from} and {@code to}
     * (both included), with the rule and contract that cause it; sorted by date, target, person.
     */
    public List<LifecycleEvent> calendar(List<Person> persons, DepartmentTree departments, LocalDate from,
            LocalDate to) {
        return new Calendar(groups, departments, primary).events(persons, from, to);
    }

    PrimaryContract primary() {
        return primary;
    }

    static DesiredAccount account(TargetRules g, Subject s) {
        List<Entry> entries = g.entries(s);
        if (entries.isEmpty()) {
            return null;
        }
        Windows.Status status = Windows.status(g.target, g.lifecycle, entries, s);
        return status == null ? null : Accounts.build(g, s, entries, status);
    }

    /** "contract 100235-1-1 in Zorg (OE-210) runs from 2025-01-01 to 2026-01-31". */
    static String describe(Contract c) {
        String dept = c.departmentName().isEmpty() ? c.departmentId()
                : c.departmentName() + " (" + c.departmentId() + ")";
        return "contract " + c.id() + " in " + dept + " runs from " + c.start()
                + (c.end() == null ? "" : " to " + c.end());
    }
}

package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import dev.roster.model.Reason;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The business rules and target policies: turns persons into the desired state as of a date. A
 * pure function of its inputs; immutable and thread-safe.
 */
public final class Policy {

    /** Orders active contracts so the first is the primary: most hours, then earliest start, then id. */
    static final Comparator<Contract> PRIMARY = Comparator
            .comparing((Contract c) -> c.hours() == null ? java.math.BigDecimal.ZERO : c.hours(),
                    Comparator.reverseOrder())
            .thenComparing(Contract::start)
            .thenComparing(Contract::id);

    private final List<Rule> rules;
    private final Map<String, TargetPolicy> targets;

    /** @param targets target policies by target name; every rule's target must have one */
    public Policy(List<Rule> rules, Map<String, TargetPolicy> targets) {
        this.rules = List.copyOf(rules);
        this.targets = Map.copyOf(targets);
        for (Rule r : rules) {
            if (!targets.containsKey(r.target())) {
                throw new dev.roster.model.ConfigException("rules." + r.name() + ".target: no target named '"
                        + r.target() + "'; targets are " + new TreeMap<>(targets).keySet());
            }
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The desired accounts of all {@code persons} as of {@code asOf}. */
    public DesiredState evaluate(List<Person> persons, LocalDate asOf) {
        SortedMap<String, SortedMap<String, DesiredAccount>> accounts = new TreeMap<>();
        for (Person person : persons) {
            for (DesiredAccount a : evaluate(person, asOf)) {
                accounts.computeIfAbsent(a.target(), t -> new TreeMap<>()).put(a.personId(), a);
            }
        }
        return new DesiredState(asOf, accounts);
    }

    /** The desired accounts of one person as of {@code asOf}, at most one per target. */
    public List<DesiredAccount> evaluate(Person person, LocalDate asOf) {
        List<Contract> active = person.activeContracts(asOf);
        if (active.isEmpty()) {
            return List.of();
        }
        Map<String, DesiredAccount> byTarget = new TreeMap<>();
        for (Rule rule : rules) {
            DesiredAccount a = account(rule, person, active);
            byTarget.merge(rule.target(), a, Policy::combine);
        }
        return List.copyOf(byTarget.values());
    }

    /** The contract that gives an account its contract values, among those active on {@code asOf}. */
    public static Optional<Contract> primary(Person person, LocalDate asOf) {
        return person.activeContracts(asOf).stream().min(PRIMARY);
    }

    private DesiredAccount account(Rule rule, Person person, List<Contract> active) {
        TargetPolicy tp = targets.get(rule.target());
        Contract primary = active.stream().min(PRIMARY).orElseThrow();
        Values values = new Values(person, primary);
        SortedMap<String, String> attributes = new TreeMap<>();
        Set<String> createOnly = new HashSet<>();
        tp.attributes().forEach((name, attr) -> {
            attributes.put(name, attr.value().render(values));
            if (attr.createOnly()) {
                createOnly.add(name);
            }
        });
        SortedMap<String, Reason> permissions = new TreeMap<>();
        for (String p : rule.permissions()) {
            permissions.put(p, new Reason(rule.name(), "granted to everyone the rule covers"));
        }
        for (Template t : rule.contractPermissions()) {
            for (Contract c : active) {
                String permission = t.render(new Values(person, c));
                if (!permission.isBlank()) {
                    permissions.putIfAbsent(permission, new Reason(rule.name(), describe(c)));
                }
            }
        }
        return new DesiredAccount(rule.target(), person.id(), tp.correlation().render(values),
                rule.enabled(), attributes, createOnly, permissions,
                new Reason(rule.name(), describe(primary)));
    }

    private static DesiredAccount combine(DesiredAccount a, DesiredAccount b) {
        SortedMap<String, Reason> permissions = new TreeMap<>(b.permissions());
        permissions.putAll(a.permissions());
        boolean enabled = a.enabled() || b.enabled();
        Reason reason = a.enabled() || !b.enabled() ? a.reason() : b.reason();
        return new DesiredAccount(a.target(), a.personId(), a.correlationId(), enabled,
                a.attributes(), a.createOnly(), permissions, reason);
    }

    static String describe(Contract c) {
        String dept = c.departmentName().isEmpty() ? c.departmentId()
                : c.departmentName() + " (" + c.departmentId() + ")";
        return "contract " + c.id() + " in " + dept + " runs from " + c.start()
                + (c.end() == null ? "" : " to " + c.end());
    }

    /** The target policies by target name. */
    public Map<String, TargetPolicy> targets() {
        return targets;
    }

}

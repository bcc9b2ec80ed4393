package dev.roster.policy;

import dev.roster.model.Contract;
import java.util.ArrayList;
import java.util.List;

/** Which contracts of a subject are in scope of a rule, by the rule's {@link ContractScope}. */
final class Scoping {

    private Scoping() {
    }

    /**
     * The contracts the rule's condition is tested on: every contract for {@code ANY}; the
     * primary running one (for {@code PRIMARY}) or all running ones (for {@code ALL}) followed by
     * those not running.
     */
    static List<Contract> candidates(Rule rule, Subject s) {
        if (rule.scope() == ContractScope.ANY || (rule.scope() == ContractScope.ALL && s.primary == null)) {
            return s.person.contracts();
        }
        List<Contract> out = new ArrayList<>(s.person.contracts().size());
        if (rule.scope() == ContractScope.PRIMARY) {
            if (s.primary != null) {
                out.add(s.primary);
            }
        } else {
            out.addAll(s.active);
        }
        out.addAll(s.inactive);
        return out;
    }

    /** True when {@code c} must satisfy the condition together with every other running contract. */
    static boolean together(Rule rule, Subject s, Contract c) {
        return rule.scope() == ContractScope.ALL && s.active.contains(c);
    }

    /** Adds an entry to {@code out} for each contract in scope of {@code rule}. */
    static void collect(Rule rule, boolean namesContract, Subject s, List<Entry> out) {
        List<Contract> all = s.person.contracts();
        if (all.isEmpty()) {
            return;
        }
        Condition when = rule.when();
        if (!namesContract) {
            if (when.test(s.person, null, s.departments)) {
                if (rule.scope() == ContractScope.PRIMARY && s.primary != null) {
                    out.add(new Entry(rule, s.primary));
                    addEach(rule, s.inactive, out);
                } else {
                    addEach(rule, all, out);
                }
            }
            return;
        }
        switch (rule.scope()) {
            case ANY -> testEach(rule, s, all, out);
            case PRIMARY -> {
                if (s.primary != null && when.test(s.person, s.primary, s.departments)) {
                    out.add(new Entry(rule, s.primary));
                }
                testEach(rule, s, s.inactive, out);
            }
            case ALL -> {
                boolean every = true;
                for (int i = 0; i < s.active.size() && every; i++) {
                    every = when.test(s.person, s.active.get(i), s.departments);
                }
                if (every) {
                    addEach(rule, s.active, out);
                }
                testEach(rule, s, s.inactive, out);
            }
        }
    }

    private static void testEach(Rule rule, Subject s, List<Contract> contracts, List<Entry> out) {
        for (int i = 0; i < contracts.size(); i++) {
            Contract c = contracts.get(i);
            if (rule.when().test(s.person, c, s.departments)) {
                out.add(new Entry(rule, c));
            }
        }
    }

    private static void addEach(Rule rule, List<Contract> contracts, List<Entry> out) {
        for (int i = 0; i < contracts.size(); i++) {
            out.add(new Entry(rule, contracts.get(i)));
        }
    }
}

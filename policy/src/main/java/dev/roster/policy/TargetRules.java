package dev.roster.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One target with its policy and the rules that grant accounts in it, in rule order, compiled
 * once when the {@link Policy} is built. Immutable.
 */
final class TargetRules {

    final String target;
    final TargetPolicy policy;
    final Lifecycle lifecycle;
    final List<Rule> rules;
    final boolean[] namesContract;
    final Set<String> createOnly;

    TargetRules(TargetPolicy policy, List<Rule> rules) {
        this.target = policy.target();
        this.policy = policy;
        this.lifecycle = policy.lifecycle();
        this.rules = List.copyOf(rules);
        this.namesContract = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            namesContract[i] = rules.get(i).when().namesContract();
        }
        this.createOnly = policy.createOnly();
    }

    /** The entries of every rule of this target for the subject; empty when none applies. */
    List<Entry> entries(Subject s) {
        List<Entry> out = new ArrayList<>(4);
        for (int i = 0; i < rules.size(); i++) {
            Scoping.collect(rules.get(i), namesContract[i], s, out);
        }
        return out;
    }

    /** The account's state on the subject's day, or null when none. */
    Windows.Status status(Subject s) {
        List<Entry> entries = entries(s);
        return entries.isEmpty() ? null : Windows.status(target, lifecycle, entries, s);
    }
}

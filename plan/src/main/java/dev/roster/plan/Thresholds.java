package dev.roster.plan;

import dev.roster.model.Action;
import dev.roster.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Target thresholds: per target, limits per action kind ("create", "update", "enable", "disable",
 * "delete", "grant", "revoke"). A kind whose count in a plan is over its limit is held as a whole;
 * the other kinds go ahead. Pure and immutable.
 *
 * @param limits target name to (verb to limit)
 */
public record Thresholds(Map<String, Map<String, Limit>> limits) {

    public static final Set<String> VERBS = Set.of("create", "update", "enable", "disable", "delete", "grant", "revoke");

    public static final Thresholds NONE = new Thresholds(Map.of());

    public Thresholds {
        Map<String, Map<String, Limit>> copy = new TreeMap<>();
        limits.forEach((t, m) -> copy.put(t, Map.copyOf(m)));
        limits = Map.copyOf(copy);
    }

    /** One held kind of action in one target, and why. */
    public record Breach(String target, String verb, long count, long allowed, Limit limit, long managed) {
        @Override
        public String toString() {
            return target + ": " + count + " " + verb + " actions, over the limit of " + limit
                    + (limit.percent() ? " of " + managed + " managed accounts (" + allowed + ")" : "");
        }
    }

    /** The plan split into what may be applied now and what waits for approval. */
    public record Split(Plan release, List<Action> held, List<Breach> breaches) {
        public Split {
            held = List.copyOf(held);
            breaches = List.copyOf(breaches);
        }
    }

    /**
     * @param managed     target name to the number of accounts Roster manages there (the base of percentages)
     * @param approved    "target/verb" keys an administrator released for this plan; never held
     */
    public Split split(Plan plan, Map<String, Long> managed, Set<String> approved) {
        Map<String, Long> counts = new LinkedHashMap<>();
        plan.actions().forEach(a -> counts.merge(a.target() + "/" + a.verb(), 1L, Long::sum));
        List<Breach> breaches = new ArrayList<>();
        counts.forEach((key, count) -> {
            int slash = key.indexOf('/');
            String target = key.substring(0, slash);
            String verb = key.substring(slash + 1);
            Limit limit = limits.getOrDefault(target, Map.of()).get(verb);
            long base = managed.getOrDefault(target, 0L);
            if (limit != null && !approved.contains(key) && count > limit.allowed(base)) {
                breaches.add(new Breach(target, verb, count, limit.allowed(base), limit, base));
            }
        });
        breaches.sort(Comparator.comparing(Breach::target).thenComparing(Breach::verb));
        if (breaches.isEmpty()) {
            return new Split(plan, List.of(), List.of());
        }
        Set<String> heldKeys = new java.util.HashSet<>();
        breaches.forEach(b -> heldKeys.add(b.target() + "/" + b.verb()));
        List<Action> release = new ArrayList<>();
        List<Action> held = new ArrayList<>();
        for (Action a : plan.actions()) {
            (heldKeys.contains(a.target() + "/" + a.verb()) ? held : release).add(a);
        }
        return new Split(new Plan(plan.vaultRevision(), plan.asOf(), release), held, breaches);
    }
}

package dev.roster.plan;

import dev.roster.model.Action;
import dev.roster.model.Plan;
import java.util.Map;
import java.util.TreeMap;

/** Renders a plan for people: a header, then one line per action with its reason. */
public final class PlanText {

    private PlanText() {
    }

    public static String render(Plan plan) {
        StringBuilder b = new StringBuilder();
        b.append("Plan as of ").append(plan.asOf()).append(", vault revision ")
                .append(plan.vaultRevision()).append(": ");
        if (plan.isEmpty()) {
            return b.append("nothing to do; every target matches the rules.\n").toString();
        }
        b.append(counts(plan)).append('\n');
        for (Action a : plan.actions()) {
            b.append("  ").append(a.summary()).append("  [").append(a.reason()).append("]\n");
        }
        return b.toString();
    }

    /** "3 create, 5 grant", by verb in plan order. */
    public static String counts(Plan plan) {
        Map<String, Integer> counts = new TreeMap<>();
        plan.actions().forEach(a -> counts.merge(a.verb(), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        counts.forEach((verb, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(verb));
        return b.toString();
    }
}

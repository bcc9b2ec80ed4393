package dev.roster.engine;

import dev.roster.model.Plan;
import dev.roster.model.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts the names targets choose at plan time into a plan's creates ({@link Target.Names}). */
final class ChosenNames {
    private static final Logger LOG = LoggerFactory.getLogger(ChosenNames.class);

    private ChosenNames() {
    }

    /**
     * The plan with the names each create will give, as the target chooses them now (for AD the
     * iteration suffixes of names already taken), for targets that choose names
     * ({@link Target.Names}). A target that cannot be reached leaves its creates' names as the
     * templates made them: the create chooses at apply, and the plan still shows everything else.
     */
    static Plan of(Plan plan, java.util.function.Function<String, Target> targets) {
        Map<String, List<Integer>> creates = new LinkedHashMap<>();
        for (int i = 0; i < plan.actions().size(); i++) {
            if (plan.actions().get(i) instanceof dev.roster.model.Action.Create c) {
                creates.computeIfAbsent(c.target(), k -> new java.util.ArrayList<>()).add(i);
            }
        }
        if (creates.isEmpty()) {
            return plan;
        }
        List<dev.roster.model.Action> actions = new java.util.ArrayList<>(plan.actions());
        creates.forEach((name, indexes) -> {
            Target target;
            try {
                target = targets.apply(name);
            } catch (dev.roster.model.TargetException e) {
                LOG.warn("target {} cannot be reached to choose the names of {} new accounts; they are chosen"
                        + " when the accounts are created: {}", name, indexes.size(), e.getMessage());
                return;
            }
            if (!(target instanceof Target.Names names)) {
                return;
            }
            List<dev.roster.model.NewAccount> accounts = indexes.stream().map(i -> (dev.roster.model.Action.Create) actions.get(i))
                    .map(dev.roster.model.NewAccount::of)
                    .toList();
            List<Map<String, String>> chosen = names.choose(accounts);
            for (int k = 0; k < indexes.size(); k++) {
                if (chosen.get(k).isEmpty()) {
                    continue;
                }
                dev.roster.model.Action.Create c = (dev.roster.model.Action.Create) actions.get(indexes.get(k));
                java.util.TreeMap<String, String> attributes = new java.util.TreeMap<>(c.attributes());
                attributes.putAll(chosen.get(k));
                actions.set(indexes.get(k), new dev.roster.model.Action.Create(c.target(), c.personId(), c.correlationId(),
                        attributes, c.enabled(), c.reason()));
            }
        });
        return new Plan(plan.vaultRevision(), plan.asOf(), actions);
    }
}

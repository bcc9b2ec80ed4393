package dev.roster.bench;

import dev.roster.sim.hr.Mutation;
import dev.roster.sim.visma.VismaSimulator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The simulator's reproducible change of its dataset, as counts per kind for the figures. */
final class Mutations {
    private Mutations() {
    }

    /** Changes {@code fraction} of the simulator's employee records with {@code seed}. */
    static Map<String, Integer> apply(VismaSimulator sim, double fraction, long seed) {
        Mutation m = sim.mutate(fraction, seed);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("joiners", m.joiners().size());
        counts.put("leavers", m.leavers().size());
        counts.put("movers", m.movers().size());
        counts.put("nameChanges", m.nameChanges().size());
        return counts;
    }
}

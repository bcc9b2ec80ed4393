package dev.roster.apply;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outcome of every action of a plan, in plan order, and how long applying took. */
public record ApplyReport(List<Outcome> outcomes, Duration elapsed) {
    public ApplyReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(Outcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Successful actions by verb: {"create": 12, "grant": 30}. */
    public Map<String, Long> applied() {
        Map<String, Long> m = new TreeMap<>();
        outcomes.stream().filter(Outcome::ok).forEach(o -> m.merge(o.action().verb(), 1L, Long::sum));
        return m;
    }

    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> !o.ok()).toList();
    }

    public boolean allOk() {
        return failures().isEmpty();
    }
}

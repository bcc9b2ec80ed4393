package dev.roster.apply;

import dev.roster.model.Action;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of every action of a plan, in plan order, and how long applying took; and the
 * actions a target threshold held back from this run (with the limits they broke), which wait for
 * an administrator's approval under {@code run}.
 */
public record ApplyReport(List<Outcome> outcomes, Duration elapsed, long run, List<Action> held,
        List<String> breaches) {
    public ApplyReport {
        outcomes = List.copyOf(outcomes);
        held = List.copyOf(held);
        breaches = List.copyOf(breaches);
    }

    public ApplyReport(List<Outcome> outcomes, Duration elapsed) {
        this(outcomes, elapsed, 0, List.of(), List.of());
    }

    /** This report, as run {@code run}, with {@code held} actions held back for {@code breaches}. */
    public ApplyReport withHeld(long run, List<Action> held, List<String> breaches) {
        return new ApplyReport(outcomes, elapsed, run, held, breaches);
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

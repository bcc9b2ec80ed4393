package dev.roster.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What must change in the targets so they match the desired state: an ordered, immutable list of
 * actions, stamped with the vault revision and the date it was computed for.
 */
public record Plan(long vaultRevision, LocalDate asOf, List<Action> actions) {
    public Plan {
        Objects.requireNonNull(asOf, "asOf");
        actions = List.copyOf(actions);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /** The number of actions of one kind, e.g. {@code count(Action.Create.class)}. */
    public long count(Class<? extends Action> kind) {
        return actions.stream().filter(kind::isInstance).count();
    }
}

package dev.roster.vault;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The actions a target threshold held back from one run: the plan JSON of the held actions, the
 * vault revision they were planned from, the breaches, and whether (and which kinds) an
 * administrator released.
 */
public record HeldRun(long runId, long revision, String planJson, List<String> breaches, Instant heldAt,
        Optional<String> releasedBy, List<String> releasedKinds) {
    public HeldRun {
        breaches = List.copyOf(breaches);
        releasedKinds = List.copyOf(releasedKinds);
    }
}

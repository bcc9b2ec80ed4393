package dev.roster.apply;

import dev.roster.model.Action;
import java.util.Objects;

/**
 * What became of one action: applied, failed (with the target's message), or skipped because an
 * action it depends on failed (with the reason).
 */
public record Outcome(Action action, Status status, String message) {

    public enum Status { APPLIED, CORRELATED, FAILED, SKIPPED }

    public Outcome {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    public boolean ok() {
        return status == Status.APPLIED || status == Status.CORRELATED;
    }
}

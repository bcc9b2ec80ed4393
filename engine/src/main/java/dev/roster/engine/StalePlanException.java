package dev.roster.engine;

import dev.roster.model.RosterException;

/**
 * A saved plan was made from a vault revision that is no longer current; applying it could undo or
 * repeat what a newer plan decided, so it is refused. Plan again and review the new plan.
 */
public final class StalePlanException extends RosterException {
    private static final long serialVersionUID = 1L;

    public StalePlanException(String message) {
        super(message);
    }
}

package dev.roster.model;

/** The root of Roster's exceptions. Messages name the record, field, file or target concerned. */
public class RosterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RosterException(String message) {
        super(message);
    }

    public RosterException(String message, Throwable cause) {
        super(message, cause);
    }
}

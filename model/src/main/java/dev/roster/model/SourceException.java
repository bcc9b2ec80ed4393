package dev.roster.model;

/**
 * A source could not be read completely. The import that met it is abandoned as a whole; the
 * message names the source, the export or resource, and the cause.
 */
public class SourceException extends RosterException {
    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.roster.model;

/** The configuration is invalid; the message names the file, the setting and the problem. */
public class ConfigException extends RosterException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

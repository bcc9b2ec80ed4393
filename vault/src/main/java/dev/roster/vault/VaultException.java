package dev.roster.vault;

import dev.roster.model.RosterException;

/**
 * The vault could not be opened, or refused or failed to store or read something. Messages name
 * the database (never its password), snapshot, person or target concerned; the cause, when there
 * is one, is the underlying database or serialisation error.
 */
public class VaultException extends RosterException {
    private static final long serialVersionUID = 1L;

    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}

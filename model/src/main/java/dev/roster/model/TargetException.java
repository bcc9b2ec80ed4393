package dev.roster.model;

/**
 * A target refused or failed an operation. {@link #retryable()} tells whether the same operation
 * may succeed later unchanged (busy, unavailable, timeout) or is terminal (bad data, permission
 * denied, schema violation).
 */
public class TargetException extends RosterException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    public TargetException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public TargetException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}

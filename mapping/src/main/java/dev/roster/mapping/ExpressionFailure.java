package dev.roster.mapping;

/** A mapping expression failed for one record; the message is the reason, without a record id. */
final class ExpressionFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExpressionFailure(String message) {
        super(message, null, false, false);
    }
}

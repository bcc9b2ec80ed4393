package dev.roster.model;

/**
 * Receives progress of a long step. Implementations must be thread-safe and cheap.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void start(String step, long total) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void finish() {
        }
    };

    /** A step begins; {@code total} is the expected work units, or -1 when unknown. */
    void start(String step, long total);

    /** {@code done} more units finished. */
    void advance(long done);

    /** The current step is over. */
    void finish();
}

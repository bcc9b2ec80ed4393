package dev.roster.model;

import java.time.LocalDate;

/** An HR system Roster imports from. Implementations say whether they are thread-safe. */
public interface Source extends AutoCloseable {

    /** The name of the source in the configuration. */
    String name();

    /**
     * Reads everything the source has, as valid on {@code asOf}.
     *
     * @throws SourceException when any part of the read fails; nothing is returned then
     */
    SourceBatch read(LocalDate asOf, Progress progress);

    /**
     * Reads as {@link #read(LocalDate, Progress)} does, unless what the source delivers now has
     * the fingerprint {@code unless} (one this source gave an earlier batch): then it returns
     * {@link SourceBatch#unchanged} without interpreting the data. A source that cannot tell
     * reads in full.
     *
     * @param unless a fingerprint from an earlier {@link SourceBatch#fingerprint()}; empty for none
     * @throws SourceException when any part of the read fails; nothing is returned then
     */
    default SourceBatch read(LocalDate asOf, Progress progress, String unless) {
        return read(asOf, progress);
    }

    @Override
    default void close() {
    }
}

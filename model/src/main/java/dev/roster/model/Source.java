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

    @Override
    default void close() {
    }
}

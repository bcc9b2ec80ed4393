package dev.roster.model;

import java.time.LocalDate;
import java.util.List;

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

    /**
     * Reads as {@link #read(LocalDate, Progress, String)} does, but hands the departments and then
     * each record to {@code sink} instead of putting the records in the batch, which then has
     * none. Nothing is handed over before every part of the source was read, and nothing when
     * it is unchanged; a failure after the first record still throws, and the records handed over
     * must then be dropped. This default reads the whole batch first; a source with many records
     * hands each over as soon as it is complete, so that they are never all in memory at once.
     *
     * @throws SourceException when any part of the read fails
     */
    default SourceBatch read(LocalDate asOf, Progress progress, String unless, RecordSink sink) {
        SourceBatch batch = read(asOf, progress, unless);
        if (!batch.unchanged()) {
            sink.departments(batch.departments());
            batch.records().forEach(sink::record);
        }
        return new SourceBatch(List.of(), batch.departments(), batch.counts(), batch.warnings(),
                batch.fingerprint(), batch.unchanged());
    }

    @Override
    default void close() {
    }
}

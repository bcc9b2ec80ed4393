package dev.roster.model;

import java.util.List;

/**
 * Takes a read's records one at a time as the source completes them, so that a large source
 * need not hold all its records at once (see
 * {@link Source#read(java.time.LocalDate, Progress, String, RecordSink)}). Called from the
 * reading thread only.
 */
public interface RecordSink {

    /** The read's departments valid on the import date: once, before any record. */
    void departments(List<Department> departments);

    /** The next record, in source order. */
    void record(SourceRecord record);
}

package dev.roster.model;

import java.util.List;
import java.util.Map;

/**
 * Everything one complete read of a source delivered. A source returns a batch only when every
 * part of the read succeeded; a partial read is an exception, never a smaller batch.
 *
 * @param records     person records, in source order
 * @param departments the organisation's departments valid on the import date
 * @param counts      records read per export or resource, for the import report
 * @param warnings    problems with single records that did not stop the import; each names the
 *                    record and the field
 * @param fingerprint a digest of everything the source delivered and of how it was asked for,
 *                    equal for equal deliveries; empty when the source gives none
 * @param unchanged   the source delivered data with the fingerprint it was asked to skip: the
 *                    batch has no records, departments, counts or warnings
 */
public record SourceBatch(
        List<SourceRecord> records,
        List<Department> departments,
        Map<String, Integer> counts,
        List<String> warnings,
        String fingerprint,
        boolean unchanged) {
    public SourceBatch {
        records = List.copyOf(records);
        departments = List.copyOf(departments);
        counts = Map.copyOf(counts);
        warnings = List.copyOf(warnings);
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    /** A full batch without a fingerprint. */
    public SourceBatch(List<SourceRecord> records, List<Department> departments, Map<String, Integer> counts,
            List<String> warnings) {
        this(records, departments, counts, warnings, "", false);
    }

    /** The answer of a source whose data still has {@code fingerprint}. */
    public static SourceBatch unchanged(String fingerprint) {
        if (fingerprint == null || fingerprint.isEmpty()) {
            throw new IllegalArgumentException("an unchanged batch needs the fingerprint it matched");
        }
        return new SourceBatch(List.of(), List.of(), Map.of(), List.of(), fingerprint, true);
    }
}

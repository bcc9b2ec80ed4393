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
 */
public record SourceBatch(
        List<SourceRecord> records,
        List<Department> departments,
        Map<String, Integer> counts,
        List<String> warnings) {
    public SourceBatch {
        records = List.copyOf(records);
        departments = List.copyOf(departments);
        counts = Map.copyOf(counts);
        warnings = List.copyOf(warnings);
    }
}

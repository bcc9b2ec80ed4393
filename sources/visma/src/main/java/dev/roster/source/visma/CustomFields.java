package dev.roster.source.visma;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user-defined-field histories of one export ("vrije velden"), by owner (an employee id or a
 * contract key) and field name. Turns them into source fields, for each field {@code <name>}:
 * <ul>
 *   <li>{@code udf.<name>}: the value of the period valid on the import date (start and end
 *       inclusive, empty = open), whatever its place in the file; absent when no period is valid.
 *       When several periods are valid, the one that started last wins and a warning says so.</li>
 *   <li>{@code udf.<name>.listname}: that period's pick-list label, when it has one.</li>
 *   <li>{@code udf.<name>.history}: every period as a JSON array ordered by start date (open
 *       start first), each {@code {"value":..,"listname":..,"start":"yyyy-MM-dd"|null,
 *       "end":"yyyy-MM-dd"|null}}.</li>
 * </ul>
 * Not thread-safe; one per export per read.
 */
final class CustomFields {

    /** One period of one field. {@code start} and {@code end} are null when open. */
    record Period(String value, String listName, LocalDate start, LocalDate end) {
        boolean validOn(LocalDate day) {
            return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
        }
    }

    private static final Comparator<Period> BY_START = Comparator.comparing(Period::start,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final String kind;
    private final Map<String, Map<String, List<Period>>> byOwner = new HashMap<>();

    /** @param kind "employee" or "contract", for warnings */
    CustomFields(String kind) {
        this.kind = kind;
    }

    void add(String owner, String field, Period period) {
        byOwner.computeIfAbsent(owner, k -> new LinkedHashMap<>(4))
                .computeIfAbsent(field, k -> new ArrayList<>(2)).add(period);
    }

    void clear() {
        byOwner.clear();
    }

    /**
     * The {@code udf.*} fields of {@code owner} as of {@code asOf}, removing them from this table.
     *
     * @param warnings receives a warning naming owner and field for overlapping valid periods
     */
    Map<String, String> take(String owner, LocalDate asOf, List<String> warnings) {
        Map<String, List<Period>> fields = byOwner.remove(owner);
        if (fields == null) {
            return Map.of();
        }
        Map<String, String> result = new HashMap<>();
        fields.forEach((name, periods) -> {
            periods.sort(BY_START);
            Period valid = null;
            int validCount = 0;
            for (Period p : periods) {
                if (p.validOn(asOf)) {
                    valid = p;
                    validCount++;
                }
            }
            if (validCount > 1) {
                warnings.add(kind + " " + owner + ": custom field '" + name + "' has " + validCount
                        + " periods valid on " + asOf + "; the one starting " + valid.start()
                        + " was used");
            }
            if (valid != null) {
                result.put("udf." + name, valid.value());
                if (!valid.listName().isEmpty()) {
                    result.put("udf." + name + ".listname", valid.listName());
                }
            }
            result.put("udf." + name + ".history", history(periods));
        });
        return result;
    }

    private static String history(List<Period> periods) {
        StringBuilder json = new StringBuilder(64 * periods.size()).append('[');
        for (Period p : periods) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"value\":");
            string(json, p.value());
            json.append(",\"listname\":");
            string(json, p.listName());
            json.append(",\"start\":");
            string(json, p.start() == null ? null : p.start().toString());
            json.append(",\"end\":");
            string(json, p.end() == null ? null : p.end().toString());
            json.append('}');
        }
        return json.append(']').toString();
    }

    /** A JSON string literal (RFC 8259 escapes), or {@code null}. */
    private static void string(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}

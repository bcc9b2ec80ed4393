package dev.roster.source.visma;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal cell values between the rows and columns of one export, so that a date, code or
 * label that occurs a hundred thousand times is kept once. Columns whose values are mostly
 * distinct (ids, e-mail addresses) are not worth it: {@link Column} stops sharing a column when
 * more than half of the first 20,000 values it saw were new. Not thread-safe; one per export of a read.
 */
final class ValuePool {

    /** Values a column must show before it is judged: dates need a large sample to repeat. */
    private static final int SAMPLE = 20_000;

    private final Map<String, String> values = new HashMap<>();

    /** The sharing state of one column of one file. */
    final class Column {
        private int seen;
        private int added;
        private boolean off;

        /** {@code value}, or an equal instance met before. */
        String share(String value) {
            if (off) {
                return value;
            }
            String known = values.putIfAbsent(value, value);
            seen++;
            if (known == null) {
                added++;
            }
            if (seen == SAMPLE && added * 2 > seen) {
                off = true;
            }
            return known == null ? value : known;
        }
    }

    Column column() {
        return new Column();
    }
}

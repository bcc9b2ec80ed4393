package dev.roster.sim.hr;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One CSV row being filled by column name; unset columns stay empty. Not thread-safe. */
final class Row {

    private static final Map<HrTable, Map<String, Integer>> INDEX = new HashMap<>();

    static {
        for (HrTable t : HrTable.values()) {
            Map<String, Integer> index = new HashMap<>();
            List<String> columns = t.columns();
            for (int k = 0; k < columns.size(); k++) {
                index.put(columns.get(k), k);
            }
            INDEX.put(t, index);
        }
    }

    private final Map<String, Integer> index;
    private final String[] values;

    Row(HrTable table) {
        this.index = INDEX.get(table);
        this.values = new String[table.columns().size()];
        Arrays.fill(values, "");
    }

    Row set(String column, String value) {
        Integer k = index.get(column);
        if (k == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        values[k] = value == null ? "" : value;
        return this;
    }

    Row set(String column, LocalDate value) {
        return set(column, value == null ? "" : value.toString());
    }

    /** Sets a code column, its Dutch label column and the label's {@code _en} twin. */
    Row coded(String codeColumn, String code, String labelColumn, String label, String english) {
        return set(codeColumn, code).set(labelColumn, label).set(labelColumn + "_en", english);
    }

    String[] values() {
        return values;
    }
}

package dev.roster.vault;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A batch insert on one handle that sends its rows every {@link #SIZE} rows and on
 * {@link #flush()}. A batch may name another it depends on (rows referring to that one's rows by
 * foreign key); that one is flushed first. Not thread-safe: one batch per transaction.
 */
final class Batch {
    static final int SIZE = 1000;

    private final Handle handle;
    private final String sql;
    private final Batch dependency;
    private final List<Object[]> rows = new ArrayList<>();

    Batch(Handle handle, String sql) {
        this(handle, sql, null);
    }

    Batch(Handle handle, String sql, Batch dependency) {
        this.handle = handle;
        this.sql = sql;
        this.dependency = dependency;
    }

    /** Adds a row: the values of the statement's {@code ?} parameters in order, none null. */
    void add(Object... row) {
        rows.add(row);
        if (rows.size() >= SIZE) {
            flush();
        }
    }

    /** Sends the rows added since the last flush, after those of the dependency. */
    void flush() {
        if (dependency != null) {
            dependency.flush();
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = handle.prepareBatch(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    batch.bind(i, row[i]);
                }
                batch.add();
            }
            batch.execute();
        }
        rows.clear();
    }
}

package dev.roster.vault;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A batch insert on one handle that sends its rows every {@link #SIZE} rows and on
 * {@link #flush()}, as a plain JDBC batch on the handle's connection ({@link JdbcBatch}). A batch
 * may name another it depends on (rows referring to that one's rows by foreign key); that one is
 * flushed first. Not thread-safe: one batch per transaction.
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
        try (JdbcBatch batch = new JdbcBatch(handle.getConnection(), sql)) {
            for (Object[] row : rows) {
                batch.add(row);
            }
            batch.execute();
        } catch (SQLException e) {
            throw new Transactions.JdbcFailure(e);
        }
        rows.clear();
    }
}

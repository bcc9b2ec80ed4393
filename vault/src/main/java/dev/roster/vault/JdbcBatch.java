package dev.roster.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * One statement run for many rows as a JDBC batch, on the connection of the running transaction;
 * prepared on the first row, so that a batch left empty costs nothing. The ledger's large writes
 * use it instead of Jdbi's batches, whose binding per value was a large share of recording a first
 * apply's hundred thousand creates ({@link Batch} sends its rows through one too). Not thread-safe.
 */
final class JdbcBatch implements AutoCloseable {
    private final Connection connection;
    private final String sql;
    private PreparedStatement statement;

    JdbcBatch(Connection connection, String sql) {
        this.connection = connection;
        this.sql = sql;
    }

    /**
     * Adds a row: the statement's parameters in order, each a String, Long, Integer, Boolean,
     * Instant or Timestamp (an Instant is sent as a Timestamp, as Jdbi sends it), or null.
     */
    void add(Object... values) throws SQLException {
        if (statement == null) {
            statement = connection.prepareStatement(sql);
        }
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                statement.setNull(i + 1, Types.NULL); // a NOT NULL column refuses it: the database says which
            } else if (v instanceof String text) {
                statement.setString(i + 1, text);
            } else if (v instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (v instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else if (v instanceof Boolean flag) {
                statement.setBoolean(i + 1, flag);
            } else if (v instanceof Timestamp time) {
                statement.setTimestamp(i + 1, time);
            } else if (v instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                throw new IllegalArgumentException("no JDBC binding for parameter " + (i + 1) + ": " + v);
            }
        }
        statement.addBatch();
    }

    /** Runs the rows added; nothing when none were. */
    void execute() throws SQLException {
        if (statement != null) {
            statement.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        if (statement != null) {
            statement.close();
        }
    }
}

package dev.roster.vault;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs vault work in one transaction each, retrying the few failures that a second attempt
 * resolves (two writers inserting the same key, serialisation failures, deadlocks), and turns
 * database errors into {@link VaultException}s that say what was being done. Thread-safe.
 */
final class Transactions {
    /** Unique violation, serialisation failure, PostgreSQL deadlock, H2 deadlock / lock timeout. */
    private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01", "HYT00");
    private static final int ATTEMPTS = 3;

    private final Jdbi jdbi;

    Transactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The result of {@code work} run in a transaction that commits when it returns and rolls back
     * when it throws. {@code work} must be safe to run again: it may be, after a transient failure.
     *
     * @param what what is being done, for the message: "store the snapshot from visma"
     * @throws VaultException when the database fails; exceptions {@code work} throws itself
     *     pass unchanged
     */
    <T> T call(String what, HandleCallback<T, RuntimeException> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(work);
            } catch (JdbiException | JdbcFailure e) {
                SQLException sql = sqlCause(e);
                boolean transientFault = sql != null && RETRYABLE.contains(sql.getSQLState());
                if (!transientFault || attempt == ATTEMPTS) {
                    throw new VaultException("cannot " + what + ": " + describe(e, sql), e);
                }
            }
        }
    }

    /** As {@link #call}, for work without a result. */
    void run(String what, Consumer<Handle> work) {
        call(what, handle -> {
            work.accept(handle);
            return null;
        });
    }

    /**
     * A failure of work that uses the transaction's JDBC connection directly ({@link JdbcBatch}):
     * retried and described as Jdbi's are.
     */
    static final class JdbcFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JdbcFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String describe(RuntimeException e, SQLException sql) {
        if (sql == null) {
            return e.getMessage();
        }
        String message = sql.getMessage() == null ? sql.getClass().getSimpleName() : sql.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        return firstLine + " (SQL state " + sql.getSQLState() + ")";
    }
}

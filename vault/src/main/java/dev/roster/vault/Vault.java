package dev.roster.vault;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Department;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Person;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;

/**
 * Roster's store: snapshots of the persons and departments imported from HR, the ledger of what
 * Roster did in each target, runs and the audit log, in an H2 or PostgreSQL database.
 *
 * <p>Open one with {@link #open}, share it between threads (it is thread-safe) and close it once.
 * Arguments are non-null unless said otherwise. Every method that touches the database throws
 * {@link VaultException} when the database fails; a method that writes then has written nothing.
 */
public final class Vault implements Ledger, AutoCloseable {
    private final HikariDataSource pool;
    private final SnapshotWriter snapshotWriter;
    private final SnapshotReader snapshotReader;
    private final LedgerWriter ledgerWriter;
    private final LedgerReader ledgerReader;
    private final Journal journal;
    private final ReentrantLock snapshotLock = new ReentrantLock();

    private Vault(HikariDataSource pool, Clock clock) {
        this.pool = pool;
        Transactions tx = new Transactions(Jdbi.create(pool));
        this.snapshotWriter = new SnapshotWriter(tx, clock);
        this.snapshotReader = new SnapshotReader(tx);
        this.ledgerWriter = new LedgerWriter(tx, clock);
        this.ledgerReader = new LedgerReader(tx);
        this.journal = new Journal(tx, clock);
    }

    /**
     * Opens the vault in the database at {@code jdbcUrl} (for example
     * {@code jdbc:h2:file:./data/vault} or {@code jdbc:postgresql://host/roster}), creating or
     * migrating its tables as needed. {@code password} may be null or empty.
     *
     * @throws VaultException when the database cannot be reached or migrated; the message names
     *     the URL, without any password in it
     */
    public static Vault open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new Vault(Database.open(jdbcUrl, user, password), Clock.systemUTC());
    }

    // --- snapshots --------------------------------------------------------------------------

    /**
     * Stores {@code snapshot} as the new current one, all or nothing, and returns its revision:
     * one more than the previous. Persons whose JSON did not change since the previous snapshot
     * share its person version. A snapshot with a person id twice is refused.
     */
    public long storeSnapshot(Snapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        snapshotLock.lock();
        try {
            return snapshotWriter.store(snapshot);
        } finally {
            snapshotLock.unlock();
        }
    }

    /** The revision of the current snapshot; 0 before the first. */
    public long revision() {
        return snapshotReader.revision();
    }

    /** The persons of the current snapshot, ordered by id; empty before the first snapshot. */
    public List<Person> persons() {
        return snapshotReader.persons();
    }

    /** The departments of the current snapshot, ordered by id; empty before the first snapshot. */
    public List<Department> departments() {
        return snapshotReader.departments();
    }

    /** The current snapshot's revision, source, dates, counts and warnings, if there is one. */
    public Optional<SnapshotInfo> currentSnapshot() {
        return snapshotReader.current();
    }

    /** The number of person versions kept over all snapshots. */
    public long personVersionCount() {
        return snapshotReader.personVersionCount();
    }

    // --- ledger -----------------------------------------------------------------------------

    @Override
    public Optional<LedgerEntry> find(String target, String personId) {
        return ledgerReader.find(Objects.requireNonNull(target, "target"),
                Objects.requireNonNull(personId, "personId"));
    }

    /** All entries of {@code target}, by person id (iterating in id order); unmodifiable. */
    public Map<String, LedgerEntry> ledger(String target) {
        return ledgerReader.ledger(Objects.requireNonNull(target, "target"));
    }

    /**
     * Records that {@code action} took effect on {@code account}, in its own transaction;
     * recording the same action again changes nothing. A create replaces any entry of the person
     * in the target with one holding the create's attributes and no permissions (see
     * {@link #recordCreated} for the attributes the target actually wrote); an update applies each
     * change's after value, null removing the attribute; enable and disable set the flag; a delete
     * removes the entry and its permissions and keeps the account in {@link #deletedAccounts};
     * grant and revoke add and remove the permission. An update, enable or disable for a person
     * without an entry adds one for {@code account} (disabled unless enabling); a grant or revoke
     * for such a person changes only the permissions, which a later create clears.
     */
    @Override
    public void record(Action action, AccountRef account) {
        ledgerWriter.record(Objects.requireNonNull(action, "action"),
                Objects.requireNonNull(account, "account"));
    }

    /** As {@code record(create, account)}, but keeping {@code writtenAttributes}: what the target wrote. */
    public void recordCreated(Action.Create action, AccountRef account,
            Map<String, String> writtenAttributes) {
        ledgerWriter.created(Objects.requireNonNull(action, "action"),
                Objects.requireNonNull(account, "account"),
                Objects.requireNonNull(writtenAttributes, "writtenAttributes"));
    }

    /** The accounts Roster deleted from {@code target}, oldest first, so their names stay taken. */
    public List<DeletedAccount> deletedAccounts(String target) {
        return ledgerReader.deleted(Objects.requireNonNull(target, "target"));
    }

    // --- runs and audit ---------------------------------------------------------------------

    /** Records the start of a run of {@code kind} ("cycle", "import", ...) and returns its id. */
    public long startRun(String kind, long revision) {
        return journal.startRun(Objects.requireNonNull(kind, "kind"), revision);
    }

    /**
     * Records the end of a run with its outcome ("ok", "failed: ...") and counts.
     *
     * @throws VaultException when there is no such run or it has already finished
     */
    public void finishRun(long runId, String outcome, Map<String, Long> counts) {
        journal.finishRun(runId, Objects.requireNonNull(outcome, "outcome"),
                Objects.requireNonNull(counts, "counts"));
    }

    /** The run with {@code runId}, if there is one. */
    public Optional<RunInfo> run(long runId) {
        return journal.run(runId);
    }

    /** Appends a line to the audit log, stamped with the current time. */
    public void audit(String actor, String event, String detail) {
        journal.audit(Objects.requireNonNull(actor, "actor"), Objects.requireNonNull(event, "event"),
                Objects.requireNonNull(detail, "detail"));
    }

    /** The last {@code limit} lines of the audit log, newest first. */
    public List<AuditEntry> audit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative audit limit " + limit);
        }
        return limit == 0 ? List.of() : journal.audit(limit);
    }

    /** Closes the connection pool; the vault cannot be used afterwards. */
    @Override
    public void close() {
        pool.close();
    }
}

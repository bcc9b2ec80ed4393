package dev.roster.vault;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Department;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
    private final HeldActions heldActions;
    private final Approvals approvals;
    private final DiffReader diffReader;
    private final Exclusions exclusions;
    private final Retention retention;
    private final Outbox outbox;
    private final SourceReads sourceReads;
    private final ReentrantLock snapshotLock = new ReentrantLock();

    private Vault(HikariDataSource pool, Clock clock) {
        this.pool = pool;
        Transactions tx = new Transactions(Jdbi.create(pool));
        this.snapshotReader = new SnapshotReader(tx);
        this.snapshotWriter = new SnapshotWriter(tx, clock, snapshotReader::kept);
        this.ledgerWriter = new LedgerWriter(tx, clock);
        this.ledgerReader = new LedgerReader(tx);
        this.journal = new Journal(tx, clock);
        this.heldActions = new HeldActions(tx, clock);
        this.approvals = new Approvals(tx, clock);
        this.diffReader = new DiffReader(tx);
        this.exclusions = new Exclusions(tx, clock);
        this.retention = new Retention(tx, clock);
        this.outbox = new Outbox(tx, clock);
        this.sourceReads = new SourceReads(tx, clock);
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
    //
    // Revisions: every stored snapshot takes the next number (max + 1), held or not. The vault
    // revision is the highest number among accepted snapshots, so it grows only when a snapshot
    // is accepted (stored within the thresholds, or approved) and never goes back: a held
    // snapshot is always the newest one, and storing a newer one supersedes it. A plan stamped
    // with revision N is stale as soon as revision() > N.

    /** As {@link #storeSnapshot(Snapshot, Thresholds)} without thresholds: always accepted. */
    public StoreResult storeSnapshot(Snapshot snapshot) {
        return storeSnapshot(snapshot, Thresholds.NONE);
    }

    /**
     * Stores {@code snapshot}, all or nothing, under the next snapshot number. Persons whose JSON
     * did not change share their person version. When it adds, removes or blocks more persons
     * than {@code thresholds} allow (compared with the current snapshot), it is stored as held:
     * the current snapshot and {@link #revision()} stay as they were until it is
     * {@link #approve approved}; otherwise it becomes current. A snapshot still held from
     * before is superseded either way. A snapshot with a person id twice is refused.
     */
    public StoreResult storeSnapshot(Snapshot snapshot, Thresholds thresholds) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(thresholds, "thresholds");
        StoreResult stored = locked(() -> snapshotWriter.store(snapshot, thresholds));
        if (!stored.held()) {
            snapshotReader.keep(stored.revision(), snapshot.persons());
        }
        return stored;
    }

    /**
     * Accepts the held snapshot {@code revision}: it becomes current and the vault revision
     * becomes {@code revision}, which is returned. The audit log records {@code actor}, the time
     * and {@code reason}.
     *
     * @throws IllegalArgumentException when {@code actor} or {@code reason} is blank
     * @throws VaultException when there is no such snapshot or it is not held (accepted
     *     already, or superseded by a newer one)
     */
    public long approve(long revision, String actor, String reason) {
        requireText(actor, "actor");
        requireText(reason, "reason");
        return locked(() -> approvals.approve(revision, actor, reason));
    }

    /**
     * The differences between the persons of snapshots {@code fromRevision} and
     * {@code toRevision}, of any status; {@code fromRevision} 0 is the empty vault. Only persons
     * whose stored version differs are read.
     *
     * @throws VaultException when either snapshot does not exist (any more)
     */
    public SnapshotDiff diff(long fromRevision, long toRevision) {
        return diffReader.diff(fromRevision, toRevision);
    }

    /** The revision of the current snapshot: the newest accepted one; 0 before the first. */
    public long revision() {
        return snapshotReader.revision();
    }

    /** The persons of the current snapshot, ordered by id; empty before the first snapshot. */
    public List<Person> persons() {
        return snapshotReader.persons();
    }

    /** The persons of the snapshot this process stored or read last, if still in memory; never reads. */
    public List<Person> keptPersons() {
        return snapshotReader.kept();
    }

    /** The departments of the current snapshot, ordered by id; empty before the first snapshot. */
    public List<Department> departments() {
        return snapshotReader.departments();
    }

    /** The current snapshot's facts, if there is one. */
    public Optional<SnapshotInfo> currentSnapshot() {
        return snapshotReader.current();
    }

    /** The snapshot waiting for approval, if there is one (there is at most one). */
    public Optional<SnapshotInfo> held() {
        return snapshotReader.held();
    }

    /** Snapshot {@code revision}, if it exists and was not pruned. */
    public Optional<SnapshotInfo> snapshot(long revision) {
        return snapshotReader.snapshot(revision);
    }

    /** The last {@code limit} snapshots stored, newest first, each with its status. */
    public List<SnapshotInfo> snapshots(int limit) {
        return snapshotReader.snapshots(limit);
    }

    /** The number of person versions kept over all snapshots. */
    public long personVersionCount() {
        return snapshotReader.personVersionCount();
    }

    // --- exclusions and retention -----------------------------------------------------------

    /**
     * Excludes {@code personId}: the engine leaves their accounts untouched until they are
     * {@link #include included}. Audited; returns false, recording nothing, when already excluded.
     *
     * @throws IllegalArgumentException when {@code actor} or {@code reason} is blank
     */
    public boolean exclude(String personId, String actor, String reason) {
        Objects.requireNonNull(personId, "personId");
        return exclusions.exclude(personId, requireText(actor, "actor"), requireText(reason, "reason"));
    }

    /** Ends the exclusion of {@code personId}; audited; false when they were not excluded. */
    public boolean include(String personId, String actor, String reason) {
        Objects.requireNonNull(personId, "personId");
        return exclusions.include(personId, requireText(actor, "actor"), requireText(reason, "reason"));
    }

    /** The ids of the excluded persons, ordered. */
    public Set<String> excludedPersons() {
        return exclusions.list().stream().map(Exclusion::personId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every exclusion with who made it, when and why, by person id. */
    public List<Exclusion> exclusions() {
        return exclusions.list();
    }

    /**
     * Forgets leavers: removes every stored version of each person who is in neither the current
     * nor a held snapshot, has no account left in any target's ledger, and whose last account
     * Roster deleted before the start (UTC) of {@code today - daysAfterLastDelete}. Their deleted
     * accounts stay (their names remain reserved); older snapshots then list them no more.
     * Persons Roster never had an account for are kept. Audited; returns how many were removed.
     */
    public int purgeLeavers(LocalDate today, int daysAfterLastDelete) {
        Objects.requireNonNull(today, "today");
        if (daysAfterLastDelete < 0) {
            throw new IllegalArgumentException("negative retention " + daysAfterLastDelete);
        }
        return locked(() -> retention.purgeLeavers(today, daysAfterLastDelete));
    }

    /**
     * Removes the snapshots older than the {@code keep} newest accepted ones (superseded ones
     * among them), with their persons, departments and the person versions no kept snapshot
     * has; never the current or a held snapshot. Audited; returns how many were removed.
     *
     * @throws IllegalArgumentException when {@code keep} is less than 1
     */
    public int pruneSnapshots(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("must keep at least the current snapshot, not " + keep);
        }
        return locked(() -> retention.pruneSnapshots(keep));
    }

    // --- ledger -----------------------------------------------------------------------------

    @Override
    public Optional<LedgerEntry> find(String target, String personId) {
        return ledgerReader.find(Objects.requireNonNull(target, "target"),
                Objects.requireNonNull(personId, "personId"));
    }

    @Override
    public Optional<AccountRef> account(String target, String personId) {
        return ledgerReader.account(Objects.requireNonNull(target, "target"),
                Objects.requireNonNull(personId, "personId"));
    }

    /** The number of accounts Roster manages in {@code target}: the size of its ledger. */
    public long managedAccounts(String target) {
        return ledgerReader.count(Objects.requireNonNull(target, "target"));
    }

    /** All entries of {@code target}, by person id (iterating in id order); unmodifiable. */
    public Map<String, LedgerEntry> ledger(String target) {
        return ledgerReader.ledger(Objects.requireNonNull(target, "target"));
    }

    /**
     * Records that {@code action} took effect on {@code account}, in its own transaction;
     * recording the same action again changes nothing. A create replaces any entry of the person
     * in the target with one holding the create's attributes and no permissions; an update applies each
     * change's after value, null removing the attribute; enable and disable set the flag; a delete
     * removes the entry and its permissions and keeps the account in {@link #deletedAccounts};
     * grant and revoke add and remove the permission. An update, enable or disable for a person
     * without an entry adds one for {@code account} (disabled unless enabling); a grant or revoke
     * for such a person changes only the permissions, which a later create clears. A revoke from
     * an account of no person Roster manages ({@link Action.Revoke#foreign()}) leaves the ledger as
     * it is: the ledger holds only Roster's accounts.
     */
    @Override
    public void record(Action action, AccountRef account) {
        ledgerWriter.record(Objects.requireNonNull(action, "action"),
                Objects.requireNonNull(account, "account"));
    }

    /** Records the actions in one transaction: all or none. */
    @Override
    public void recordAll(List<Done> done) {
        ledgerWriter.recordAll(List.copyOf(done)); // each Done holds an action and an account
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

    /**
     * "Unmanage": Roster forgets a permission it granted (or, with a null {@code permission}, the
     * whole account) without revoking or touching anything in the target, so no plan revokes it.
     * Audited with who and why.
     *
     * @return false when the ledger did not have it
     * @throws IllegalArgumentException when the actor or reason is blank
     */
    public boolean unmanage(String target, String personId, String permission, String actor, String reason) {
        return ledgerWriter.forget(Objects.requireNonNull(target, "target"), Objects.requireNonNull(personId, "personId"),
                permission, requireText(actor, "who unmanages (actor)"), requireText(reason, "why (reason)"));
    }

    /**
     * Keeps the actions a target threshold held back from run {@code runId}, as plan JSON.
     *
     * @param revision the vault revision they were planned from
     */
    public void holdActions(long runId, long revision, String planJson, List<String> breaches) {
        heldActions.hold(runId, revision, Objects.requireNonNull(planJson, "planJson"), breaches);
    }

    /** The actions held back from run {@code runId}, if any were. */
    public Optional<HeldRun> heldActions(long runId) {
        return heldActions.find(runId);
    }

    /**
     * Records that an administrator released the held actions of the given kinds (verbs), with an
     * audit line naming who and why.
     *
     * @throws VaultException when the run has no held actions, or they were released already
     * @throws IllegalArgumentException when the actor or reason is blank
     */
    public void releaseHeldActions(long runId, List<String> kinds, String actor, String reason) {
        heldActions.release(runId, kinds, requireText(actor, "who approves (actor)"), requireText(reason, "why (reason)"));
    }

    /** The run with {@code runId}, if there is one. */
    public Optional<RunInfo> run(long runId) {
        return journal.run(runId);
    }

    /** Appends a line to the audit log, stamped with the current time. */
    public void audit(String actor, String event, String detail) {
        audit(actor, List.of(Map.entry(Objects.requireNonNull(event, "event"),
                Objects.requireNonNull(detail, "detail"))));
    }

    /** Appends lines ({@link Map#entry} of event and detail) in order, in one transaction, stamped now. */
    public void audit(String actor, List<Map.Entry<String, String>> lines) {
        journal.audit(Objects.requireNonNull(actor, "actor"), List.copyOf(lines));
    }

    /** The last {@code limit} lines of the audit log, newest first. */
    public List<AuditEntry> audit(int limit) {
        return journal.audit(limit);
    }

    /** The last full read of each source, in this vault's database. */
    public SourceReads sourceReads() {
        return sourceReads;
    }

    /** The outbox of notifications, in this vault's database. */
    public Outbox outbox() {
        return outbox;
    }

    private <T> T locked(Supplier<T> work) {
        snapshotLock.lock();
        try {
            return work.get();
        } finally {
            snapshotLock.unlock();
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /** Closes the connection pool; the vault cannot be used afterwards. */
    @Override
    public void close() {
        pool.close();
    }
}

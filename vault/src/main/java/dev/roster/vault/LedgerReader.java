package dev.roster.vault;

import dev.roster.model.AccountRef;
import dev.roster.model.LedgerEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Reads ledger entries and deleted accounts; each method in one transaction. A target's whole
 * ledger, once read, is kept (softly: the collector may take it back) and brought up to date on
 * the next read from {@code ledger_change}, re-reading only the entries changed since, by this
 * process or any other; it is read whole again when too many changed or the changes it needs
 * were removed. Thread-safe.
 */
final class LedgerReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LedgerReader.class);
    private static final String ACCOUNTS =
            "SELECT target, person_id, account_ref, enabled, attributes FROM ledger_account";
    /**
     * Changes re-read before the newest one seen: a transaction takes its change's id just before
     * it commits, so one committing while the ledger was read has an id at most this far below.
     */
    static final long MARGIN = 1_000;
    /** The newest changes kept in {@code ledger_change}; older ones are removed on a whole read. */
    static final long KEEP = 100_000;
    /** Changed entries read again one by one, at most: more, or a fifth of the ledger, read it whole. */
    private static final int ONE_BY_ONE = 5_000;

    private final Transactions tx;
    private final Map<String, java.lang.ref.SoftReference<Kept>> kept = new java.util.concurrent.ConcurrentHashMap<>();

    LedgerReader(Transactions tx) {
        this.tx = tx;
    }

    Optional<LedgerEntry> find(String target, String personId) {
        return tx.call("read the " + target + " ledger entry of " + personId, h -> find(h, target, personId));
    }

    private static Optional<LedgerEntry> find(Handle h, String target, String personId) {
        return h.createQuery(ACCOUNTS + " WHERE target = ? AND person_id = ?")
                .bind(0, target).bind(1, personId)
                .map((rs, ctx) -> entry(rs, permissions(h, target, personId)))
                .findOne();
    }

    Optional<AccountRef> account(String target, String personId) {
        return tx.call("read the " + target + " account of " + personId, h -> h.createQuery(
                        "SELECT account_ref FROM ledger_account WHERE target = ? AND person_id = ?")
                .bind(0, target).bind(1, personId).mapTo(String.class).findOne().map(AccountRef::new));
    }

    long count(String target) {
        return tx.call("count the accounts in " + target, h -> h.createQuery(
                "SELECT COUNT(*) FROM ledger_account WHERE target = ?").bind(0, target).mapTo(Long.class).one());
    }

    /** All entries of {@code target} by person id. */
    Map<String, LedgerEntry> ledger(String target) {
        java.lang.ref.SoftReference<Kept> reference = kept.get(target);
        Kept known = reference == null ? null : reference.get();
        Kept read = tx.call("read the ledger of " + target, h -> {
            long newest = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM ledger_change").mapTo(Long.class).one();
            Refresh refresh = known == null ? null : changedSince(h, target, known, newest);
            if (refresh != null) {
                LOG.debug("ledger of {}: {} entries kept, {} read again", target, known.entries().size(),
                        refresh.persons().size());
                return new Kept(newest, refresh.seen(), refreshed(h, target, known.entries(), refresh.persons()));
            }
            LOG.debug("ledger of {}: read whole ({})", target, known == null ? "none kept" : "too many changes");
            if (newest > 2 * KEEP) {
                h.createUpdate("DELETE FROM ledger_change WHERE id <= ?").bind(0, newest - KEEP).execute();
            }
            // the changes committed before the entries are read are in them: not to be read again
            Map<Long, List<String>> before = changes(h, target, Math.max(0, newest - MARGIN));
            return new Kept(newest, seen(before, newest), whole(h, target));
        });
        kept.put(target, new java.lang.ref.SoftReference<>(read));
        return read.entries();
    }

    /** The persons whose entries to read again, and the ids of the changes the result then holds. */
    private record Refresh(Set<String> persons, Set<Long> seen) {
    }

    /**
     * The persons whose entries in {@code target} changed since {@code known} was read (looking at
     * its last {@link #MARGIN} changes again, since some may have committed after it was read, but
     * not at those it holds); or null when the ledger is better read whole: some changes it needs
     * were removed, or so many changed that reading them one by one costs more.
     */
    private static Refresh changedSince(Handle h, String target, Kept known, long newest) {
        long from = Math.max(0, known.newest() - MARGIN);
        long oldest = h.createQuery("SELECT COALESCE(MIN(id), 0) FROM ledger_change").mapTo(Long.class).one();
        long limit = Math.min(ONE_BY_ONE, Math.max(100, known.entries().size() / 5));
        if (oldest > from + 1 || newest - from > 4 * limit + MARGIN) {
            return null;
        }
        Map<Long, List<String>> changes = changes(h, target, from);
        Set<String> persons = new HashSet<>();
        changes.forEach((id, changed) -> {
            if (!known.seen().contains(id)) {
                persons.addAll(changed);
            }
        });
        return persons.size() <= limit ? new Refresh(persons, seen(changes, newest)) : null;
    }

    /** The persons each change after {@code after} names: one (person_id), or several, one per line (person_ids). */
    private static Map<Long, List<String>> changes(Handle h, String target, long after) {
        Map<Long, List<String>> changes = new HashMap<>();
        h.createQuery("SELECT id, person_id, person_ids FROM ledger_change WHERE target = ? AND id > ?")
                .bind(0, target).bind(1, after)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2) != null ? List.of(rs.getString(2))
                        : List.of(rs.getString(3).split("\n"))))
                .forEach(e -> changes.put(e.getKey(), e.getValue()));
        return changes;
    }

    /** The ids among {@code changes} that a read after them need not read again: the last MARGIN. */
    private static Set<Long> seen(Map<Long, List<String>> changes, long newest) {
        Set<Long> seen = new HashSet<>();
        changes.keySet().stream().filter(id -> id > newest - MARGIN).forEach(seen::add);
        return seen;
    }

    /** The ledger of {@code target} read whole, in two queries. */
    private static Map<String, LedgerEntry> whole(Handle h, String target) {
        Values values = new Values(2_000);
        Map<String, Set<String>> permissions = new HashMap<>();
        h.createQuery("SELECT person_id, permission FROM ledger_permission WHERE target = ?")
                .bind(0, target).setFetchSize(Batch.SIZE)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(p -> permissions.computeIfAbsent(p[0], k -> new HashSet<>()).add(values.share("", p[1])));
        List<Row> rows = h.createQuery(ACCOUNTS + " WHERE target = ?").bind(0, target)
                .setFetchSize(Batch.SIZE).map((rs, ctx) -> Row.of(rs)).list();
        // the attributes' JSON is parsed on every core: most of the read's time at 100,000 accounts
        Map<String, LedgerEntry> entries = new TreeMap<>();
        rows.parallelStream().map(r -> r.entry(permissions.getOrDefault(r.personId(), Set.of()), values))
                .collect(java.util.stream.Collectors.toList())
                .forEach(e -> entries.put(e.personId(), e));
        return Collections.unmodifiableMap(entries);
    }

    /**
     * {@code known} with the entries of the persons {@code changed} read again, each by its key
     * (H2 answers a long IN list by scanning the table).
     */
    private static Map<String, LedgerEntry> refreshed(Handle h, String target, Map<String, LedgerEntry> known,
            Set<String> changed) {
        if (changed.isEmpty()) {
            return known;
        }
        Map<String, LedgerEntry> entries = new TreeMap<>(known);
        for (String id : changed) {
            entries.remove(id);
            find(h, target, id).ifPresent(e -> entries.put(id, e));
        }
        return Collections.unmodifiableMap(entries);
    }

    /**
     * A target's ledger as read when the newest change was {@code newest}; {@code seen}: the ids
     * of its last changes (within {@link #MARGIN}) that the entries already hold.
     */
    private record Kept(long newest, Set<Long> seen, Map<String, LedgerEntry> entries) {
    }

    /** The accounts deleted from {@code target}, oldest first. */
    List<DeletedAccount> deleted(String target) {
        return tx.call("read the deleted accounts of " + target, h -> h.createQuery(
                        "SELECT target, person_id, account_ref, attributes, deleted_at"
                                + " FROM ledger_deleted WHERE target = ? ORDER BY id")
                .bind(0, target)
                .map((rs, ctx) -> new DeletedAccount(rs.getString(1), rs.getString(2),
                        new AccountRef(rs.getString(3)), Json.strings(rs.getString(4)),
                        SnapshotReader.instant(rs, "deleted_at")))
                .list());
    }

    private static Set<String> permissions(Handle h, String target, String personId) {
        return new HashSet<>(h.createQuery("SELECT permission FROM ledger_permission"
                        + " WHERE target = ? AND person_id = ?")
                .bind(0, target).bind(1, personId).mapTo(String.class).list());
    }

    private static LedgerEntry entry(ResultSet rs, Set<String> permissions) throws SQLException {
        return Row.of(rs).entry(permissions, Values.NONE);
    }

    /** A ledger_account row as read, its attributes still JSON. */
    private record Row(String target, String personId, String ref, boolean enabled, String attributes) {
        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getString("target"), rs.getString("person_id"), rs.getString("account_ref"),
                    rs.getBoolean("enabled"), rs.getString("attributes"));
        }

        LedgerEntry entry(Set<String> permissions, Values values) {
            Map<String, String> read = Json.strings(attributes);
            read.replaceAll(values::share);
            return new LedgerEntry(values.share("", target), personId, new AccountRef(ref), enabled, read,
                    permissions);
        }
    }

    /**
     * Equal values of one attribute (or of the permissions, under "") shared by the entries of one
     * whole read, so that a department, title, manager or group that a thousand accounts have is
     * kept once while the ledger is kept. An attribute whose values are mostly distinct (names,
     * addresses) stops being shared after 2,000 of them. Thread-safe.
     */
    private static final class Values {
        /** Shares nothing: for entries read one at a time. */
        static final Values NONE = new Values(0);
        private final int distinct;
        private final Map<String, Map<String, String>> byName = new java.util.concurrent.ConcurrentHashMap<>();

        Values(int distinct) {
            this.distinct = distinct;
        }

        String share(String name, String value) {
            if (value == null || distinct == 0) {
                return value;
            }
            Map<String, String> known = byName.computeIfAbsent(name, k -> new java.util.concurrent.ConcurrentHashMap<>());
            String same = known.get(value);
            if (same != null) {
                return same;
            }
            if (known.size() >= distinct) {
                return value;
            }
            same = known.putIfAbsent(value, value);
            return same == null ? value : same;
        }
    }
}

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

/** Reads ledger entries and deleted accounts; each method in one transaction. Thread-safe. */
final class LedgerReader {
    private static final String ACCOUNTS =
            "SELECT target, person_id, account_ref, enabled, attributes FROM ledger_account";

    private final Transactions tx;

    LedgerReader(Transactions tx) {
        this.tx = tx;
    }

    Optional<LedgerEntry> find(String target, String personId) {
        return tx.call("read the " + target + " ledger entry of " + personId, h -> h.createQuery(
                        ACCOUNTS + " WHERE target = ? AND person_id = ?")
                .bind(0, target).bind(1, personId)
                .map((rs, ctx) -> entry(rs, permissions(h, target, personId)))
                .findOne());
    }

    /** All entries of {@code target} by person id, in two queries. */
    Map<String, LedgerEntry> ledger(String target) {
        return tx.call("read the ledger of " + target, h -> {
            Map<String, Set<String>> permissions = new HashMap<>();
            h.createQuery("SELECT person_id, permission FROM ledger_permission WHERE target = ?")
                    .bind(0, target).setFetchSize(Batch.SIZE)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                    .forEach(p -> permissions.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1]));
            List<Row> rows = h.createQuery(ACCOUNTS + " WHERE target = ?").bind(0, target)
                    .setFetchSize(Batch.SIZE).map((rs, ctx) -> Row.of(rs)).list();
            // the attributes' JSON is parsed on every core: most of the read's time at 100,000 accounts
            Map<String, LedgerEntry> entries = new TreeMap<>();
            rows.parallelStream().map(r -> r.entry(permissions.getOrDefault(r.personId(), Set.of())))
                    .collect(java.util.stream.Collectors.toList())
                    .forEach(e -> entries.put(e.personId(), e));
            return Collections.unmodifiableMap(entries);
        });
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
        return Row.of(rs).entry(permissions);
    }

    /** A ledger_account row as read, its attributes still JSON. */
    private record Row(String target, String personId, String ref, boolean enabled, String attributes) {
        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getString("target"), rs.getString("person_id"), rs.getString("account_ref"),
                    rs.getBoolean("enabled"), rs.getString("attributes"));
        }

        LedgerEntry entry(Set<String> permissions) {
            return new LedgerEntry(target, personId, new AccountRef(ref), enabled, Json.strings(attributes),
                    permissions);
        }
    }
}

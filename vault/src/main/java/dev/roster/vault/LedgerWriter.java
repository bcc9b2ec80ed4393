package dev.roster.vault;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Change;
import dev.roster.model.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Records actions in the ledger, each in its own transaction and idempotently: recording the same
 * action twice leaves the ledger as recording it once. The account row is locked while it is
 * changed, so concurrent records for one person do not lose each other's changes. Each
 * transaction ends by noting the account in {@code ledger_change}, which {@link LedgerReader}
 * follows to keep its copy of the ledger current. Thread-safe.
 */
final class LedgerWriter {
    private final Transactions tx;
    private final Clock clock;

    LedgerWriter(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Replaces the person's entry with {@code account}, the given attributes and no permissions. */
    void created(Action.Create create, AccountRef account, Map<String, String> written) {
        tx.run("record: " + create.summary(), h -> created(h, create, account, written));
    }

    private void created(Handle h, Action.Create create, AccountRef account, Map<String, String> written) {
        String attributes = Json.write(new TreeMap<>(written), "the attributes of " + account);
        deleteAccount(h, create.target(), create.personId());
        deletePermissions(h, create.target(), create.personId());
        h.createUpdate("INSERT INTO ledger_account (target, person_id, account_ref, enabled,"
                        + " attributes, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, create.target()).bind(1, create.personId()).bind(2, account.id())
                .bind(3, create.enabled()).bind(4, attributes).bind(5, now()).execute();
        changed(h, create.target(), create.personId());
    }

    /**
     * Records an action other than create. Update, enable and disable of a person without an
     * entry add one for {@code account} (disabled unless enabling); a grant is kept even then.
     */
    void record(Action action, AccountRef account) {
        tx.run("record: " + action.summary(), h -> record(h, action, account));
    }

    /** Records the actions as {@link #record} does, all in one transaction. */
    void recordAll(List<Ledger.Done> done) {
        if (done.isEmpty()) {
            return;
        }
        tx.run("record " + done.size() + " actions, the first " + done.get(0).action().summary(), h -> {
            for (Ledger.Done d : done) {
                record(h, d.action(), d.account());
            }
        });
    }

    private void record(Handle h, Action action, AccountRef account) {
        String target = action.target();
        String person = action.personId();
        if (action instanceof Action.Update update) {
            Optional<Row> row = lock(h, target, person);
            Map<String, String> attributes = new TreeMap<>(row.map(Row::attributes).orElse(Map.of()));
            for (Map.Entry<String, Change> c : update.changes().entrySet()) {
                if (c.getValue().after() == null) {
                    attributes.remove(c.getKey());
                } else {
                    attributes.put(c.getKey(), c.getValue().after());
                }
            }
            save(h, target, person, account, row.map(Row::enabled).orElse(false), attributes, row);
        } else if (action instanceof Action.Enable || action instanceof Action.Disable) {
            Optional<Row> row = lock(h, target, person);
            save(h, target, person, account, action instanceof Action.Enable,
                    row.map(Row::attributes).orElse(Map.of()), row);
        } else if (action instanceof Action.Delete) {
            delete(h, target, person, account);
        } else if (action instanceof Action.Grant grant) {
            grant(h, target, person, grant.permission());
        } else if (action instanceof Action.Revoke revoke) {
            h.createUpdate("DELETE FROM ledger_permission WHERE target = ? AND person_id = ? AND permission = ?")
                    .bind(0, target).bind(1, person).bind(2, revoke.permission()).execute();
        } else if (action instanceof Action.Create create) {
            created(h, create, account, create.attributes());
            return;
        } else {
            throw new IllegalArgumentException("unknown action " + action.verb());
        }
        changed(h, target, person);
    }

    private void save(Handle h, String target, String person, AccountRef account, boolean enabled,
            Map<String, String> attributes, Optional<Row> existing) {
        String sql = existing.isPresent()
                ? "UPDATE ledger_account SET account_ref = ?, enabled = ?, attributes = ?,"
                        + " updated_at = ? WHERE target = ? AND person_id = ?"
                : "INSERT INTO ledger_account (account_ref, enabled, attributes, updated_at,"
                        + " target, person_id) VALUES (?, ?, ?, ?, ?, ?)";
        h.createUpdate(sql).bind(0, account.id()).bind(1, enabled)
                .bind(2, Json.write(new TreeMap<>(attributes), "the attributes of " + account))
                .bind(3, now()).bind(4, target).bind(5, person).execute();
    }

    private void delete(Handle h, String target, String person, AccountRef account) {
        Optional<Row> row = lock(h, target, person);
        if (row.isPresent()) {
            h.createUpdate("INSERT INTO ledger_deleted (target, person_id, account_ref, attributes,"
                            + " deleted_at) VALUES (?, ?, ?, ?, ?)")
                    .bind(0, target).bind(1, person).bind(2, row.get().account())
                    .bind(3, Json.write(new TreeMap<>(row.get().attributes()), "the attributes of "
                            + account))
                    .bind(4, now()).execute();
            deleteAccount(h, target, person);
        }
        deletePermissions(h, target, person);
    }

    private void grant(Handle h, String target, String person, String permission) {
        boolean present = h.createQuery("SELECT COUNT(*) FROM ledger_permission"
                        + " WHERE target = ? AND person_id = ? AND permission = ?")
                .bind(0, target).bind(1, person).bind(2, permission).mapTo(Long.class).one() > 0;
        if (!present) { // a concurrent grant of the same makes the insert fail; Transactions retries
            h.createUpdate("INSERT INTO ledger_permission (target, person_id, permission, granted_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .bind(0, target).bind(1, person).bind(2, permission).bind(3, now()).execute();
        }
    }

    private static Optional<Row> lock(Handle h, String target, String person) {
        return h.createQuery("SELECT account_ref, enabled, attributes FROM ledger_account"
                        + " WHERE target = ? AND person_id = ? FOR UPDATE")
                .bind(0, target).bind(1, person)
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getBoolean(2),
                        Json.strings(rs.getString(3))))
                .findOne();
    }

    /**
     * Forgets what Roster knows it did, without touching the target: one permission, or (when
     * {@code permission} is null) the whole account; audited with who and why.
     *
     * @return whether the ledger had it
     */
    boolean forget(String target, String person, String permission, String actor, String reason) {
        return tx.call("unmanage " + (permission == null ? "the account" : permission) + " of " + person, h -> {
            int removed;
            if (permission == null) {
                removed = h.createUpdate("DELETE FROM ledger_account WHERE target = ? AND person_id = ?")
                        .bind(0, target).bind(1, person).execute();
                deletePermissions(h, target, person);
            } else {
                removed = h.createUpdate("DELETE FROM ledger_permission WHERE target = ? AND person_id = ? AND permission = ?")
                        .bind(0, target).bind(1, person).bind(2, permission).execute();
            }
            if (removed > 0) {
                Journal.append(h, now(), actor, "unmanage", target + "/" + person + ": "
                        + (permission == null ? "the account and its permissions" : permission)
                        + " no longer managed by Roster (left as it is in the target): " + reason);
                changed(h, target, person);
            }
            return removed > 0;
        });
    }

    /** Notes that the entry of {@code person} in {@code target} changed; last, so its id is close to the commit's. */
    private static void changed(Handle h, String target, String person) {
        h.createUpdate("INSERT INTO ledger_change (target, person_id) VALUES (?, ?)")
                .bind(0, target).bind(1, person).execute();
    }

    private static void deleteAccount(Handle h, String target, String person) {
        h.createUpdate("DELETE FROM ledger_account WHERE target = ? AND person_id = ?")
                .bind(0, target).bind(1, person).execute();
    }

    private static void deletePermissions(Handle h, String target, String person) {
        h.createUpdate("DELETE FROM ledger_permission WHERE target = ? AND person_id = ?")
                .bind(0, target).bind(1, person).execute();
    }

    private Instant now() {
        return SnapshotWriter.micros(clock.instant());
    }

    private record Row(String account, boolean enabled, Map<String, String> attributes) {
    }
}

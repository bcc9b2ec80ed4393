package dev.roster.vault;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Change;
import dev.roster.model.Ledger;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Records actions in the ledger, each in its own transaction and idempotently: recording the same
 * action twice leaves the ledger as recording it once. The account row is locked while it is
 * changed, so concurrent records for one person do not lose each other's changes. Each
 * transaction ends by noting the accounts it changed in {@code ledger_change}, in one row for all
 * of them, which {@link LedgerReader} follows to keep its copy of the ledger current. Thread-safe.
 */
final class LedgerWriter {
    /** Adds a permission unless the person has it already. */
    private static final String GRANT = "INSERT INTO ledger_permission (target, person_id, permission, granted_at)"
            + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM ledger_permission"
            + " WHERE target = ? AND person_id = ? AND permission = ?)";
    private static final String REVOKE =
            "DELETE FROM ledger_permission WHERE target = ? AND person_id = ? AND permission = ?";
    private static final String CHANGED = "INSERT INTO ledger_change (target, person_id) VALUES (?, ?)";
    private static final String CHANGED_ALL = "INSERT INTO ledger_change (target, person_ids) VALUES (?, ?)";
    private static final String INSERT_ACCOUNT = "INSERT INTO ledger_account (target, person_id, account_ref,"
            + " enabled, attributes, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String DELETE_ACCOUNT = "DELETE FROM ledger_account WHERE target = ? AND person_id = ?";
    private static final String DELETE_PERMISSIONS = "DELETE FROM ledger_permission WHERE target = ? AND person_id = ?";

    private final Transactions tx;
    private final Clock clock;

    LedgerWriter(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Records an action. A create replaces the person's entry with {@code account}, the create's
     * attributes and no permissions. Update, enable and disable of a person without an entry add
     * one for {@code account} (disabled unless enabling); a grant is kept even then. A revoke from
     * an account of no person Roster manages changes nothing.
     */
    void record(Action action, AccountRef account) {
        if (!foreign(action)) {
            tx.run("record: " + action.summary(), h -> record(h, action, account));
        }
    }

    private static boolean foreign(Action action) {
        return action instanceof Action.Revoke revoke && revoke.foreign();
    }

    /**
     * Records the actions as {@link #record} does, all in one transaction. Creates of different
     * persons, and grants and revokes of which no two concern one permission of one person, go
     * to the database in batches (the order within them does not matter); anything else is
     * recorded one by one, in order.
     */
    void recordAll(List<Ledger.Done> all) {
        List<Ledger.Done> done = all.stream().filter(d -> !foreign(d.action())).toList();
        if (done.isEmpty()) {
            return;
        }
        tx.run("record " + done.size() + " actions, the first " + done.get(0).action().summary(), h -> {
            Set<List<String>> seen = new HashSet<>();
            if (done.stream().allMatch(d -> d.action() instanceof Action.Create
                    && seen.add(List.of(d.action().target(), d.action().personId())))) {
                createsInBatches(h, done);
                return;
            }
            seen.clear();
            if (done.stream().allMatch(d -> (d.action() instanceof Action.Grant
                    || d.action() instanceof Action.Revoke) && seen.add(List.of(d.action().target(),
                    d.action().personId(), permission(d.action()))))) {
                membershipsInBatches(h, done);
                return;
            }
            done.forEach(d -> record(h, d.action(), d.account()));
        });
    }

    /** Replaces each person's entry with the account, the create's attributes and no permissions. */
    private void createsInBatches(Handle h, List<Ledger.Done> done) {
        Connection c = h.getConnection();
        Timestamp now = Timestamp.from(now());
        try (JdbcBatch accounts = new JdbcBatch(c, DELETE_ACCOUNT);
                JdbcBatch permissions = new JdbcBatch(c, DELETE_PERMISSIONS);
                JdbcBatch inserts = new JdbcBatch(c, INSERT_ACCOUNT)) {
            for (Ledger.Done d : done) {
                Action.Create create = (Action.Create) d.action();
                accounts.add(create.target(), create.personId());
                permissions.add(create.target(), create.personId());
                inserts.add(create.target(), create.personId(), d.account().id(), create.enabled(),
                        Json.write(new TreeMap<>(create.attributes()), "the attributes of " + d.account()), now);
            }
            for (JdbcBatch batch : List.of(accounts, permissions, inserts)) {
                batch.execute();
            }
            changed(c, done);
        } catch (SQLException e) {
            throw new Transactions.JdbcFailure(e);
        }
    }

    private void membershipsInBatches(Handle h, List<Ledger.Done> done) {
        Connection c = h.getConnection();
        Timestamp now = Timestamp.from(now());
        try (JdbcBatch grants = new JdbcBatch(c, GRANT);
                JdbcBatch revokes = new JdbcBatch(c, REVOKE)) {
            for (Ledger.Done d : done) {
                Action a = d.action();
                if (a instanceof Action.Grant) {
                    grants.add(a.target(), a.personId(), permission(a), now, a.target(), a.personId(), permission(a));
                } else {
                    revokes.add(a.target(), a.personId(), permission(a));
                }
            }
            for (JdbcBatch batch : List.of(grants, revokes)) {
                batch.execute();
            }
            changed(c, done);
        } catch (SQLException e) {
            throw new Transactions.JdbcFailure(e);
        }
    }

    private static String permission(Action action) {
        return action instanceof Action.Grant g ? g.permission() : ((Action.Revoke) action).permission();
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
            h.createUpdate(REVOKE).bind(0, target).bind(1, person).bind(2, revoke.permission()).execute();
        } else if (action instanceof Action.Create) {
            createsInBatches(h, List.of(new Ledger.Done(action, account)));
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

    /** A concurrent grant of the same makes the insert fail; {@link Transactions} tries again. */
    private void grant(Handle h, String target, String person, String permission) {
        h.createUpdate(GRANT).bind(0, target).bind(1, person).bind(2, permission).bind(3, now())
                .bind(4, target).bind(5, person).bind(6, permission).execute();
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
                removed = h.createUpdate(DELETE_ACCOUNT)
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
        h.createUpdate(CHANGED).bind(0, target).bind(1, person).execute();
    }

    /**
     * Notes the entries the actions changed: one row per target naming all their persons, one per
     * line ({@link LedgerReader} splits them again), and a row of its own for a person id that
     * holds a line break. Last, so the ids are close to the commit's.
     */
    private static void changed(Connection c, List<Ledger.Done> done) throws SQLException {
        Map<String, Set<String>> byTarget = new TreeMap<>();
        for (Ledger.Done d : done) {
            byTarget.computeIfAbsent(d.action().target(), t -> new java.util.LinkedHashSet<>()).add(d.action().personId());
        }
        try (JdbcBatch one = new JdbcBatch(c, CHANGED); JdbcBatch all = new JdbcBatch(c, CHANGED_ALL)) {
            for (Map.Entry<String, Set<String>> target : byTarget.entrySet()) {
                StringBuilder ids = new StringBuilder();
                for (String person : target.getValue()) {
                    if (person.indexOf('\n') >= 0) {
                        one.add(target.getKey(), person);
                    } else {
                        ids.append(ids.length() == 0 ? "" : "\n").append(person);
                    }
                }
                if (ids.length() > 0) {
                    all.add(target.getKey(), ids.toString());
                }
            }
            one.execute();
            all.execute();
        }
    }

    private static void deleteAccount(Handle h, String target, String person) {
        h.createUpdate(DELETE_ACCOUNT).bind(0, target).bind(1, person).execute();
    }

    private static void deletePermissions(Handle h, String target, String person) {
        h.createUpdate(DELETE_PERMISSIONS).bind(0, target).bind(1, person).execute();
    }

    private Instant now() {
        return SnapshotWriter.micros(clock.instant());
    }

    private record Row(String account, boolean enabled, Map<String, String> attributes) {
    }
}

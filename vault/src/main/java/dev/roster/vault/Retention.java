package dev.roster.vault;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Removes what the vault no longer needs to keep: the person versions of leavers whose accounts
 * are all long deleted, and old snapshots. Each call is one audited transaction. Callers
 * serialise calls with snapshot stores. Thread-safe.
 */
final class Retention {
    private static final int LISTED = 50;

    private final Transactions tx;
    private final Clock clock;

    Retention(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** See {@link Vault#purgeLeavers}. */
    int purgeLeavers(LocalDate today, int days) {
        Instant cutoff = today.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
        return tx.call("purge leavers", h -> {
            Set<String> candidates = new TreeSet<>(h.createQuery("SELECT person_id FROM"
                            + " ledger_deleted GROUP BY person_id HAVING MAX(deleted_at) < ?")
                    .bind(0, cutoff).mapTo(String.class).list());
            if (candidates.isEmpty()) {
                return 0; // the usual answer: then the persons still in use need not be read
            }
            candidates.removeAll(new HashSet<>(h.createQuery("SELECT DISTINCT person_id FROM"
                    + " ledger_account").mapTo(String.class).list()));
            candidates.removeAll(new HashSet<>(h.createQuery("SELECT person_id FROM " + Links.CURRENT
                            + " UNION SELECT person_id FROM held_link WHERE revision IN"
                            + " (SELECT revision FROM snapshot WHERE status = 'HELD')")
                    .setFetchSize(Batch.SIZE).mapTo(String.class).list()));
            List<String> purged = candidates.stream().filter(id -> purge(h, id) > 0).toList();
            if (!purged.isEmpty()) {
                Journal.append(h, clock.instant(), "roster", "vault.purged", purged.size()
                        + " leavers whose accounts were all deleted before " + cutoff + ": "
                        + String.join(", ", purged.subList(0, Math.min(LISTED, purged.size())))
                        + (purged.size() > LISTED ? ", ..." : ""));
            }
            return purged.size();
        });
    }

    private static int purge(Handle h, String personId) {
        h.createUpdate("DELETE FROM person_link WHERE person_id = ?").bind(0, personId).execute();
        h.createUpdate("DELETE FROM held_link WHERE person_id = ?").bind(0, personId).execute();
        return h.createUpdate("DELETE FROM person_version WHERE person_id = ?").bind(0, personId)
                .execute();
    }

    /** See {@link Vault#pruneSnapshots}. */
    int pruneSnapshots(int keep) {
        return tx.call("prune snapshots", h -> {
            List<Long> accepted = h.createQuery("SELECT revision FROM snapshot WHERE status ="
                    + " 'ACCEPTED' ORDER BY revision DESC").mapTo(Long.class).list();
            if (accepted.size() <= keep) {
                return 0;
            }
            long cutoff = accepted.get(keep - 1);
            List<Long> pruned = h.createQuery("SELECT revision FROM snapshot WHERE revision < ?"
                    + " AND status <> 'HELD' ORDER BY revision").bind(0, cutoff)
                    .mapTo(Long.class).list();
            for (String table : List.of("snapshot_warning", "department", "held_link")) {
                h.createUpdate("DELETE FROM " + table + " WHERE revision < ?").bind(0, cutoff)
                        .execute();
            }
            // links that ended before the oldest snapshot kept; the others go on into it
            h.createUpdate("DELETE FROM person_link WHERE last_revision < ?").bind(0, cutoff).execute();
            int versions = h.createUpdate("DELETE FROM person_version WHERE first_revision < ?"
                            + " AND NOT EXISTS (SELECT 1 FROM person_link l WHERE l.version_id = person_version.id)"
                            + " AND NOT EXISTS (SELECT 1 FROM held_link l WHERE l.version_id = person_version.id)")
                    .bind(0, cutoff).execute();
            // a version kept from before the oldest snapshot kept is in it, or in a later one
            h.createUpdate("UPDATE person_version SET first_revision = ? WHERE first_revision < ?")
                    .bind(0, cutoff).bind(1, cutoff).execute();
            h.createUpdate("DELETE FROM snapshot WHERE revision < ? AND status <> 'HELD'")
                    .bind(0, cutoff).execute();
            Journal.append(h, clock.instant(), "roster", "vault.pruned", "removed snapshots "
                    + pruned + " and " + versions + " person versions only they had; kept the "
                    + keep + " newest accepted from snapshot " + cutoff);
            return pruned.size();
        });
    }
}

package dev.roster.vault;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Runs' held actions: stored when a threshold holds them, released by an approval. Thread-safe. */
final class HeldActions {
    private final Transactions tx;
    private final Clock clock;

    HeldActions(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    void hold(long runId, long revision, String planJson, List<String> breaches) {
        tx.run("hold actions of run " + runId, h -> h.createUpdate("INSERT INTO held_actions"
                        + " (run_id, revision, plan, breaches, held_at) VALUES (?, ?, ?, ?, ?)")
                .bind(0, runId).bind(1, revision).bind(2, planJson)
                .bind(3, Json.write(breaches, "the breaches of run " + runId))
                .bind(4, SnapshotWriter.micros(clock.instant())).execute());
    }

    Optional<HeldRun> find(long runId) {
        return tx.call("read the held actions of run " + runId, h -> h.createQuery("SELECT run_id, revision, plan,"
                        + " breaches, held_at, released_by, released_kinds FROM held_actions WHERE run_id = ?")
                .bind(0, runId)
                .map((rs, ctx) -> new HeldRun(rs.getLong("run_id"), rs.getLong("revision"), rs.getString("plan"),
                        Json.list(rs.getString("breaches")), SnapshotReader.instant(rs, "held_at"),
                        Optional.ofNullable(rs.getString("released_by")),
                        rs.getString("released_kinds") == null ? List.of() : Json.list(rs.getString("released_kinds"))))
                .findOne());
    }

    /** Marks the kinds released, once, with an audit line naming who and why. */
    void release(long runId, List<String> kinds, String actor, String reason) {
        Instant now = SnapshotWriter.micros(clock.instant());
        tx.run("release the held actions of run " + runId, h -> {
            int updated = h.createUpdate("UPDATE held_actions SET released_by = ?, released_at = ?, release_reason = ?,"
                            + " released_kinds = ? WHERE run_id = ? AND released_by IS NULL")
                    .bind(0, actor).bind(1, now).bind(2, reason)
                    .bind(3, Json.write(kinds, "the released kinds")).bind(4, runId).execute();
            if (updated == 0) {
                throw new VaultException("run " + runId + " has no held actions waiting for approval");
            }
            Journal.append(h, now, actor, "approve run", "run " + runId + ": released " + kinds + ": " + reason);
        });
    }
}

package dev.roster.vault;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** Runs and the append-only audit log. Thread-safe. */
final class Journal {
    private final Transactions tx;
    private final Clock clock;

    Journal(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    long startRun(String kind, long revision) {
        return tx.call("start a " + kind + " run", h -> h.createUpdate(
                        "INSERT INTO run (kind, revision, started_at) VALUES (?, ?, ?)")
                .bind(0, kind).bind(1, revision).bind(2, now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Finishes a run in progress; a run that does not exist or already finished is refused. */
    void finishRun(long runId, String outcome, Map<String, Long> counts) {
        String json = Json.write(new TreeMap<>(counts), "the counts of run " + runId);
        tx.run("finish run " + runId, h -> {
            int updated = h.createUpdate("UPDATE run SET finished_at = ?, outcome = ?, counts = ?"
                            + " WHERE id = ? AND finished_at IS NULL")
                    .bind(0, now()).bind(1, outcome).bind(2, json).bind(3, runId).execute();
            if (updated == 0) {
                throw new VaultException(run(runId).isPresent()
                        ? "run " + runId + " has already finished"
                        : "there is no run " + runId);
            }
        });
    }

    Optional<RunInfo> run(long runId) {
        return tx.call("read run " + runId, h -> h.createQuery(
                        "SELECT id, kind, revision, started_at, finished_at, outcome, counts"
                                + " FROM run WHERE id = ?")
                .bind(0, runId)
                .map((rs, ctx) -> new RunInfo(rs.getLong("id"), rs.getString("kind"),
                        rs.getLong("revision"), SnapshotReader.instant(rs, "started_at"),
                        Optional.ofNullable(SnapshotReader.instant(rs, "finished_at")),
                        Optional.ofNullable(rs.getString("outcome")),
                        rs.getString("counts") == null ? Map.of() : Json.longs(rs.getString("counts"))))
                .findOne());
    }

    /** Appends {@code lines} (event, detail) in their order, in one transaction, all stamped now. */
    void audit(String actor, List<Map.Entry<String, String>> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Instant at = now();
        tx.run("append " + lines.size() + " lines to the audit log", h -> {
            Batch batch = new Batch(h, "INSERT INTO audit_log (at, actor, event, detail) VALUES (?, ?, ?, ?)");
            lines.forEach(line -> batch.add(at, actor, line.getKey(), line.getValue()));
            batch.flush();
        });
    }

    /** Appends a line to the audit log within the transaction of {@code h}. */
    static void append(Handle h, Instant at, String actor, String event, String detail) {
        h.createUpdate("INSERT INTO audit_log (at, actor, event, detail) VALUES (?, ?, ?, ?)")
                .bind(0, SnapshotWriter.micros(at)).bind(1, actor).bind(2, event).bind(3, detail)
                .execute();
    }

    List<AuditEntry> audit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative audit limit " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return tx.call("read the audit log", h -> h.createQuery(
                        "SELECT id, at, actor, event, detail FROM audit_log ORDER BY id DESC")
                .setMaxRows(limit)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), SnapshotReader.instant(rs, "at"),
                        rs.getString("actor"), rs.getString("event"), rs.getString("detail")))
                .list());
    }

    private Instant now() {
        return SnapshotWriter.micros(clock.instant());
    }
}

package dev.roster.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The outbox of notifications in the vault: queued when an applied action calls for one, then
 * sent, retried or given up by the delivery. Every notification sent or given up is written to
 * the audit log in the same transaction. Thread-safe; get it from {@link Vault#outbox()}. Every
 * method throws {@link VaultException} when the database fails.
 */
public final class Outbox {
    private static final String COLUMNS = "id, run_id, message, person_id, target, action_key, recipients, skipped,"
            + " subject, body, status, attempts, last_error, created_at, sent_at";

    private final Transactions tx;
    private final Clock clock;

    Outbox(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Queues a notification as pending; returns false, storing nothing, when run {@code d.run()}
     * queued this message for this action already. A draft without recipients is stored as
     * {@link OutboxStatus#FAILED} with why, and audited as given up by {@code actor}.
     *
     * @throws VaultException also when the run does not exist
     */
    public boolean enqueue(OutboxDraft d, String actor) {
        Objects.requireNonNull(d, "draft");
        requireActor(actor);
        return tx.call("queue notification " + d.message() + " of run " + d.run(), h -> {
            boolean present = h.createQuery("SELECT COUNT(*) FROM outbox WHERE run_id = ? AND action_key = ?"
                            + " AND message = ?")
                    .bind(0, d.run()).bind(1, d.actionKey()).bind(2, d.message()).mapTo(Integer.class).one() > 0;
            if (present) {
                return false;
            }
            Instant now = SnapshotWriter.micros(clock.instant());
            boolean nobody = d.recipients().isEmpty();
            String error = nobody ? "no recipients: " + String.join("; ", d.skipped()) : null;
            h.createUpdate("INSERT INTO outbox (run_id, message, person_id, target, action_key, recipients, skipped,"
                            + " subject, body, status, attempts, last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, 0, ?, ?)")
                    .bind(0, d.run()).bind(1, d.message()).bind(2, d.personId()).bind(3, d.target())
                    .bind(4, d.actionKey()).bind(5, Json.write(d.recipients(), "the recipients"))
                    .bind(6, Json.write(d.skipped(), "the skipped recipients")).bind(7, d.subject())
                    .bind(8, d.body()).bind(9, (nobody ? OutboxStatus.FAILED : OutboxStatus.PENDING).name())
                    .bind(10, error).bind(11, now).execute();
            if (nobody) {
                Journal.append(h, now, actor, "notification.failed", d.message() + " (" + d.actionKey() + ", run "
                        + d.run() + ") not sent: " + error + "; subject: " + d.subject());
            }
            return true;
        });
    }

    /** The notifications waiting to be sent, oldest first. */
    public List<OutboxMessage> pending() {
        return list(OutboxStatus.PENDING, true, Integer.MAX_VALUE);
    }

    /** The newest {@code limit} notifications with {@code status}, or of any status when it is null. */
    public List<OutboxMessage> newest(OutboxStatus status, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit " + limit);
        }
        return limit == 0 ? List.of() : list(status, false, limit);
    }

    private List<OutboxMessage> list(OutboxStatus status, boolean oldestFirst, int limit) {
        return tx.call("read the outbox", h -> {
            var query = h.createQuery("SELECT " + COLUMNS + " FROM outbox" + (status == null ? "" : " WHERE status = ?")
                    + " ORDER BY id " + (oldestFirst ? "ASC" : "DESC")).setMaxRows(limit);
            if (status != null) {
                query.bind(0, status.name());
            }
            return query.map((rs, ctx) -> message(rs)).list();
        });
    }

    /** How many notifications there are of each status (every status, zero when none). */
    public Map<OutboxStatus, Long> counts() {
        return tx.call("count the outbox", h -> {
            Map<OutboxStatus, Long> out = new EnumMap<>(OutboxStatus.class);
            for (OutboxStatus s : OutboxStatus.values()) {
                out.put(s, 0L);
            }
            h.createQuery("SELECT status, COUNT(*) FROM outbox GROUP BY status")
                    .map((rs, ctx) -> Map.entry(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    /**
     * Marks the pending notification {@code id} sent, audited by {@code actor} with its recipients.
     *
     * @param note the recipients the server refused while accepting the others, or empty
     * @throws VaultException when there is no such notification or it is not pending
     */
    public void sent(long id, String note, String actor) {
        Objects.requireNonNull(note, "note");
        requireActor(actor);
        tx.run("mark notification " + id + " sent", h -> {
            OutboxMessage m = pending(h, id);
            Instant now = SnapshotWriter.micros(clock.instant());
            h.createUpdate("UPDATE outbox SET status = 'SENT', sent_at = ?, last_error = ? WHERE id = ?")
                    .bind(0, now).bind(1, note.isEmpty() ? null : note).bind(2, id).execute();
            Journal.append(h, now, actor, "notification.sent", describe(m) + " sent to "
                    + String.join(", ", m.recipients()) + ": " + m.subject() + (note.isEmpty() ? "" : "; " + note));
        });
    }

    /**
     * Records a failed attempt to send the pending notification {@code id}: one attempt more and
     * {@code error}; with {@code giveUp} it becomes {@link OutboxStatus#FAILED} and the audit log
     * says so, by {@code actor}.
     *
     * @throws VaultException when there is no such notification or it is not pending
     */
    public void failed(long id, String error, boolean giveUp, String actor) {
        Objects.requireNonNull(error, "error");
        requireActor(actor);
        tx.run("record a failed attempt of notification " + id, h -> {
            OutboxMessage m = pending(h, id);
            Instant now = SnapshotWriter.micros(clock.instant());
            h.createUpdate("UPDATE outbox SET attempts = attempts + 1, last_error = ?, status = ? WHERE id = ?")
                    .bind(0, error).bind(1, (giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING).name())
                    .bind(2, id).execute();
            if (giveUp) {
                Journal.append(h, now, actor, "notification.failed", describe(m) + " to "
                        + String.join(", ", m.recipients()) + " given up after " + (m.attempts() + 1)
                        + " attempts: " + error + "; subject: " + m.subject());
            }
        });
    }

    private static OutboxMessage pending(Handle h, long id) {
        Optional<OutboxMessage> m = h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> message(rs)).findOne();
        if (m.isEmpty()) {
            throw new VaultException("there is no notification " + id + " in the outbox");
        }
        if (m.get().status() != OutboxStatus.PENDING) {
            throw new VaultException("notification " + id + " is " + m.get().status().name().toLowerCase(java.util.Locale.ROOT)
                    + " already");
        }
        return m.get();
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor is required");
        }
    }

    private static String describe(OutboxMessage m) {
        return m.message() + " (" + m.actionKey() + ", run " + m.run() + ", notification " + m.id() + ")";
    }

    private static OutboxMessage message(ResultSet rs) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getLong("run_id"), rs.getString("message"),
                rs.getString("person_id"), rs.getString("target"), rs.getString("action_key"),
                Json.list(rs.getString("recipients")), Json.list(rs.getString("skipped")), rs.getString("subject"),
                rs.getString("body"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), SnapshotReader.instant(rs, "created_at"),
                Optional.ofNullable(SnapshotReader.instant(rs, "sent_at")));
    }
}

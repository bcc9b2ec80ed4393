package dev.roster.vault;

import java.time.Clock;
import java.time.Instant;

/** Releases held snapshots. Callers serialise calls with snapshot stores. Thread-safe. */
final class Approvals {
    private final Transactions tx;
    private final Clock clock;

    Approvals(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Accepts held snapshot {@code revision}, which becomes current, and records who approved it,
     * when and why in the snapshot and the audit log.
     *
     * @throws VaultException when there is no such snapshot, or it is not held (accepted
     *     already, or superseded by a newer snapshot)
     */
    long approve(long revision, String actor, String reason) {
        return tx.call("approve snapshot " + revision, h -> {
            SnapshotInfo info = SnapshotReader.info(h, revision).orElseThrow(
                    () -> new VaultException("cannot approve snapshot " + revision
                            + ": there is no such snapshot"));
            switch (info.status()) {
                case CURRENT, ACCEPTED -> throw new VaultException("cannot approve snapshot "
                        + revision + ": it is not held, it was accepted already");
                case SUPERSEDED -> throw new VaultException("cannot approve snapshot " + revision
                        + ": a newer snapshot superseded it; approve that one if it is held");
                case HELD -> { }
                default -> throw new IllegalStateException(info.status().name());
            }
            Links.accept(h, revision, SnapshotReader.currentRevision(h));
            Instant now = SnapshotWriter.micros(clock.instant());
            int updated = h.createUpdate("UPDATE snapshot SET status = 'ACCEPTED', approved_by = ?,"
                            + " approved_at = ?, approval_reason = ? WHERE revision = ?"
                            + " AND status = 'HELD'")
                    .bind(0, actor).bind(1, now).bind(2, reason).bind(3, revision).execute();
            if (updated != 1) {
                throw new VaultException("cannot approve snapshot " + revision
                        + ": it stopped being held meanwhile");
            }
            Journal.append(h, now, actor, "snapshot.approved", "snapshot " + revision + " from "
                    + info.source() + " approved, over " + String.join("; ", info.breaches())
                    + ": " + reason);
            return revision;
        });
    }
}

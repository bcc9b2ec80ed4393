package dev.roster.vault;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Persons excluded by an administrator; each change is audited. Thread-safe. */
final class Exclusions {
    private final Transactions tx;
    private final Clock clock;

    Exclusions(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Excludes {@code personId}; false, and nothing recorded, when already excluded. */
    boolean exclude(String personId, String actor, String reason) {
        return tx.call("exclude person " + personId, h -> {
            boolean present = h.createQuery("SELECT COUNT(*) FROM exclusion WHERE person_id = ?")
                    .bind(0, personId).mapTo(Integer.class).one() > 0;
            if (present) {
                return false;
            }
            Instant now = SnapshotWriter.micros(clock.instant());
            h.createUpdate("INSERT INTO exclusion (person_id, actor, reason, excluded_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .bind(0, personId).bind(1, actor).bind(2, reason).bind(3, now).execute();
            Journal.append(h, now, actor, "person.excluded", personId + ": " + reason);
            return true;
        });
    }

    /** Includes {@code personId} again; false, and nothing recorded, when not excluded. */
    boolean include(String personId, String actor, String reason) {
        return tx.call("include person " + personId, h -> {
            int deleted = h.createUpdate("DELETE FROM exclusion WHERE person_id = ?")
                    .bind(0, personId).execute();
            if (deleted > 0) {
                Journal.append(h, clock.instant(), actor, "person.included", personId + ": " + reason);
            }
            return deleted > 0;
        });
    }

    /** Every exclusion, by person id. */
    List<Exclusion> list() {
        return tx.call("read the exclusions", h -> h.createQuery(
                        "SELECT person_id, actor, reason, excluded_at FROM exclusion"
                                + " ORDER BY person_id")
                .map((rs, ctx) -> new Exclusion(rs.getString(1), rs.getString(2),
                        rs.getString(3), SnapshotReader.instant(rs, "excluded_at")))
                .list());
    }
}

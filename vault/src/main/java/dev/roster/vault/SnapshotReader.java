package dev.roster.vault;

import dev.roster.model.Department;
import dev.roster.model.Person;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads snapshots; "current" is the accepted snapshot with the highest revision. Each method
 * reads in one transaction, so it sees one snapshot whole even while another is being stored.
 * The persons of the current snapshot are kept (softly: the collector may take them back) until
 * the revision changes, so that a cycle's plan and notifications do not parse what its import
 * has just stored; retention never changes the current snapshot. Thread-safe.
 */
final class SnapshotReader {
    private static final String CURRENT =
            "(SELECT MAX(revision) FROM snapshot WHERE status = 'ACCEPTED')";
    private static final String INFO = "SELECT revision, status, source, imported_at, as_of,"
            + " person_count, counts, blocked, breaches, " + CURRENT + " AS current FROM snapshot";

    private final Transactions tx;
    private volatile java.lang.ref.SoftReference<Kept> kept = new java.lang.ref.SoftReference<>(null);

    SnapshotReader(Transactions tx) {
        this.tx = tx;
    }

    long revision() {
        return tx.call("read the vault revision", SnapshotReader::currentRevision);
    }

    /** The current revision as seen by {@code h}; 0 when no snapshot was accepted yet. */
    static long currentRevision(Handle h) {
        return h.createQuery("SELECT COALESCE(" + CURRENT + ", 0)").mapTo(Long.class).one();
    }

    /** The persons of the current snapshot by id; empty before the first snapshot. */
    List<Person> persons() {
        Kept read = tx.call("read the persons of the current snapshot", h -> {
            long revision = currentRevision(h);
            Kept known = kept.get();
            if (known != null && known.revision() == revision) {
                return known;
            }
            return new Kept(revision, h.createQuery("SELECT v.body FROM person_link l JOIN person_version v"
                            + " ON v.id = l.version_id WHERE l.last_revision IS NULL")
                    .setFetchSize(Batch.SIZE)
                    .map((rs, ctx) -> Json.person(rs.getString(1)))
                    .list()
                    .stream().sorted(Comparator.comparing(Person::id)).toList());
        });
        kept = new java.lang.ref.SoftReference<>(read);
        return read.persons();
    }

    /**
     * Keeps {@code persons} as those of snapshot {@code revision}, just stored: they are what a
     * read of it gives back (the vault stores each person as JSON that reads back equal), so a
     * cycle does not parse the snapshot it has just written.
     */
    void keep(long revision, List<Person> persons) {
        kept = new java.lang.ref.SoftReference<>(new Kept(revision,
                persons.stream().sorted(Comparator.comparing(Person::id)).toList()));
    }

    /** The persons of snapshot {@code revision} when they are kept in memory, else null. */
    List<Person> kept(long revision) {
        Kept known = kept.get();
        return known != null && known.revision() == revision ? known.persons() : null;
    }

    /** The persons kept last, of whichever revision; empty when none are kept. */
    List<Person> kept() {
        Kept known = kept.get();
        return known == null ? List.of() : known.persons();
    }

    private record Kept(long revision, List<Person> persons) {
    }

    /** The departments of the current snapshot by id; empty before the first snapshot. */
    List<Department> departments() {
        return tx.call("read the departments of the current snapshot", h -> h.createQuery(
                        "SELECT id, name, parent_id, manager_id FROM department WHERE revision = "
                                + CURRENT)
                .setFetchSize(Batch.SIZE)
                .map((rs, ctx) -> new Department(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list())
                .stream().sorted(Comparator.comparing(Department::id)).toList();
    }

    Optional<SnapshotInfo> current() {
        return tx.call("read the current snapshot", h -> infos(h, " WHERE revision = " + CURRENT,
                1).stream().findFirst());
    }

    Optional<SnapshotInfo> held() {
        return tx.call("read the held snapshot", h -> infos(h, " WHERE status = 'HELD'", 1)
                .stream().findFirst());
    }

    Optional<SnapshotInfo> snapshot(long revision) {
        return tx.call("read snapshot " + revision, h -> info(h, revision));
    }

    /** The last {@code limit} snapshots stored, newest first. */
    List<SnapshotInfo> snapshots(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative snapshot limit " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return tx.call("list the snapshots", h -> infos(h, "", limit));
    }

    /** Snapshot {@code revision} as seen by {@code h}. */
    static Optional<SnapshotInfo> info(Handle h, long revision) {
        return infos(h, " WHERE revision = " + revision, 1).stream().findFirst();
    }

    /** The number of person versions stored over all snapshots. */
    long personVersionCount() {
        return tx.call("count person versions", h -> h.createQuery(
                "SELECT COUNT(*) FROM person_version").mapTo(Long.class).one());
    }

    private static List<SnapshotInfo> infos(Handle h, String where, int limit) {
        return h.createQuery(INFO + where + " ORDER BY revision DESC").setMaxRows(limit)
                .map((rs, ctx) -> info(rs, h.createQuery("SELECT message FROM snapshot_warning"
                                + " WHERE revision = ? ORDER BY seq").bind(0, rs.getLong(1))
                        .mapTo(String.class).list()))
                .list();
    }

    private static SnapshotInfo info(ResultSet rs, List<String> warnings) throws SQLException {
        long revision = rs.getLong("revision");
        SnapshotStatus status = SnapshotStatus.valueOf(rs.getString("status"));
        if (status == SnapshotStatus.ACCEPTED && revision == rs.getLong("current")) {
            status = SnapshotStatus.CURRENT;
        }
        return new SnapshotInfo(revision, status, rs.getString("source"),
                instant(rs, "imported_at"), rs.getObject("as_of", LocalDate.class),
                rs.getInt("person_count"), Json.ints(rs.getString("counts")), warnings,
                Json.list(rs.getString("blocked")), Json.list(rs.getString("breaches")));
    }

    /** A TIMESTAMP WITH TIME ZONE column as an instant; null when the column is null. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

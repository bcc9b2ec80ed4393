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

/**
 * Reads the latest accepted snapshot. Each method reads in one transaction, so it sees one
 * snapshot whole even while another is being stored. Thread-safe.
 */
final class SnapshotReader {
    private static final String CURRENT = "(SELECT MAX(revision) FROM snapshot)";

    private final Transactions tx;

    SnapshotReader(Transactions tx) {
        this.tx = tx;
    }

    long revision() {
        return tx.call("read the vault revision", h -> h.createQuery(
                "SELECT COALESCE(MAX(revision), 0) FROM snapshot").mapTo(Long.class).one());
    }

    /** The persons of the current snapshot by id; empty before the first snapshot. */
    List<Person> persons() {
        return tx.call("read the persons of the current snapshot", h -> h.createQuery(
                        "SELECT v.body FROM snapshot_person sp JOIN person_version v"
                                + " ON v.id = sp.version_id WHERE sp.revision = " + CURRENT)
                .setFetchSize(Batch.SIZE)
                .map((rs, ctx) -> Json.person(rs.getString(1)))
                .list())
                .stream().sorted(Comparator.comparing(Person::id)).toList();
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
        return tx.call("read the current snapshot", h -> h.createQuery(
                        "SELECT revision, source, imported_at, as_of, person_count, counts"
                                + " FROM snapshot WHERE revision = " + CURRENT)
                .map((rs, ctx) -> info(rs, h.createQuery("SELECT message FROM snapshot_warning"
                                + " WHERE revision = ? ORDER BY seq").bind(0, rs.getLong(1))
                        .mapTo(String.class).list()))
                .findOne());
    }

    /** The number of person versions stored over all snapshots. */
    long personVersionCount() {
        return tx.call("count person versions", h -> h.createQuery(
                "SELECT COUNT(*) FROM person_version").mapTo(Long.class).one());
    }

    private static SnapshotInfo info(ResultSet rs, List<String> warnings) throws SQLException {
        return new SnapshotInfo(rs.getLong("revision"), rs.getString("source"),
                instant(rs, "imported_at"), rs.getObject("as_of", LocalDate.class),
                rs.getInt("person_count"), Json.ints(rs.getString("counts")), warnings);
    }

    /** A TIMESTAMP WITH TIME ZONE column as an instant; null when the column is null. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

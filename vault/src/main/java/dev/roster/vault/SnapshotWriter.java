package dev.roster.vault;

import dev.roster.model.Department;
import dev.roster.model.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Stores a snapshot in one transaction: the snapshot row, its warnings and departments, a new
 * person version for each person whose JSON differs from their version in the previous snapshot,
 * and the link of every person to their version. Rows go to the database in batches of
 * {@link Batch#SIZE}; the previous versions are read in one query. Callers serialise calls.
 */
final class SnapshotWriter {
    private final Transactions tx;
    private final Clock clock;

    SnapshotWriter(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Stores {@code snapshot} and returns its revision; on any failure nothing is stored. */
    long store(Snapshot snapshot) {
        return tx.call("store the snapshot from " + snapshot.source(), h -> write(h, snapshot));
    }

    private long write(Handle h, Snapshot s) {
        long revision = h.createQuery("SELECT COALESCE(MAX(revision), 0) FROM snapshot")
                .mapTo(Long.class).one() + 1;
        h.createUpdate("INSERT INTO snapshot (revision, source, imported_at, as_of, person_count,"
                        + " counts, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(0, revision).bind(1, s.source()).bind(2, micros(s.importedAt()))
                .bind(3, s.asOf()).bind(4, s.persons().size())
                .bind(5, Json.write(s.counts(), "the counts")).bind(6, micros(clock.instant()))
                .execute();
        Batch warnings = new Batch(h,
                "INSERT INTO snapshot_warning (revision, seq, message) VALUES (?, ?, ?)");
        for (int i = 0; i < s.warnings().size(); i++) {
            warnings.add(revision, i, s.warnings().get(i));
        }
        warnings.flush();
        writePersons(h, s, revision);
        Batch departments = new Batch(h, "INSERT INTO department (revision, id, name, parent_id,"
                + " manager_id) VALUES (?, ?, ?, ?, ?)");
        for (Department d : s.departments()) {
            departments.add(revision, d.id(), d.name(), d.parentId(), d.managerId());
        }
        departments.flush();
        return revision;
    }

    private void writePersons(Handle h, Snapshot s, long revision) {
        Map<String, Version> previous = previousVersions(h, revision - 1);
        long nextId = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM person_version")
                .mapTo(Long.class).one() + 1;
        Batch versions = new Batch(h, "INSERT INTO person_version (id, person_id, hash, body,"
                + " first_revision) VALUES (?, ?, ?, ?, ?)");
        Batch links = new Batch(h, "INSERT INTO snapshot_person (revision, person_id, version_id)"
                + " VALUES (?, ?, ?)", versions);
        Set<String> seen = new HashSet<>();
        for (Person p : s.persons()) {
            if (!seen.add(p.id())) {
                throw new VaultException("snapshot from " + s.source() + " has person " + p.id()
                        + " more than once; nothing was stored");
            }
            String body = Json.write(p, "person " + p.id());
            String hash = Json.hash(body);
            Version old = previous.get(p.id());
            long versionId;
            if (old != null && old.hash().equals(hash)) {
                versionId = old.id();
            } else {
                versionId = nextId++;
                versions.add(versionId, p.id(), hash, body, revision);
            }
            links.add(revision, p.id(), versionId);
        }
        links.flush();
    }

    private static Map<String, Version> previousVersions(Handle h, long revision) {
        Map<String, Version> versions = new HashMap<>();
        h.createQuery("SELECT sp.person_id, v.id, v.hash FROM snapshot_person sp"
                        + " JOIN person_version v ON v.id = sp.version_id WHERE sp.revision = ?")
                .bind(0, revision).setFetchSize(Batch.SIZE)
                .map((rs, ctx) -> new Version(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .forEach(v -> versions.put(v.personId(), v));
        return versions;
    }

    /** Instants as the databases keep them: PostgreSQL and H2 both stop at microseconds. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private record Version(String personId, long id, String hash) {
    }
}

package dev.roster.vault;

import dev.roster.model.Department;
import dev.roster.model.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Stores a snapshot in one transaction: the snapshot row with its status (accepted, or held when
 * over a threshold), its warnings and departments, a new person version for each person whose
 * JSON matches neither their version in the current snapshot nor in the newest stored one, and
 * the links of the persons who changed, came or went ({@link Links}; the others' links go on, so
 * an accepted snapshot writes nothing for them), each with its version's hash. Persons are
 * compared with the current snapshot's ({@link Baseline}): directly when this process has those
 * in memory (it stored or read them), else by the hash of their JSON, worked out on every core
 * while the database is read. A snapshot still held is marked superseded. Rows go to the
 * database in batches of {@link Batch#SIZE}. Callers serialise calls.
 */
final class SnapshotWriter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotWriter.class);
    private final Transactions tx;
    private final Clock clock;
    private final java.util.function.LongFunction<List<Person>> kept;

    /**
     * @param kept the persons of a revision when this process has them in memory, else null: a
     *             snapshot is then compared with them directly instead of by hash
     */
    SnapshotWriter(Transactions tx, Clock clock, java.util.function.LongFunction<List<Person>> kept) {
        this.tx = tx;
        this.clock = clock;
        this.kept = kept;
    }

    /** Stores {@code snapshot}; on any failure nothing is stored. */
    StoreResult store(Snapshot snapshot, Thresholds thresholds) {
        return tx.call("store the snapshot from " + snapshot.source(),
                h -> write(h, snapshot, thresholds));
    }

    private StoreResult write(Handle h, Snapshot s, Thresholds thresholds) {
        long revision = h.createQuery("SELECT COALESCE(MAX(revision), 0) FROM snapshot")
                .mapTo(Long.class).one() + 1;
        long current = SnapshotReader.currentRevision(h);
        List<Person> known = current == 0 ? null : kept.apply(current);
        if (known != null) {
            LOG.debug("snapshot {}: compared with the {} persons of snapshot {} in memory", revision, known.size(),
                    current);
            return write(h, s, thresholds, revision, current, new Baseline.Kept(known));
        }
        LOG.debug("snapshot {}: compared by hash with snapshot {}", revision, current);
        // the persons' hashes are worked out on every core while this thread reads the database
        java.util.concurrent.ForkJoinPool hashing = new java.util.concurrent.ForkJoinPool(
                Runtime.getRuntime().availableProcessors());
        try {
            java.util.concurrent.ForkJoinTask<String[]> hashes = hashing.submit(() -> hashes(s.persons()));
            Map<String, Version> accepted = current == 0 ? Map.of() : Links.current(h);
            return write(h, s, thresholds, revision, current, new Baseline.Stored(accepted, hashes));
        } finally {
            hashing.shutdownNow();
        }
    }

    private StoreResult write(Handle h, Snapshot s, Thresholds thresholds, long revision, long current,
            Baseline base) {
        Map<String, Version> newest = revision - 1 == current || revision == 1 ? Map.of()
                : Links.of(h, revision - 1);
        Set<String> ids = new HashSet<>();
        for (Person p : s.persons()) {
            if (!ids.add(p.id())) {
                throw new VaultException("snapshot from " + s.source() + " has person " + p.id()
                        + " more than once; nothing was stored");
            }
        }
        long added = ids.stream().filter(id -> !base.ids().contains(id)).count();
        long removed = base.ids().stream().filter(id -> !ids.contains(id)).count();
        List<String> breaches = thresholds.breaches(current == 0 ? -1 : base.ids().size(), added,
                removed, s.blocked().size());
        supersedeHeld(h, revision);
        boolean held = !breaches.isEmpty();
        h.createUpdate("INSERT INTO snapshot (revision, source, imported_at, as_of, person_count,"
                        + " counts, stored_at, status, blocked, breaches)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, revision).bind(1, s.source()).bind(2, micros(s.importedAt()))
                .bind(3, s.asOf()).bind(4, s.persons().size())
                .bind(5, Json.write(s.counts(), "the counts")).bind(6, micros(clock.instant()))
                .bind(7, held ? "HELD" : "ACCEPTED").bind(8, Json.write(s.blocked(), "blocked"))
                .bind(9, Json.write(breaches, "the breaches"))
                .execute();
        Batch warnings = new Batch(h,
                "INSERT INTO snapshot_warning (revision, seq, message) VALUES (?, ?, ?)");
        for (int i = 0; i < s.warnings().size(); i++) {
            warnings.add(revision, i, s.warnings().get(i));
        }
        warnings.flush();
        writePersons(h, s, base, revision, current, newest, held);
        Batch departments = new Batch(h, "INSERT INTO department (revision, id, name, parent_id,"
                + " manager_id) VALUES (?, ?, ?, ?, ?)");
        for (Department d : s.departments()) {
            departments.add(revision, d.id(), d.name(), d.parentId(), d.managerId());
        }
        departments.flush();
        if (held) {
            Journal.append(h, clock.instant(), "roster", "snapshot.held", "snapshot " + revision
                    + " from " + s.source() + " is held: " + String.join("; ", breaches));
        }
        return new StoreResult(revision, held, breaches);
    }

    private void supersedeHeld(Handle h, long revision) {
        List<Long> held = h.createQuery("SELECT revision FROM snapshot WHERE status = 'HELD'")
                .mapTo(Long.class).list();
        for (long r : held) {
            h.createUpdate("UPDATE snapshot SET status = 'SUPERSEDED' WHERE revision = ?")
                    .bind(0, r).execute();
            Journal.append(h, clock.instant(), "roster", "snapshot.superseded", "held snapshot "
                    + r + " is superseded by snapshot " + revision);
        }
    }

    /**
     * The new snapshot's links of persons who changed, came or went ({@link Links}): a person
     * unchanged since the current snapshot keeps their link, and nothing is written for them.
     */
    private static void writePersons(Handle h, Snapshot s, Baseline base, long revision, long current,
            Map<String, Version> newest, boolean held) {
        long nextId = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM person_version")
                .mapTo(Long.class).one() + 1;
        Batch versions = new Batch(h, "INSERT INTO person_version (id, person_id, hash, body,"
                + " first_revision) VALUES (?, ?, ?, ?, ?)");
        Set<String> gone = new HashSet<>(base.ids());
        List<Links.Link> links = new java.util.ArrayList<>();
        for (int i = 0; i < s.persons().size(); i++) {
            Person p = s.persons().get(i);
            gone.remove(p.id());
            if (base.unchanged(i, p)) {
                continue;
            }
            String hash = base.hash(i, p);
            Version other = newest.get(p.id());
            long versionId;
            if (other != null && other.hash().equals(hash)) {
                versionId = other.id();
            } else {
                versionId = nextId++;
                versions.add(versionId, p.id(), hash, Json.write(p, "person " + p.id()), revision);
            }
            links.add(new Links.Link(p.id(), versionId, hash, base.ids().contains(p.id())));
        }
        versions.flush();
        if (held) {
            Links.writeHeld(h, revision, gone, links);
        } else {
            Links.writeAccepted(h, revision, current, gone, links);
        }
    }

    /**
     * The hash of each person's JSON, in the persons' order, worked out on all cores; the JSON
     * itself is not kept (most persons are unchanged, and only the changed ones are written).
     */
    private static String[] hashes(List<Person> persons) {
        String[] hashes = new String[persons.size()];
        java.util.stream.IntStream.range(0, persons.size()).parallel().forEach(i -> hashes[i] =
                hash(persons.get(i)));
        return hashes;
    }

    static String hash(Person p) {
        return Json.hash(Json.write(p, "person " + p.id()));
    }

    /** Instants as the databases keep them: PostgreSQL and H2 both stop at microseconds. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    record Version(String personId, long id, String hash) {
    }
}

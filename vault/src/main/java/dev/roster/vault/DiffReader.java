package dev.roster.vault;

import dev.roster.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Diffs two stored snapshots in one transaction. Persons are matched by id on their version ids
 * alone; only persons whose version differs, and whose versions' hashes differ too, are read
 * and parsed. Thread-safe.
 */
final class DiffReader {
    private static final int CHUNK = 500;

    private final Transactions tx;

    DiffReader(Transactions tx) {
        this.tx = tx;
    }

    /**
     * The diff from snapshot {@code from} (0: the empty vault) to snapshot {@code to}, whatever
     * their status.
     *
     * @throws VaultException when either snapshot does not exist (any more)
     */
    SnapshotDiff diff(long from, long to) {
        return tx.call("diff snapshot " + from + " with " + to, h -> {
            Map<String, Long> before = links(h, from);
            Map<String, Long> after = links(h, to);
            TreeSet<String> changed = new TreeSet<>();
            List<Long> wanted = new ArrayList<>();
            before.forEach((id, version) -> {
                Long other = after.get(id);
                if (!version.equals(other)) {
                    changed.add(id);
                    wanted.add(version);
                }
            });
            after.forEach((id, version) -> {
                if (!version.equals(before.get(id))) {
                    changed.add(id);
                    wanted.add(version);
                }
            });
            Map<Long, Body> bodies = bodies(h, wanted);
            List<PersonChange> changes = new ArrayList<>();
            for (String id : changed) {
                Body b = bodies.get(before.get(id));
                Body a = bodies.get(after.get(id));
                if (b != null && a != null && b.hash().equals(a.hash())) {
                    continue;
                }
                PersonComparer.compare(b == null ? null : b.person(), a == null ? null : a.person())
                        .ifPresent(changes::add);
            }
            return new SnapshotDiff(from, to, before.size(), after.size(), changes);
        });
    }

    /** Person id to version id of snapshot {@code revision}; empty for revision 0. */
    private static Map<String, Long> links(Handle h, long revision) {
        Map<String, Long> links = new HashMap<>();
        if (revision != 0) {
            Links.of(h, revision).forEach((id, version) -> links.put(id, version.id()));
        }
        return links;
    }

    private static Map<Long, Body> bodies(Handle h, List<Long> ids) {
        Map<Long, Body> bodies = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            h.createQuery("SELECT id, hash, body FROM person_version WHERE id IN (<ids>)")
                    .bindList("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .map((rs, ctx) -> new Body(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .forEach(b -> bodies.put(b.id(), b));
        }
        return bodies;
    }

    /** A stored version's hash and JSON. */
    private record Body(long id, String hash, String json) {
        Person person() {
            return Json.person(json);
        }
    }
}

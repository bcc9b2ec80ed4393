package dev.roster.vault;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The links of snapshots' persons to their versions. The accepted snapshots share theirs: a link
 * in {@code person_link} holds for the run of accepted snapshots from its {@code first_revision}
 * to its {@code last_revision}, and a null {@code last_revision} means "up to the current
 * snapshot", so storing an accepted snapshot writes only the links of persons who changed,
 * came or went. A held snapshot is no part of that run (it may never be approved): its links are
 * kept whole in {@code held_link}, and {@link #accept} moves them into the run when it is approved.
 * Used inside the caller's transaction.
 */
final class Links {
    /** The links of the current snapshot: those still open. */
    static final String CURRENT = "person_link WHERE last_revision IS NULL";

    private Links() {
    }

    /** The version id and hash of each person of the current snapshot. */
    static Map<String, SnapshotWriter.Version> current(Handle h) {
        return versions(h, "SELECT person_id, version_id, hash FROM " + CURRENT);
    }

    /**
     * The version id and hash of each person of snapshot {@code revision}, whatever its status.
     *
     * @throws VaultException when there is no snapshot {@code revision} (any more)
     */
    static Map<String, SnapshotWriter.Version> of(Handle h, long revision) {
        SnapshotInfo info = SnapshotReader.info(h, revision).orElseThrow(
                () -> new VaultException("there is no snapshot " + revision));
        return switch (info.status()) {
            case CURRENT -> current(h);
            case ACCEPTED -> versions(h, "SELECT person_id, version_id, hash FROM person_link"
                    + " WHERE first_revision <= ? AND (last_revision IS NULL OR last_revision >= ?)", revision,
                    revision);
            case HELD, SUPERSEDED -> versions(h, "SELECT person_id, version_id, hash FROM held_link"
                    + " WHERE revision = ?", revision);
        };
    }

    /**
     * Writes the links of accepted snapshot {@code revision}, which follows {@code current}: the
     * links of persons {@code gone} and of the persons whose link is {@code replaced} end with
     * {@code current}, and {@code links} start with {@code revision}; every other link goes on.
     */
    static void writeAccepted(Handle h, long revision, long current, Collection<String> gone,
            Collection<Link> links) {
        Batch closed = new Batch(h, "UPDATE person_link SET last_revision = ?"
                + " WHERE person_id = ? AND last_revision IS NULL");
        for (String id : gone) {
            closed.add(current, id);
        }
        for (Link link : links) {
            if (link.replaces()) {
                closed.add(current, link.person());
            }
        }
        closed.flush(); // before the new links, which are open too
        Batch opened = new Batch(h, "INSERT INTO person_link (person_id, version_id, hash, first_revision)"
                + " VALUES (?, ?, ?, ?)");
        for (Link link : links) {
            opened.add(link.person(), link.version(), link.hash(), revision);
        }
        opened.flush();
    }

    /**
     * Writes the links of held snapshot {@code revision} whole: the current snapshot's, without
     * persons {@code gone}, with {@code links} replacing or added.
     */
    static void writeHeld(Handle h, long revision, Collection<String> gone, Collection<Link> links) {
        h.createUpdate("INSERT INTO held_link (revision, person_id, version_id, hash)"
                + " SELECT ?, person_id, version_id, hash FROM " + CURRENT).bind(0, revision).execute();
        Batch removed = new Batch(h, "DELETE FROM held_link WHERE revision = ? AND person_id = ?");
        gone.forEach(id -> removed.add(revision, id));
        removed.flush();
        Batch changed = new Batch(h, "UPDATE held_link SET version_id = ?, hash = ?"
                + " WHERE revision = ? AND person_id = ?");
        Batch added = new Batch(h, "INSERT INTO held_link (revision, person_id, version_id, hash)"
                + " VALUES (?, ?, ?, ?)");
        for (Link link : links) {
            if (link.replaces()) {
                changed.add(link.version(), link.hash(), revision, link.person());
            } else {
                added.add(revision, link.person(), link.version(), link.hash());
            }
        }
        changed.flush();
        added.flush();
    }

    /**
     * Makes held snapshot {@code revision} the newest of the accepted run that ends with
     * {@code current}: the current links it does not have end with {@code current}, its other
     * links start with it, and its held links are removed.
     */
    static void accept(Handle h, long revision, long current) {
        h.createUpdate("UPDATE person_link SET last_revision = ? WHERE last_revision IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM held_link k WHERE k.revision = ?"
                        + " AND k.person_id = person_link.person_id AND k.version_id = person_link.version_id)")
                .bind(0, current).bind(1, revision).execute();
        h.createUpdate("INSERT INTO person_link (person_id, version_id, hash, first_revision)"
                        + " SELECT k.person_id, k.version_id, k.hash, k.revision FROM held_link k"
                        + " WHERE k.revision = ? AND NOT EXISTS (SELECT 1 FROM person_link l"
                        + " WHERE l.person_id = k.person_id AND l.last_revision IS NULL)")
                .bind(0, revision).execute();
        h.createUpdate("DELETE FROM held_link WHERE revision = ?").bind(0, revision).execute();
    }

    private static Map<String, SnapshotWriter.Version> versions(Handle h, String sql, Object... arguments) {
        Map<String, SnapshotWriter.Version> versions = new HashMap<>();
        var query = h.createQuery(sql).setFetchSize(Batch.SIZE);
        for (int i = 0; i < arguments.length; i++) {
            query.bind(i, arguments[i]);
        }
        query.map((rs, ctx) -> new SnapshotWriter.Version(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .forEach(v -> versions.put(v.personId(), v));
        return versions;
    }

    /** A person's link to a version in a new snapshot; {@code replaces} the person's current link. */
    record Link(String person, long version, String hash, boolean replaces) {
    }
}

package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.Person;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault written by an earlier version of Roster opens, and keeps working, after an upgrade. */
class MigrationTest {
    private static final Person A1 = People.simple("A-1", "Clerk");
    private static final Person A2 = People.simple("A-1", "Head clerk");
    private static final Person B1 = People.detailed("B-2");
    private static final Person C1 = People.simple("C-3", "Nurse");

    @Test
    void linksStoredBeforeTheyCarriedHashesGetThemAndUnchangedPersonsStillShareTheirVersion(@TempDir Path dir)
            throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("vault");
        migrateTo(url, "5");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            snapshot(c, 1, "ACCEPTED");
            version(c, 1, A1, 1);
            version(c, 2, B1, 1);
            links(c, 1, Map.of("A-1", 1L, "B-2", 2L));
        }

        try (Vault vault = Vault.open(url, "sa", "")) {
            assertThat(vault.persons()).containsExactlyInAnyOrder(A1, B1);
            long revision = vault.storeSnapshot(People.snapshot(List.of(B1, A1))).revision();

            assertThat(revision).isEqualTo(2);
            assertThat(vault.personVersionCount()).as("versions").isEqualTo(2);
            assertThat(vault.persons()).containsExactlyInAnyOrder(A1, B1);
        }
    }

    /**
     * Before migration 7 every snapshot had a link for each of its persons. After it, every
     * snapshot still reads as it was stored, accepted (a person who went back to an earlier
     * version included), superseded or held, and the held one can still be approved.
     */
    @Test
    void everySnapshotStoredWithALinkPerPersonReadsTheSameAfterTheLinksBecameRanges(@TempDir Path dir)
            throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("vault");
        migrateTo(url, "6");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            snapshot(c, 1, "ACCEPTED");
            snapshot(c, 2, "ACCEPTED");
            snapshot(c, 3, "SUPERSEDED");
            snapshot(c, 4, "ACCEPTED");
            snapshot(c, 5, "HELD");
            version(c, 1, A1, 1);
            version(c, 2, B1, 1);
            version(c, 3, A2, 2);
            version(c, 4, C1, 2);
            links(c, 1, Map.of("A-1", 1L, "B-2", 2L));
            links(c, 2, Map.of("A-1", 3L, "B-2", 2L, "C-3", 4L));
            links(c, 3, Map.of("A-1", 1L));
            links(c, 4, Map.of("A-1", 1L, "B-2", 2L));
            links(c, 5, Map.of("B-2", 2L, "C-3", 4L));
        }

        try (Vault vault = Vault.open(url, "sa", "")) {
            assertThat(vault.persons()).as("snapshot 4, the current one").containsExactlyInAnyOrder(A1, B1);
            assertThat(changed(vault.diff(0, 1))).containsExactly("A-1", "B-2");
            assertThat(changed(vault.diff(1, 2))).as("A changed, C came").containsExactly("A-1", "C-3");
            assertThat(changed(vault.diff(2, 3))).as("superseded 3 had A alone")
                    .containsExactly("A-1", "B-2", "C-3");
            assertThat(vault.diff(1, 4).persons()).as("A went back to the version of snapshot 1").isEmpty();
            assertThat(changed(vault.diff(4, 5))).as("held 5: A went, C came").containsExactly("A-1", "C-3");

            vault.approve(5, "ops", "the departures are real");
            assertThat(vault.persons()).containsExactlyInAnyOrder(B1, C1);
            assertThat(changed(vault.diff(4, 5))).containsExactly("A-1", "C-3");
            assertThat(vault.diff(2, 5).toCount()).isEqualTo(2);
            long revision = vault.storeSnapshot(People.snapshot(List.of(A2, B1, C1))).revision();
            assertThat(revision).isEqualTo(6);
            assertThat(vault.personVersionCount()).as("B and C share their versions; A, back, gets a new one")
                    .isEqualTo(5);
            assertThat(changed(vault.diff(5, 6))).containsExactly("A-1");
            assertThat(vault.persons()).containsExactlyInAnyOrder(A2, B1, C1);
        }
    }

    private static List<String> changed(SnapshotDiff diff) {
        return diff.persons().stream().map(PersonChange::personId).sorted().toList();
    }

    private static void migrateTo(String url, String version) {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(version)
                .load().migrate();
    }

    private static void snapshot(Connection c, long revision, String status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO snapshot (revision, source, imported_at, as_of,"
                + " person_count, counts, stored_at, status) VALUES (?, 'visma', ?, ?, 0, '{}', ?, ?)")) {
            OffsetDateTime at = OffsetDateTime.of(2025, 3, 1, 6, 0, (int) revision, 0, ZoneOffset.UTC);
            s.setLong(1, revision);
            s.setObject(2, at);
            s.setObject(3, People.AS_OF);
            s.setObject(4, at);
            s.setString(5, status);
            s.execute();
        }
    }

    private static void version(Connection c, long id, Person p, long revision) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO person_version (id, person_id, hash, body,"
                + " first_revision) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, p.id());
            s.setString(3, SnapshotWriter.hash(p));
            s.setString(4, Json.write(p, "person " + p.id()));
            s.setLong(5, revision);
            s.execute();
        }
    }

    /** The links of one snapshot as migrations 1 to 6 kept them; with their hash from migration 6. */
    private static void links(Connection c, long revision, Map<String, Long> versions) throws SQLException {
        boolean hashed = false;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM"
                + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'SNAPSHOT_PERSON' AND COLUMN_NAME = 'HASH'")) {
            r.next();
            hashed = r.getLong(1) > 0;
        }
        for (Map.Entry<String, Long> link : versions.entrySet()) {
            try (PreparedStatement s = c.prepareStatement(hashed
                    ? "INSERT INTO snapshot_person (revision, person_id, version_id, hash)"
                            + " SELECT ?, ?, id, hash FROM person_version WHERE id = ?"
                    : "INSERT INTO snapshot_person (revision, person_id, version_id) VALUES (?, ?, ?)")) {
                s.setLong(1, revision);
                s.setString(2, link.getKey());
                s.setLong(3, link.getValue());
                s.execute();
            }
        }
    }
}

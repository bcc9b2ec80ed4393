package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault written by an earlier version of Roster opens, and keeps working, after an upgrade. */
class MigrationTest {

    @Test
    void linksStoredBeforeTheyCarriedHashesGetThemAndUnchangedPersonsStillShareTheirVersion(@TempDir Path dir)
            throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("vault");
        List<dev.roster.model.Person> persons = List.of(People.detailed("B-2"), People.simple("A-1", "Clerk"));
        try (Vault vault = Vault.open(url, "sa", "")) {
            vault.storeSnapshot(People.snapshot(persons));
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            // as the schema was before migration 6
            s.execute("ALTER TABLE snapshot_person DROP COLUMN hash");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'");
        }

        try (Vault vault = Vault.open(url, "sa", "")) {
            assertThat(count(url, "SELECT COUNT(*) FROM snapshot_person sp JOIN person_version v"
                    + " ON v.id = sp.version_id WHERE sp.hash = v.hash")).isEqualTo(2);
            long revision = vault.storeSnapshot(People.snapshot(persons)).revision();

            assertThat(revision).isEqualTo(2);
            assertThat(count(url, "SELECT COUNT(*) FROM person_version")).as("versions").isEqualTo(2);
            assertThat(vault.persons()).containsExactlyInAnyOrderElementsOf(persons);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}

package dev.roster.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The vault contract on an H2 file database in a temporary directory. */
class H2VaultTest extends VaultContract
        implements LedgerContract, JournalContract, HoldContract, RetentionContract, OutboxContract {
    @TempDir
    Path dir;

    @Override
    void createDatabase() {
        // H2 creates the file on first connection; the temporary directory goes after the test
    }

    @Override
    Vault open() {
        return Vault.open("jdbc:h2:file:" + dir.resolve("vault"), "sa", "");
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("vault"), "sa", "");
    }

    @Override
    void dropDatabase() {
    }
}

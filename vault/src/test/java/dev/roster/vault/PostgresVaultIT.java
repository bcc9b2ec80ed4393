package dev.roster.vault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * The vault contract on the PostgreSQL server at 127.0.0.1:5432, database {@code test}, user
 * {@code postgres} (or {@code root}) with trust authentication. Each test gets a schema of its
 * own, dropped afterwards. Set {@code ROSTER_TEST_POSTGRES=off} where there is no server.
 */
@DisabledIfEnvironmentVariable(named = "ROSTER_TEST_POSTGRES", matches = "(?i)off")
class PostgresVaultIT extends VaultContract
        implements LedgerContract, JournalContract, HoldContract, RetentionContract, OutboxContract {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    private String user;
    private String schema;

    @Override
    void createDatabase() throws SQLException {
        schema = "roster_test_" + UUID.randomUUID().toString().replace("-", "");
        user = "postgres";
        SQLException refused;
        try {
            execute("CREATE SCHEMA " + schema);
            return;
        } catch (SQLException e) {
            refused = e;
        }
        user = "root";
        try {
            execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            e.addSuppressed(refused);
            throw e;
        }
    }

    @Override
    Vault open() {
        return Vault.open(SERVER + "?currentSchema=" + schema, user, "");
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + "?currentSchema=" + schema, user, "");
    }

    @Override
    void dropDatabase() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, user, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

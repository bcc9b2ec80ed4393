package dev.roster.vault;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/** Opens the connection pool and brings the schema up to date. */
final class Database {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private Database() {
    }

    /**
     * A pool on {@code jdbcUrl} whose schema Flyway has migrated to the latest version.
     *
     * @throws VaultException when the database cannot be reached or migrated; the message names
     *     the URL with any password in it masked
     */
    static HikariDataSource open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        HikariDataSource pool = null;
        try {
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setPoolName("roster-vault");
            config.setMaximumPoolSize(8);
            config.setConnectionTimeout(10_000);
            if (jdbcUrl.startsWith("jdbc:postgresql:")) {
                config.addDataSourceProperty("reWriteBatchedInserts", "true");
            }
            pool = new HikariDataSource(config);
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .load().migrate();
            return pool;
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            throw new VaultException("cannot open the vault at " + redact(jdbcUrl) + " as user '"
                    + user + "': " + redact(rootMessage(e)), e);
        }
    }

    /** {@code jdbcUrl} with the value of any {@code password=} option replaced by stars. */
    static String redact(String jdbcUrl) {
        return jdbcUrl == null ? "null" : PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return t instanceof SQLException sql && sql.getSQLState() != null
                ? message + " (SQL state " + sql.getSQLState() + ")" : message;
    }
}

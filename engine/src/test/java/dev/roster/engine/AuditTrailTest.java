package dev.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.apply.Outcome;
import dev.roster.model.Action;
import dev.roster.model.Reason;
import dev.roster.vault.AuditEntry;
import dev.roster.vault.Vault;
import dev.roster.vault.VaultException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit lines of an apply, written while it goes, when the vault refuses some of them for a while. */
class AuditTrailTest {
    private static final Reason WHY = new Reason("staff", "a contract in Wijkteam Noord");

    @TempDir
    Path dir;
    private String url;
    private Vault vault;

    @BeforeEach
    void open() {
        url = "jdbc:h2:file:" + dir.resolve("vault");
        vault = Vault.open(url, "sa", "");
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void linesTheVaultRefusedDuringTheApplyAreWrittenAtItsEndInTheirOrder() throws Exception {
        List<Outcome> outcomes = IntStream.range(0, 3 * AuditTrail.GROUP).mapToObj(AuditTrailTest::granted).toList();
        try (AuditTrail trail = new AuditTrail(vault, "roster")) {
            outcomes.subList(0, AuditTrail.GROUP).forEach(trail);
            assertThat(grants()).as("the first group, written as it filled").hasSize(AuditTrail.GROUP);
            sql("ALTER TABLE audit_log RENAME TO audit_log_away"); // the vault refuses the next group
            outcomes.subList(AuditTrail.GROUP, 2 * AuditTrail.GROUP).forEach(trail);
            sql("ALTER TABLE audit_log_away RENAME TO audit_log");
            outcomes.subList(2 * AuditTrail.GROUP, outcomes.size()).forEach(trail);
            assertThat(grants()).as("kept for the end, not tried with every line").hasSize(AuditTrail.GROUP);
        }

        assertThat(grants()).extracting(AuditEntry::detail)
                .containsExactlyElementsOf(outcomes.stream().map(o -> AuditTrail.line(o).getValue()).toList());
    }

    @Test
    void linesTheVaultStillRefusesAtTheEndMakeTheApplyFail() throws Exception {
        AuditTrail trail = new AuditTrail(vault, "roster");
        trail.accept(granted(1));
        sql("ALTER TABLE audit_log RENAME TO audit_log_away");

        assertThatThrownBy(trail::close).isInstanceOf(VaultException.class).hasMessageContaining("audit log");
    }

    private static Outcome granted(int i) {
        return new Outcome(new Action.Grant("ad", "p" + i, "staff", WHY), Outcome.Status.APPLIED, "");
    }

    /** The grant lines of the audit log, oldest first. */
    private List<AuditEntry> grants() {
        List<AuditEntry> lines = new ArrayList<>(vault.audit(10_000).stream()
                .filter(e -> e.event().equals("grant applied")).toList());
        Collections.reverse(lines);
        return lines;
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}

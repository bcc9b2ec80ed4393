package dev.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchScope;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roster run --every} against the demo's simulator and directory, as a service runs it:
 * the first cycle provisions, the next finds nothing to do, and the process then stops.
 */
class RunEveryIT {

    @TempDir
    Path data;

    @Test
    void theFirstCycleProvisionsAndTheNextOneFindsEverythingInPlace() throws Exception {
        Path config = Path.of("../config/demo.yaml");
        try (DemoServices services = DemoServices.start(data, 120, 3, 0, 0, config)) {
            PrintStream original = System.out;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = Roster.commandLine().execute("run", "--every", "2s", "--cycles", "2", "--config",
                        config.toString());
            } finally {
                System.setOut(original);
            }
            String output = out.toString(StandardCharsets.UTF_8);

            assertThat(code).as(output).isZero();
            assertThat(output).startsWith("Roster runs a cycle every 2.0 s");
            String[] cycles = output.split("\nCycle summary\n");
            assertThat(cycles).as(output).hasSize(3);
            long created = figure(cycles[1], "accounts created");
            assertThat(created).isPositive();
            assertThat(figure(cycles[2], "actions planned")).isZero();
            try (LDAPConnection ldap = services.directory.connection()) {
                assertThat(ldap.search(DemoServices.USERS_OU, SearchScope.SUB, "(employeeID=*)").getEntryCount())
                        .as("accounts in the directory").isEqualTo((int) created);
            }
        }
    }

    private static long figure(String text, String label) {
        Matcher m = Pattern.compile("  " + Pattern.quote(label) + " +(\\d+)").matcher(text);
        assertThat(m.find()).as("'%s' in%n%s", label, text).isTrue();
        return Long.parseLong(m.group(1));
    }
}

package dev.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster demo --once}, twice on the same data folder, as a newcomer runs it. */
class DemoIT {

    @TempDir
    Path data;

    @BeforeAll
    static void installation() {
        System.setProperty("roster.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private Run demo() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = Roster.commandLine().execute("demo", "--once", "--data", data.toString(),
                    "--ldap-port", "0", "--employees", "150", "--seed", "3");
            return new Run(code, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    record Run(int exitCode, String output) {
        long figure(String label) {
            Matcher m = Pattern.compile("  " + Pattern.quote(label) + " +(\\d+)").matcher(output);
            assertThat(m.find()).as("'%s' in%n%s", label, output).isTrue();
            return Long.parseLong(m.group(1));
        }
    }

    @Test
    void theFirstRunProvisionsTheDirectoryAndTheSecondFindsNothingToDo() {
        Run first = demo();

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.figure("persons imported")).isPositive();
        assertThat(first.figure("accounts created")).isPositive();
        assertThat(first.figure("group memberships granted")).isGreaterThanOrEqualTo(first.figure("accounts created"));
        assertThat(first.output()).contains("Look inside:", "ldap://127.0.0.1:", "CN=Administrator,CN=Users,DC=example,DC=test");
        assertThat(Files.exists(data.resolve("directory.ldif"))).isTrue();
        assertThat(Files.exists(data.resolve("vault.mv.db"))).isTrue();

        Run second = demo();

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.figure("actions planned")).isZero();
        assertThat(second.output()).contains("The plan was empty");
    }
}

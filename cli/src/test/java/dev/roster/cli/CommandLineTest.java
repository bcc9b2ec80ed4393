package dev.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a script sees: exit codes and messages for bad command lines and configurations. */
class CommandLineTest {

    private static Result run(String... args) {
        CommandLine cmd = Roster.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        return new Result(cmd.execute(args), err.toString());
    }

    record Result(int code, String err) {
    }

    @Test
    void aMissingConfigurationFileIsAConfigurationErrorNamingTheFile() {
        Result r = run("plan", "--config", "does-not-exist.yaml");
        assertThat(r.code()).isEqualTo(ExitCode.CONFIG);
        assertThat(r.err()).contains("does-not-exist.yaml: no such configuration file");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Result r = run("plan", "--frobnicate");
        assertThat(r.code()).isEqualTo(ExitCode.CONFIG);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "import", "plan", "apply", "run", "simulate", "notifications"}) {
            assertThat(run(command, "--help").code()).as(command).isZero();
        }
    }

    @Test
    void theDemoRuleFixturesPassAndAWrongExpectationFailsWithExitCodeOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assertThat(run("test", "rules", "../config/rules-tests", "--config", "../config/demo.yaml").code()).isZero();

        java.nio.file.Path fixture = java.nio.file.Path.of("../config/rules-tests/lifecycle.yaml");
        java.nio.file.Files.writeString(dir.resolve("wrong.yaml"), java.nio.file.Files.readString(fixture)
                .replace("\"100700\": deleted", "\"100700\": enabled"));
        assertThat(run("test", "rules", dir.toString(), "--config", "../config/demo.yaml").code())
                .isEqualTo(ExitCode.ACTIONS_FAILED);
    }

    @Test
    void runEveryRefusesADateAndAnIntervalItCannotReadNamingTheOption() {
        Result dated = run("run", "--every", "5m", "--as-of", "2026-01-05", "--config", "../config/demo.yaml");
        assertThat(dated.code()).isEqualTo(ExitCode.CONFIG);
        assertThat(dated.err()).contains("--every runs each cycle as of its own day; leave out --as-of");
        Result words = run("run", "--every", "soon");
        assertThat(words.code()).isEqualTo(ExitCode.CONFIG);
        assertThat(words.err()).contains("--every", "'soon' is not an interval: write 30s, 5m, 1h, 1d or ISO-8601"
                + " such as PT5M");
        Result zero = run("run", "--every", "0s");
        assertThat(zero.code()).isEqualTo(ExitCode.CONFIG);
        assertThat(zero.err()).contains("'0s' is shorter than one second");
    }

    @Test
    void theDemoConfigurationValidatesWithoutAnythingRunning() {
        assertThat(run("validate", "--config", "../config/demo.yaml").code()).isZero();
    }
}

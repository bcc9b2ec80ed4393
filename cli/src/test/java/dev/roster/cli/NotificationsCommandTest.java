package dev.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.engine.Engine;
import dev.roster.engine.RosterConfig;
import dev.roster.vault.OutboxDraft;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster notifications}: what an administrator sees of the outbox, and the mistakes named. */
class NotificationsCommandTest {

    @TempDir
    Path dir;
    Path config;

    record Result(int code, String out, String err) {
    }

    static String yaml(Path dir, String notifications) {
        return """
                vault:
                  url: "jdbc:h2:file:%s/vault"
                sources:
                  visma:
                    type: visma
                    clientSecret: env:UNUSED
                targets:
                  ad:
                    type: active-directory
                    url: ldap://127.0.0.1:389
                rules:
                  - name: staff
                    target: ad
                %s""".formatted(dir.toAbsolutePath(), notifications);
    }

    @BeforeEach
    void outbox() throws Exception {
        config = dir.resolve("roster.yaml");
        Files.writeString(config, yaml(dir, """
                notifications:
                  smtp: { host: 127.0.0.1, port: 1, security: none, from: roster@example.com }
                """));
        try (Engine engine = Engine.open(RosterConfig.load(config))) {
            long run = engine.vault().startRun("apply", 0);
            engine.vault().outbox().enqueue(new OutboxDraft(run, "leaver", "100235", "ad", "disable ad 100235",
                    List.of("jan@example.com", "servicedesk@example.com"), List.of(), "Account piet.smit of Piet Smit disabled",
                    "Hello"), "roster");
            engine.vault().outbox().enqueue(new OutboxDraft(run, "leaver", "100236", "ad", "disable ad 100236",
                    List.of(), List.of("to[0] {manager.email} is empty"), "Account kim.koster of Kim Koster disabled",
                    "Hello"), "roster");
        }
    }

    private static Result run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            var cmd = Roster.commandLine();
            cmd.setErr(new PrintWriter(err));
            int code = cmd.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void theOutboxIsListedNewestFirstWithRecipientsAndWhyOneWasNotSent() {
        Result r = run("notifications", "--config", config.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Outbox: 1 pending, 0 sent, 1 failed\n");
        assertThat(r.out().indexOf("disable ad 100236")).isLessThan(r.out().indexOf("disable ad 100235"));
        assertThat(r.out()).contains("failed ", "leaver for disable ad 100236", "to: (nobody)",
                "left out: to[0] {manager.email} is empty", "no recipients: to[0] {manager.email} is empty",
                "pending ", "subject: Account piet.smit of Piet Smit disabled",
                "to: jan@example.com, servicedesk@example.com");
    }

    @Test
    void aStatusNarrowsTheListAndJsonHasTheWholeMessage() {
        Result failed = run("notifications", "--config", config.toString(), "--status", "failed", "--json");

        assertThat(failed.code()).isZero();
        assertThat(failed.out()).contains("\"status\" : \"failed\"", "\"action\" : \"disable ad 100236\"", "\"body\" : \"Hello\"")
                .doesNotContain("100235");
    }

    @Test
    void anUnknownStatusIsAUsageError() {
        Result r = run("notifications", "--config", config.toString(), "--status", "lost");

        assertThat(r.code()).isEqualTo(ExitCode.CONFIG);
        assertThat(r.err()).contains("--status must be pending, sent or failed, not 'lost'");
    }

    @Test
    void sendingWithTheMailServerDownKeepsThemPendingAndExitsWithOne() {
        Result r = run("notifications", "send", "--config", config.toString());

        assertThat(r.code()).isEqualTo(ExitCode.ACTIONS_FAILED);
        assertThat(r.out()).contains("Notifications: 0 sent, 1 pending, 0 failed\n")
                .contains("127.0.0.1, 1", "tried again with the next cycle");
    }

    @Test
    void sendingWithoutAMailServerIsAConfigurationError() throws Exception {
        Files.writeString(config, yaml(dir, ""));

        Result r = run("notifications", "send", "--config", config.toString());

        assertThat(r.code()).isEqualTo(ExitCode.CONFIG);
        assertThat(r.err()).contains("notifications.smtp is not configured");
    }
}

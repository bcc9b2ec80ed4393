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

/**
 * {@code roster demo --once}, twice on the same data folder, as a newcomer runs it. The seed gives
 * a leaver in the week the first run catches up on, so that its leaver message is sent.
 */
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
                    "--ldap-port", "0", "--smtp-port", "0", "--employees", "150", "--seed", "2");
            return new Run(code, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    record Run(int exitCode, String output) {
        /** The figure in the first cycle summary. */
        long figure(String label) {
            return figure(output, label);
        }

        /** The figure in the summary of today's cycle, the last one. */
        long today(String label) {
            return figure(output.substring(output.lastIndexOf("Cycle summary")), label);
        }

        private long figure(String text, String label) {
            Matcher m = Pattern.compile("  " + Pattern.quote(label) + " +(\\d+)").matcher(text);
            assertThat(m.find()).as("'%s' in%n%s", label, output).isTrue();
            return Long.parseLong(m.group(1));
        }
    }

    @Test
    void theFirstRunProvisionsTheDirectoryAndNotifiesOfLeaversAndTheSecondFindsNothingToDo() throws Exception {
        Run first = demo();

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.figure("persons imported")).isPositive();
        assertThat(first.figure("accounts created")).isPositive();
        assertThat(first.figure("group memberships granted")).isGreaterThanOrEqualTo(first.figure("accounts created"));
        assertThat(first.output()).contains("Look inside:", "ldap://127.0.0.1:", "CN=Administrator,CN=Users,DC=example,DC=test");
        assertThat(Files.exists(data.resolve("directory.ldif"))).isTrue();
        assertThat(Files.exists(data.resolve("vault.mv.db"))).isTrue();
        assertThat(first.today("accounts disabled")).as("the week's leavers").isPositive();
        long sent = first.today("notifications sent");
        assertThat(sent).isEqualTo(first.today("accounts disabled"));
        assertThat(first.today("notifications pending") + first.today("notifications failed")).isZero();
        assertThat(first.output()).contains(sent + " notifications received by the demo's mail server (smtp://127.0.0.1:");
        assertThat(mails()).hasSize((int) sent).allSatisfy(mail -> {
            assertThat(mail.getSubject()).matches("Account \\S+ of .+ disabled");
            assertThat(java.util.Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                    .contains("servicedesk@example.test").hasSize(2);
            assertThat(mail.getContent().toString()).contains("Why: staff: contract ");
        });

        Run second = demo();

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.figure("actions planned")).isZero();
        assertThat(second.output()).contains("The plan was empty");
        assertThat(second.figure("notifications sent")).isZero();
        assertThat(mails()).as("nothing sent twice").hasSize((int) sent);
    }

    /** The mail the demo saved, as a mail program reads it. */
    private java.util.List<jakarta.mail.internet.MimeMessage> mails() throws Exception {
        if (!Files.isDirectory(data.resolve("mail"))) {
            return java.util.List.of();
        }
        java.util.List<jakarta.mail.internet.MimeMessage> out = new java.util.ArrayList<>();
        try (var files = Files.list(data.resolve("mail"))) {
            for (Path f : files.sorted().toList()) {
                try (var in = Files.newInputStream(f)) {
                    out.add(new jakarta.mail.internet.MimeMessage(null, in));
                }
            }
        }
        return out;
    }
}

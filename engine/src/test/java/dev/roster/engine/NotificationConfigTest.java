package dev.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.notify.Security;
import dev.roster.notify.SmtpSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notifications section as an administrator writes it, and the mistakes named at load. */
class NotificationConfigTest {

    /** RosterConfigTest.VALID has 17 lines; this section starts on line 18. */
    static final String NOTIFY = RosterConfigTest.VALID + """
            notifications:
              smtp:
                host: mail.example.com
                port: 2525
                security: starttls
                from: "Roster <roster@example.com>"
                username: roster
                password: env:SMTP_PASSWORD
              maxAttempts: 5
              messages:
                leaver:
                  on: [disable]
                  targets: [ad]
                  to: ["{manager.email}", "servicedesk@example.com"]
                  subject: "Account of {person.displayName} disabled"
                  body: |
                    Dear {manager.displayName},

                    the account {account.name} of {person.displayName} was disabled on {action.date}:
                    {action.reason}
            """;

    static RosterConfig parse(String yaml) {
        return RosterConfig.parse("roster.yaml", yaml);
    }

    @Test
    void theSectionGivesTheMailServerAndTheMessages() {
        NotificationRules n = parse(NOTIFY).notifications();

        assertThat(n.smtp()).contains(new SmtpSettings("mail.example.com", 2525, Security.STARTTLS,
                "Roster <roster@example.com>", "roster", "env:SMTP_PASSWORD", "notifications.smtp.password",
                Duration.ofSeconds(10)));
        assertThat(n.maxAttempts()).isEqualTo(5);
        assertThat(n.messages()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("leaver");
            assertThat(m.on()).containsExactly("disable");
            assertThat(m.targets()).containsExactly("ad");
            assertThat(m.to()).extracting(Object::toString).containsExactly("{manager.email}", "servicedesk@example.com");
            assertThat(m.subject()).hasToString("Account of {person.displayName} disabled");
        });
    }

    @Test
    void withoutTheSectionNothingIsSentAndDefaultsFillWhatIsLeftOut() {
        assertThat(parse(RosterConfigTest.VALID).notifications()).isEqualTo(NotificationRules.NONE);

        NotificationRules n = parse(NOTIFY.replace("    port: 2525\n", "").replace("    security: starttls\n", "")
                .replace("  maxAttempts: 5\n", "")).notifications();
        assertThat(n.smtp().orElseThrow().port()).isEqualTo(587);
        assertThat(n.smtp().orElseThrow().security()).isEqualTo(Security.STARTTLS);
        assertThat(n.maxAttempts()).isEqualTo(10);
        assertThat(parse(NOTIFY.replace("security: starttls", "security: tls").replace("    port: 2525\n", ""))
                .notifications().smtp().orElseThrow().port()).isEqualTo(465);
    }

    @Test
    void anUnknownActionIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse(NOTIFY.replace("on: [disable]", "on: [disabled]")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("roster.yaml, line 29: notifications.messages.leaver.on[0] names 'disabled', which is not an"
                        + " action; the actions are [create, delete, disable, enable, grant, revoke, update]");
    }

    @Test
    void aRecipientThatIsNoAddressIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse(NOTIFY.replace("\"servicedesk@example.com\"", "\"servicedesk\"")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("roster.yaml, line 31: notifications.messages.leaver.to[1] 'servicedesk' is not an e-mail"
                        + " address (it needs a name, '@' and a domain)");
        assertThatThrownBy(() -> parse(NOTIFY.replace("from: \"Roster <roster@example.com>\"", "from: roster")))
                .hasMessageStartingWith("roster.yaml, line 23: notifications.smtp.from 'roster' is not an e-mail address");
    }

    @Test
    void anUnknownPlaceholderIsRefusedWithItsLineWhereverItIs() {
        assertThatThrownBy(() -> parse(NOTIFY.replace("{person.displayName} disabled", "{person.fullName} disabled")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("roster.yaml, line 32: notifications.messages.leaver.subject: unknown value"
                        + " 'person.fullName'; known values are [person.id,")
                .hasMessageContaining("manager.email", "action.reason", "account.name");
        assertThatThrownBy(() -> parse(NOTIFY.replace("{manager.email}", "{manager.mail}")))
                .hasMessageStartingWith("roster.yaml, line 31: notifications.messages.leaver.to[0]: unknown value 'manager.mail'");
        assertThatThrownBy(() -> parse(NOTIFY.replace("{action.reason}", "{action.why}")))
                .hasMessageStartingWith("roster.yaml, line 33: notifications.messages.leaver.body: unknown value 'action.why'");
    }

    @Test
    void aMailServerWithoutAHostIsRefused() {
        assertThatThrownBy(() -> parse(NOTIFY.replace("    host: mail.example.com\n", "")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("roster.yaml, line 19: notifications.smtp.host is required");
        assertThatThrownBy(() -> parse(NOTIFY.replace("  smtp:\n    host: mail.example.com\n    port: 2525\n"
                + "    security: starttls\n    from: \"Roster <roster@example.com>\"\n    username: roster\n"
                + "    password: env:SMTP_PASSWORD\n", "")))
                .hasMessage("roster.yaml, line 18: notifications.smtp is required: the mail server that sends the messages");
    }

    @Test
    void mistakesInTheMailServerAreNamedWithTheirLines() {
        assertThatThrownBy(() -> parse(NOTIFY.replace("security: starttls", "security: ssl")))
                .hasMessage("roster.yaml, line 22: notifications.smtp.security must be none, starttls or tls, not 'ssl'");
        assertThatThrownBy(() -> parse(NOTIFY.replace("password: env:SMTP_PASSWORD", "password: hunter2")))
                .hasMessage("roster.yaml, line 25: notifications.smtp.password must be a reference (env:NAME or file:PATH);"
                        + " secrets are never written in the configuration itself");
        assertThatThrownBy(() -> parse(NOTIFY.replace("port: 2525", "port: 99999")))
                .hasMessage("roster.yaml, line 21: notifications.smtp.port must be a whole number from 1 to 65535, not '99999'");
        assertThatThrownBy(() -> parse(NOTIFY.replace("    username: roster\n", "")))
                .hasMessage("roster.yaml, line 24: notifications.smtp.password is set, but username is not: a login needs both");
        assertThatThrownBy(() -> parse(NOTIFY.replace("    host:", "    hots: x\n    host:")))
                .hasMessageStartingWith("roster.yaml, line 20: notifications.smtp.hots is not a known setting");
    }

    @Test
    void mistakesInAMessageAreNamedWithTheirLines() {
        assertThatThrownBy(() -> parse(NOTIFY.replace("targets: [ad]", "targets: [nedap]")))
                .hasMessage("roster.yaml, line 30: notifications.messages.leaver.targets[0] names 'nedap', which is not"
                        + " among the targets [ad]");
        assertThatThrownBy(() -> parse(NOTIFY.replace("      on: [disable]\n", "")))
                .hasMessage("roster.yaml, line 28: notifications.messages.leaver.on is required: the actions that send"
                        + " this message, e.g. [disable]");
        assertThatThrownBy(() -> parse(NOTIFY.replace("      body: |", "      bodyFile: leaver.txt\n      body: |")))
                .hasMessage("roster.yaml, line 34: notifications.messages.leaver.body and bodyFile are both set;"
                        + " write the text in one of them");
    }

    @Test
    void aBodyFileIsReadBesideTheConfiguration(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("roster.yaml");
        String withFile = NOTIFY.substring(0, NOTIFY.indexOf("      body: |")) + "      bodyFile: mail/leaver.txt\n";
        Files.writeString(config, withFile);

        assertThatThrownBy(() -> RosterConfig.load(config))
                .hasMessageStartingWith(config + ", line 33: notifications.messages.leaver.bodyFile cannot be read: "
                        + dir.resolve("mail/leaver.txt"));

        Files.createDirectories(dir.resolve("mail"));
        Files.writeString(dir.resolve("mail/leaver.txt"), "Dear {manager.displayName}, {person.displayName} left.\n");
        assertThat(RosterConfig.load(config).notifications().messages().get(0).body())
                .hasToString("Dear {manager.displayName}, {person.displayName} left.\n");

        Files.writeString(dir.resolve("mail/leaver.txt"), "Dear {manager.name}\n");
        assertThatThrownBy(() -> RosterConfig.load(config))
                .hasMessageStartingWith(config + ", line 33: notifications.messages.leaver.bodyFile ("
                        + dir.resolve("mail/leaver.txt") + "): unknown value 'manager.name'");
    }

    @Test
    void theValuesAMessageMayNameAreTheDocumentedOnes() {
        assertThat(NotificationRules.VALUES).isEqualTo(Set.of("action.verb", "action.target", "action.reason",
                "action.date", "action.summary", "action.permission", "account.name"));
    }
}

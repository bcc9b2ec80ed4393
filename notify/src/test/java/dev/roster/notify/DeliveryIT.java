package dev.roster.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.roster.model.Secrets;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Delivery against GreenMail over real SMTP, as the service desk's mailbox would receive it. */
class DeliveryIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("roster@example.com", "roster", "right-secret"));

    static final Secrets NO_SECRETS = (setting, reference) -> {
        throw new AssertionError("no password expected");
    };

    static SmtpSettings plain(int port) {
        return SmtpSettings.anonymous("127.0.0.1", port, Security.NONE, "Roster <roster@example.com>");
    }

    @Test
    void eachPendingMessageReachesEveryRecipientOnceAndIsRecordedSent() throws Exception {
        MemoryOutbox outbox = new MemoryOutbox()
                .add(1, 0, "Account van Zoë van der Çelik uitgeschakeld", "Beste Jan,\n\nhet account zoe.vandercelik is uitgeschakeld.\n",
                        "jan.devries@example.com", "servicedesk@example.com")
                .add(2, 3, "Second", "Body two", "servicedesk@example.com");

        DeliveryReport report = new Delivery(plain(SMTP.getSmtp().getPort()), NO_SECRETS, 10).deliver(outbox);

        assertThat(report).isEqualTo(new DeliveryReport(2, 0, 0, java.util.List.of()));
        assertThat(outbox.pending()).isEmpty();
        assertThat(outbox.results).extracting(MemoryOutbox.Result::status).containsExactly("sent", "sent");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage first = received[0];
        assertThat(first.getSubject()).isEqualTo("Account van Zoë van der Çelik uitgeschakeld");
        assertThat(first.getContent().toString().replace("\r\n", "\n").strip())
                .isEqualTo("Beste Jan,\n\nhet account zoe.vandercelik is uitgeschakeld.");
        assertThat(Arrays.stream(first.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()))
                .containsExactly("jan.devries@example.com", "servicedesk@example.com");
        assertThat(((InternetAddress) first.getFrom()[0]).getPersonal()).isEqualTo("Roster");
        assertThat(first.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(first.getMessageID()).as("the same on every attempt")
                .isEqualTo("<roster.1." + java.time.Instant.parse("2026-03-16T06:00:00Z").toEpochMilli() + "@example.com>");
    }

    @Test
    void aServerThatIsDownKeepsEveryMessagePendingWithOneAttemptMoreAndTheReason() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        MemoryOutbox outbox = new MemoryOutbox().add(1, 0, "a", "a", "a@example.com").add(2, 4, "b", "b", "b@example.com");

        long started = System.nanoTime();
        DeliveryReport report = new Delivery(plain(closed), NO_SECRETS, 10).deliver(outbox);

        assertThat(report.sent()).isZero();
        assertThat(report.retrying()).isEqualTo(2);
        assertThat(report.problems()).singleElement().asString().contains("127.0.0.1", String.valueOf(closed));
        assertThat(outbox.pending().stream().map(Mail::attempts)).containsExactly(1, 5);
        assertThat(outbox.results).extracting(MemoryOutbox.Result::status).containsExactly("pending", "pending");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("one connection attempt, not one per message")
                .isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theLastAllowedAttemptGivesTheMessageUp() {
        MemoryOutbox outbox = new MemoryOutbox().add(1, 2, "a", "a", "a@example.com");

        DeliveryReport report = new Delivery(plain(1), NO_SECRETS, 3).deliver(outbox);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.retrying()).isZero();
        assertThat(outbox.pending()).isEmpty();
        assertThat(outbox.results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("failed");
            assertThat(r.attempts()).isEqualTo(3);
        });
    }

    @Test
    void aRefusedLoginIsReportedWithTheServersAnswerAndWithoutThePassword() throws Exception {
        SmtpSettings login = new SmtpSettings("127.0.0.1", SMTP.getSmtp().getPort(), Security.NONE, "roster@example.com",
                "roster", "env:SMTP_PASSWORD", "notifications.smtp.password", Duration.ofSeconds(5));
        MemoryOutbox outbox = new MemoryOutbox().add(1, 0, "a", "a", "a@example.com");

        new Delivery(login, (setting, reference) -> "wrong-secret-4711", 10).deliver(outbox);

        assertThat(outbox.results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("pending");
            assertThat(r.text()).contains("535").doesNotContain("wrong-secret-4711");
        });
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        new Delivery(login, (setting, reference) -> "right-secret", 10).deliver(outbox);

        assertThat(outbox.pending()).isEmpty();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMissingPasswordNamesItsSettingAndKeepsTheMessagePending() {
        SmtpSettings login = new SmtpSettings("127.0.0.1", SMTP.getSmtp().getPort(), Security.NONE, "roster@example.com",
                "roster", "env:SMTP_PASSWORD", "notifications.smtp.password", Duration.ofSeconds(5));
        MemoryOutbox outbox = new MemoryOutbox().add(1, 0, "a", "a", "a@example.com");

        new Delivery(login, (setting, reference) -> {
            throw new dev.roster.model.ConfigException("roster.yaml, line 7: " + setting + " refers to SMTP_PASSWORD,"
                    + " which is not set in the environment");
        }, 10).deliver(outbox);

        assertThat(outbox.results).singleElement().extracting(MemoryOutbox.Result::text).asString()
                .contains("notifications.smtp.password refers to SMTP_PASSWORD");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttlsIsNeverSkippedForAServerThatDoesNotOfferIt() {
        SmtpSettings starttls = SmtpSettings.anonymous("127.0.0.1", SMTP.getSmtp().getPort(), Security.STARTTLS,
                "roster@example.com");
        MemoryOutbox outbox = new MemoryOutbox().add(1, 0, "a", "a", "a@example.com");

        new Delivery(starttls, NO_SECRETS, 10).deliver(outbox);

        assertThat(outbox.results).singleElement().extracting(MemoryOutbox.Result::text).asString()
                .contains("STARTTLS");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void tlsRefusesAServerWhoseCertificateIsNotTrusted() throws Exception {
        GreenMail smtps = new GreenMail(ServerSetupTest.SMTPS.dynamicPort());
        smtps.start();
        try {
            MemoryOutbox outbox = new MemoryOutbox().add(1, 0, "a", "a", "a@example.com");
            new Delivery(SmtpSettings.anonymous("127.0.0.1", smtps.getSmtps().getPort(), Security.TLS, "roster@example.com"),
                    NO_SECRETS, 10).deliver(outbox);

            assertThat(outbox.results).singleElement().extracting(MemoryOutbox.Result::status).isEqualTo("pending");
            assertThat(smtps.getReceivedMessages()).isEmpty();
        } finally {
            smtps.stop();
        }
    }
}

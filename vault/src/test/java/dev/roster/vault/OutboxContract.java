package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox of notifications, for every database. */
interface OutboxContract {

    Vault vault();

    private OutboxDraft leaver(long run, String message, List<String> recipients, List<String> skipped) {
        return new OutboxDraft(run, message, "100235", "ad", "disable ad 100235", recipients, skipped,
                "Account of Piet Smit disabled", "Dear Jan,\n\nthe account piet.smit was disabled.\n");
    }

    @Test
    default void aQueuedNotificationIsPendingUntilSentAndTheSendIsAudited() {
        long run = vault().startRun("apply", 1);
        Outbox outbox = vault().outbox();

        assertThat(outbox.enqueue(leaver(run, "leaver", List.of("jan@example.com", "servicedesk@example.com"),
                List.of()), "roster")).isTrue();

        OutboxMessage queued = outbox.pending().get(0);
        assertThat(queued).usingRecursiveComparison().ignoringFields("id", "createdAt").isEqualTo(new OutboxMessage(0, run,
                "leaver", "100235", "ad", "disable ad 100235", List.of("jan@example.com", "servicedesk@example.com"),
                List.of(), "Account of Piet Smit disabled", "Dear Jan,\n\nthe account piet.smit was disabled.\n",
                OutboxStatus.PENDING, 0, "", java.time.Instant.EPOCH, java.util.Optional.empty()));

        outbox.sent(queued.id(), "", "roster");

        assertThat(outbox.pending()).isEmpty();
        OutboxMessage sent = outbox.newest(OutboxStatus.SENT, 10).get(0);
        assertThat(sent.sentAt()).isPresent();
        assertThat(outbox.counts()).isEqualTo(Map.of(OutboxStatus.PENDING, 0L, OutboxStatus.SENT, 1L, OutboxStatus.FAILED, 0L));
        AuditEntry audit = vault().audit(1).get(0);
        assertThat(audit.actor()).isEqualTo("roster");
        assertThat(audit.event()).isEqualTo("notification.sent");
        assertThat(audit.detail()).contains("leaver (disable ad 100235, run " + run, "jan@example.com, servicedesk@example.com",
                "Account of Piet Smit disabled");
        assertThatThrownBy(() -> outbox.sent(queued.id(), "", "roster")).isInstanceOf(VaultException.class)
                .hasMessageContaining("is sent already");
    }

    @Test
    default void queuingTheSameMessageForTheSameActionOfARunAgainAddsNothing() {
        long run = vault().startRun("apply", 1);
        long next = vault().startRun("apply", 1);
        Outbox outbox = vault().outbox();
        List<String> to = List.of("jan@example.com");

        assertThat(outbox.enqueue(leaver(run, "leaver", to, List.of()), "roster")).isTrue();
        assertThat(outbox.enqueue(leaver(run, "leaver", to, List.of()), "roster")).isFalse();
        assertThat(outbox.enqueue(leaver(run, "it", to, List.of()), "roster")).as("another message").isTrue();
        assertThat(outbox.enqueue(leaver(next, "leaver", to, List.of()), "roster")).as("another run").isTrue();

        assertThat(outbox.pending()).extracting(OutboxMessage::message, OutboxMessage::run)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("leaver", run), org.assertj.core.groups.Tuple.tuple("it", run),
                        org.assertj.core.groups.Tuple.tuple("leaver", next));
        assertThat(outbox.newest(null, 2)).extracting(OutboxMessage::run).containsExactly(next, run);
    }

    @Test
    default void aFailedAttemptKeepsItPendingUntilTheLastOneGivesItUpWithAnAuditLine() {
        long run = vault().startRun("apply", 1);
        Outbox outbox = vault().outbox();
        outbox.enqueue(leaver(run, "leaver", List.of("jan@example.com"), List.of()), "roster");
        long id = outbox.pending().get(0).id();

        outbox.failed(id, "Couldn't connect to host, port: 127.0.0.1, 25: Connection refused", false, "roster");

        OutboxMessage retrying = outbox.pending().get(0);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.lastError()).isEqualTo("Couldn't connect to host, port: 127.0.0.1, 25: Connection refused");

        outbox.failed(id, "421 too busy", true, "roster");

        assertThat(outbox.pending()).isEmpty();
        OutboxMessage failed = outbox.newest(OutboxStatus.FAILED, 1).get(0);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).isEqualTo("421 too busy");
        AuditEntry audit = vault().audit(1).get(0);
        assertThat(audit.event()).isEqualTo("notification.failed");
        assertThat(audit.detail()).contains("to jan@example.com given up after 2 attempts: 421 too busy");
        assertThatThrownBy(() -> outbox.failed(id, "again", false, "roster")).isInstanceOf(VaultException.class)
                .hasMessageContaining("is failed already");
    }

    @Test
    default void aNotificationWithoutRecipientsIsKeptAsFailedWithWhy() {
        long run = vault().startRun("apply", 1);

        assertThat(vault().outbox().enqueue(leaver(run, "leaver", List.of(), List.of("to[0] {manager.email} is empty")),
                "roster")).isTrue();

        assertThat(vault().outbox().pending()).isEmpty();
        OutboxMessage failed = vault().outbox().newest(OutboxStatus.FAILED, 1).get(0);
        assertThat(failed.lastError()).isEqualTo("no recipients: to[0] {manager.email} is empty");
        assertThat(failed.skipped()).containsExactly("to[0] {manager.email} is empty");
        assertThat(vault().audit(1).get(0).detail()).contains("not sent: no recipients: to[0] {manager.email} is empty");
    }

    @Test
    default void aNotificationOfARunThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> vault().outbox().enqueue(leaver(4711, "leaver", List.of("a@example.com"), List.of()), "roster"))
                .isInstanceOf(VaultException.class).hasMessageContaining("queue notification leaver of run 4711");
    }
}

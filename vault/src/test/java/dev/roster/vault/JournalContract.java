package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run and audit tests of {@link VaultContract}, for every database. */
interface JournalContract {
    Vault vault();

    @Test
    default void runsAreNumberedAndFinishedOnce() {
        long first = vault().startRun("cycle", 0);
        long second = vault().startRun("import", 0);

        vault().finishRun(first, "ok", Map.of("created", 3L, "failed", 0L));

        assertThat(second).isGreaterThan(first);
        RunInfo run = vault().run(first).orElseThrow();
        assertThat(run.kind()).isEqualTo("cycle");
        assertThat(run.outcome()).contains("ok");
        assertThat(run.counts()).isEqualTo(Map.of("created", 3L, "failed", 0L));
        assertThat(run.finishedAt()).isPresent();
        assertThat(vault().run(second).orElseThrow().outcome()).isEmpty();
        assertThatThrownBy(() -> vault().finishRun(first, "again", Map.of()))
                .isInstanceOf(VaultException.class).hasMessageContaining("already finished");
        assertThatThrownBy(() -> vault().finishRun(999_999, "ok", Map.of()))
                .isInstanceOf(VaultException.class).hasMessageContaining("no run 999999");
    }

    @Test
    default void heldActionsAreKeptLargeAndReleasedOnceWithWhoAndWhy() {
        long run = vault().startRun("apply", 4);
        String plan = "{\"actions\":[" + "{\"action\":\"disable\"},".repeat(30_000) + "{}]}";

        vault().holdActions(run, 4, plan, java.util.List.of("ad: 30001 disable actions, over the limit of 5%"));

        HeldRun held = vault().heldActions(run).orElseThrow();
        assertThat(held.planJson()).isEqualTo(plan);
        assertThat(held.revision()).isEqualTo(4);
        assertThat(held.releasedBy()).isEmpty();
        vault().releaseHeldActions(run, java.util.List.of("disable"), "anna.admin", "reorganisation");
        assertThat(vault().heldActions(run).orElseThrow().releasedKinds()).containsExactly("disable");
        assertThat(vault().audit(1).get(0).detail()).contains("released [disable]: reorganisation");
        assertThatThrownBy(() -> vault().releaseHeldActions(run, java.util.List.of("disable"), "bob", "again"))
                .isInstanceOf(VaultException.class).hasMessageContaining("no held actions waiting");
        assertThat(vault().heldActions(run + 1000)).isEmpty();
    }

    @Test
    default void unmanagingForgetsAPermissionOrAnAccountWithoutAnythingElseAndIsAudited() {
        dev.roster.model.Reason why = new dev.roster.model.Reason("staff", "test");
        vault().record(new dev.roster.model.Action.Create("ad", "p1", "p1", new java.util.TreeMap<>(Map.of("cn", "P")),
                true, why), new dev.roster.model.AccountRef("g1"));
        vault().record(new dev.roster.model.Action.Grant("ad", "p1", "dep-1", why), new dev.roster.model.AccountRef("g1"));
        vault().record(new dev.roster.model.Action.Grant("ad", "p1", "dep-2", why), new dev.roster.model.AccountRef("g1"));

        assertThat(vault().unmanage("ad", "p1", "dep-1", "anna.admin", "kept by hand")).isTrue();
        assertThat(vault().find("ad", "p1").orElseThrow().permissions()).containsExactly("dep-2");
        assertThat(vault().audit(1).get(0).detail()).contains("dep-1 no longer managed by Roster").contains("kept by hand");
        assertThat(vault().unmanage("ad", "p1", "dep-1", "anna.admin", "again")).isFalse();

        assertThat(vault().unmanage("ad", "p1", null, "anna.admin", "account handed to IT")).isTrue();
        assertThat(vault().find("ad", "p1")).isEmpty();
        assertThat(vault().deletedAccounts("ad")).as("not deleted, only forgotten").isEmpty();
    }

    @Test
    default void auditLogReadsNewestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        vault().audit("alice", "plan.approved", "plan 7");
        vault().audit("engine", "cycle.finished", "3 created");
        vault().audit("bob", "login", "");

        assertThat(vault().audit(2)).extracting(AuditEntry::actor).containsExactly("bob", "engine");
        assertThat(vault().audit(10)).hasSize(3).last().satisfies(e -> {
            assertThat(e.event()).isEqualTo("plan.approved");
            assertThat(e.detail()).isEqualTo("plan 7");
            assertThat(e.at()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
        });
        assertThat(vault().audit(0)).isEmpty();
    }

    @Test
    default void manyLinesAreAppendedInTheirOrderAllOrNone() {
        java.util.List<Map.Entry<String, String>> lines = java.util.stream.IntStream.range(0, 2_500)
                .mapToObj(i -> Map.entry("create applied", "account " + i)).toList();

        vault().audit("roster", lines);

        java.util.List<AuditEntry> read = vault().audit(3_000);
        assertThat(read).hasSize(2_500).allSatisfy(e -> assertThat(e.actor()).isEqualTo("roster"));
        assertThat(read.get(0).detail()).isEqualTo("account 2499");
        assertThat(read.get(2_499).detail()).isEqualTo("account 0");
        assertThat(read).extracting(AuditEntry::at).containsOnly(read.get(0).at());

        java.util.List<Map.Entry<String, String>> broken = new java.util.ArrayList<>(lines.subList(0, 1_500));
        broken.add(new java.util.AbstractMap.SimpleEntry<>("grant applied", null));
        assertThatThrownBy(() -> vault().audit("roster", broken)).isInstanceOf(VaultException.class);
        assertThat(vault().audit(3_000)).as("nothing of a failed append").hasSize(2_500);
    }
}

package dev.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.Action;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.sim.visma.VismaSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source threshold holds an import that would remove too many persons, until an administrator approves it. */
class HeldImportIT {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path data;

    @Test
    void anImportThatLosesHalfThePersonsIsHeldNothingIsPlannedFromItAndApprovalReleasesIt() throws Exception {
        try (DemoWorld world = new DemoWorld(300, 11, TODAY, data)) {
            Path config = data.resolve("roster.yaml");
            Files.writeString(config, Files.readString(Path.of("..", "config", "demo.yaml"))
                    .replace("    pollIntervalMillis: 100\n", "    pollIntervalMillis: 100\n    thresholds:\n      removed: 10%\n"));
            try (Engine engine = Engine.open(RosterConfig.load(config))) {
                assertThat(engine.cycle(TODAY, Progress.NONE).imported().held()).as("the first import").isFalse();
            }
            long accepted;
            Map<String, DemoWorld.Account> before = world.accounts();

            try (VismaSimulator smaller = VismaSimulator.start(world.visma.options().withEmployees(120))) {
                System.setProperty("ROSTER_DEMO_VISMA_URL", smaller.baseUrl());
                try (Engine engine = Engine.open(RosterConfig.load(config))) {
                    accepted = engine.vault().revision();
                    CycleReport held = engine.cycle(TODAY, Progress.NONE);

                    assertThat(held.imported().held()).isTrue();
                    assertThat(held.imported().breaches()).singleElement().asString()
                            .startsWith("removed ").contains("over the limit of 10%");
                    assertThat(engine.vault().revision()).isEqualTo(accepted);
                    assertThat(held.plan().actions()).as("planned from the previous snapshot").isEmpty();
                    assertThat(world.accounts()).isEqualTo(before);
                    assertThat(engine.vault().diff(accepted, held.imported().revision()).personIds(
                            dev.roster.vault.ChangeKind.LEAVER)).isNotEmpty();

                    long revision = engine.vault().approve(held.imported().revision(), "anna.admin", "reorganisation, checked");

                    assertThat(revision).isGreaterThan(accepted);
                    Plan after = engine.plan(TODAY);
                    assertThat(after.vaultRevision()).isEqualTo(revision);
                    assertThat(after.count(Action.Disable.class)).isPositive();
                    assertThat(engine.vault().audit(5)).anySatisfy(e -> {
                        assertThat(e.actor()).isEqualTo("anna.admin");
                        assertThat(e.detail()).contains("reorganisation, checked");
                    });
                }
            }
        }
    }
}

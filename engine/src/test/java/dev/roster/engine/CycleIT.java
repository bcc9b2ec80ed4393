package dev.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.Progress;
import dev.roster.model.SourceException;
import dev.roster.sim.hr.ContractRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One HR-to-directory cycle end to end: the Visma.net HRM simulator over HTTP, the vault on H2,
 * the embedded directory over LDAP, configured by the demo configuration of the repository.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CycleIT {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    static Path data;
    static DemoWorld world;
    /** Per expected account (employeeID): enabled or not, and its groups. */
    static Map<String, DemoWorld.Expected> expected;

    @BeforeAll
    static void start() throws Exception {
        world = new DemoWorld(300, 7, TODAY, data);
        expected = world.expectedAccounts(TODAY, 14);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    @Order(1)
    void theFirstCycleGivesEveryPersonWithARunningContractAnEnabledAccountInTheGroupsOfTheirDepartments()
            throws Exception {
        // and every person starting within the demo's 14 days a disabled account without groups;
        // several employee records of one natural person give one account
        CycleReport report;
        List<dev.roster.vault.AuditEntry> audit;
        try (Engine engine = Engine.open(world.config())) {
            report = engine.cycle(TODAY, Progress.NONE);
            audit = engine.vault().audit(100_000);
        }

        assertThat(expected.values().stream().filter(DemoWorld.Expected::enabled).count()).isGreaterThan(150);
        assertThat(expected.values().stream().filter(e -> !e.enabled()).count()).as("pre-hires").isPositive();
        assertThat(report.imported().aggregated()).as("natural persons with several records").isNotEmpty();
        Map<String, DemoWorld.Account> accounts = world.accounts();
        assertThat(accounts.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, want) -> {
            assertThat(accounts.get(id).enabled()).as("account of %s enabled", id).isEqualTo(want.enabled());
            assertThat(accounts.get(id).groups()).as("groups of %s", id).isEqualTo(want.groups());
        });
        assertThat(report.applied().allOk()).isTrue();
        assertThat(report.applied().applied()).containsEntry("create", (long) expected.size());
        assertThat(report.applied().applied().get("grant"))
                .isEqualTo(accounts.values().stream().mapToLong(a -> a.groups().size()).sum());
        List<String> lines = reversed(audit.stream().filter(e -> e.event().endsWith(" applied"))
                .map(e -> e.event() + ": " + e.detail()).toList());
        List<String> actions = report.plan().actions().stream()
                .map(a -> a.verb() + " applied: " + a.summary() + " [" + a.reason() + "]").toList();
        assertThat(lines).as("one audit line per action").containsExactlyInAnyOrderElementsOf(actions);
        Map<String, String> personOf = new java.util.HashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            personOf.put(actions.get(i), report.plan().actions().get(i).personId());
        }
        personOf.values().stream().distinct().forEach(person -> assertThat(lines.stream()
                .filter(line -> person.equals(personOf.get(line))).findFirst())
                .as("the account of %s made before its groups were granted", person)
                .hasValueSatisfying(first -> assertThat(first).startsWith("create applied: ")));
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    @Order(2)
    void theSecondCycleOnTheSameDataPlansNothingAndChangesNothing() throws Exception {
        Map<String, DemoWorld.Account> before = world.accounts();

        CycleReport report;
        List<dev.roster.vault.AuditEntry> audit;
        try (Engine engine = Engine.open(world.config())) {
            report = engine.cycle(TODAY, Progress.NONE);
            audit = engine.vault().audit(100_000);
        }

        assertThat(report.plan().actions()).isEmpty();
        assertThat(world.accounts()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aFailingExportStopsTheCycleBeforeAnythingIsStoredPlannedOrApplied() throws Exception {
        Map<String, DemoWorld.Account> before = world.accounts();
        LocalDate later = TODAY.plusDays(200);
        long revision;
        try (Engine engine = Engine.open(world.config())) {
            revision = engine.vault().revision();
            assertThat(engine.plan(later).actions()).as("the later date would change accounts").isNotEmpty();
        }
        world.visma.faults().failExport("contracts");
        try (Engine engine = Engine.open(world.config())) {
            assertThatThrownBy(() -> engine.cycle(later, Progress.NONE))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("contracts");
            assertThat(engine.vault().revision()).isEqualTo(revision);
        } finally {
            world.visma.faults().clear();
        }
        assertThat(world.accounts()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aSavedPlanIsRefusedOnceANewImportMovedTheVaultOn() {
        try (Engine engine = Engine.open(world.config())) {
            dev.roster.model.Plan saved = engine.plan(TODAY.plusDays(200));
            assertThat(engine.checkCurrent(saved, "plan.json")).isSameAs(saved);

            world.visma.mutate(0.02, 7);
            engine.importNow(TODAY, Progress.NONE);

            assertThatThrownBy(() -> engine.checkCurrent(saved, "plan.json"))
                    .isInstanceOf(StalePlanException.class)
                    .hasMessageStartingWith("plan.json was made from vault revision " + saved.vaultRevision()
                            + ", but the vault is at revision " + (saved.vaultRevision() + 1) + " now; nothing was applied.");
        }
    }

    @Test
    void anImportOfUnchangedHrStoresNothingAndKeepsASavedPlanValidUntilHrChanges() {
        try (Engine engine = Engine.open(world.config())) {
            long before = engine.vault().revision();
            int snapshots = engine.vault().snapshots(1_000).size();
            dev.roster.model.Plan saved = engine.plan(TODAY);

            ImportReport again = engine.importNow(TODAY, Progress.NONE);

            assertThat(again.unchanged()).isTrue();
            assertThat(again.revision()).isEqualTo(before);
            assertThat(again.persons()).isEqualTo(engine.vault().persons().size());
            assertThat(engine.vault().revision()).isEqualTo(before);
            assertThat(engine.vault().snapshots(1_000)).hasSize(snapshots);
            assertThat(engine.checkCurrent(saved, "plan.json")).isSameAs(saved);
            assertThat(engine.vault().audit(10)).anyMatch(e -> e.event().equals("import unchanged"));

            ImportReport nextDay = engine.importNow(TODAY.plusDays(1), Progress.NONE);
            assertThat(nextDay.unchanged()).as("another day is read and stored in full").isFalse();
            assertThat(nextDay.revision()).isEqualTo(before + 1);

            world.visma.mutate(0.02, 11);
            ImportReport changed = engine.importNow(TODAY.plusDays(1), Progress.NONE);
            assertThat(changed.unchanged()).isFalse();
            assertThat(changed.revision()).isEqualTo(before + 2);
        }
    }

    @Test
    void thePersonsKeptFromAnImportAreThoseTheVaultReadsBack() {
        world.visma.mutate(0.02, 5);
        java.util.List<dev.roster.model.Person> kept;
        try (Engine engine = Engine.open(world.config())) {
            assertThat(engine.importNow(TODAY, Progress.NONE).unchanged()).isFalse();
            kept = engine.vault().persons();
        }
        try (Engine engine = Engine.open(world.config())) {
            assertThat(engine.vault().persons()).isNotEmpty().isEqualTo(kept);
        }
    }

    @Test
    void anImportAfterAChangeHoldsOneCopyOfEachPersonWhoDidNotChange() {
        try (Engine engine = Engine.open(world.config())) {
            engine.importNow(TODAY, Progress.NONE);
            Map<String, dev.roster.model.Person> before = new java.util.HashMap<>();
            engine.vault().persons().forEach(p -> before.put(p.id(), p));
            world.visma.mutate(0.02, 13);
            assertThat(engine.importNow(TODAY, Progress.NONE).unchanged()).isFalse();

            int shared = 0;
            int changed = 0;
            for (dev.roster.model.Person p : engine.vault().persons()) {
                dev.roster.model.Person old = before.get(p.id());
                if (p.equals(old)) {
                    assertThat(p).as("unchanged person %s", p.id()).isSameAs(old);
                    shared++;
                } else {
                    changed++;
                }
            }
            assertThat(shared).isGreaterThan(200);
            assertThat(changed).isPositive();
        }
    }

    @Test
    void withManagersFromDepartmentsAStreamedImportStoresWhatMappingTheWholeBatchGives() throws Exception {
        Path file = data.resolve("managers-from-departments.yaml");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(Path.of("..", "config", "demo.yaml"))
                + "\nmapping:\n  managerFromDepartment: always\n");
        RosterConfig config = RosterConfig.load(file);
        try (Engine engine = Engine.open(config); Connectors connectors = new Connectors(config, engine.vault())) {
            engine.importNow(TODAY, Progress.NONE);
            assertThat(engine.vault().persons()).isEqualTo(wholeBatch(config, connectors));

            world.visma.mutate(0.02, 17);
            assertThat(engine.importNow(TODAY, Progress.NONE).unchanged()).isFalse();
            assertThat(engine.vault().persons()).as("after a change, with unchanged persons shared")
                    .isEqualTo(wholeBatch(config, connectors));
        }
    }

    /**
     * The persons of a read of the whole batch, mapped, aggregated and given their managers from
     * the departments, ordered by id; fails unless the departments change someone's manager.
     */
    private static List<dev.roster.model.Person> wholeBatch(RosterConfig config, Connectors connectors) {
        dev.roster.model.SourceBatch batch;
        try (dev.roster.model.Source source = SourceImport.open(config, connectors)) {
            batch = source.read(TODAY, Progress.NONE);
        }
        List<dev.roster.model.Person> aggregated = new dev.roster.mapping.Aggregator(config.aggregation().orElseThrow())
                .aggregate(new dev.roster.mapping.PersonMapper(config.mapping()).map(batch.records()).persons()).persons();
        List<dev.roster.model.Person> resolved = dev.roster.mapping.ManagerResolver.of(config.mapping())
                .resolve(aggregated, batch.departments(), TODAY);
        assertThat(resolved).as("managers taken from departments").isNotEqualTo(aggregated);
        return resolved.stream().sorted(java.util.Comparator.comparing(dev.roster.model.Person::id)).toList();
    }
}

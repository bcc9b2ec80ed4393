package dev.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.apply.ApplyReport;
import dev.roster.apply.Outcome;
import dev.roster.model.Contract;
import dev.roster.model.Department;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.model.Progress;
import dev.roster.sim.ad.EmbeddedDirectory;
import dev.roster.vault.Snapshot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roster killed (SIGKILL) in the middle of applying 2,000 creates: the next cycle converges with
 * exactly one account per person, none twice, because every create first correlates on employeeID.
 */
class CrashSafetyIT {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final int PERSONS = 2_000;

    @TempDir
    Path data;

    @Test
    void aKilledApplyLeavesNoDuplicateAndTheNextCycleConverges() throws Exception {
        try (EmbeddedDirectory directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword("ldap-test-secret"))) {
            Map<String, String> properties = properties(directory);
            Path config = prepare(directory);
            try (Engine engine = Engine.open(RosterConfig.load(config))) {
                store(engine);
            }

            Process roster = start(config, properties);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (accountsByPerson(directory).size() < 300 && roster.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(roster.isAlive()).as("still applying when killed").isTrue();
            roster.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            int beforeRestart = accountsByPerson(directory).values().stream().mapToInt(Integer::intValue).sum();
            assertThat(beforeRestart).isBetween(300, PERSONS - 1);

            ApplyReport next;
            int recorded;
            try (Engine engine = Engine.open(RosterConfig.load(config))) {
                recorded = engine.vault().ledger("ad").size();
                next = engine.apply(engine.plan(DAY), Progress.NONE);
                assertThat(engine.plan(DAY).actions()).as("the cycle after converged").isEmpty();
            }
            assertThat(next.failures()).isEmpty();
            Map<String, Integer> accounts = accountsByPerson(directory);
            assertThat(accounts).hasSize(PERSONS);
            assertThat(accounts.values()).as("accounts per person").containsOnly(1);
            assertThat(next.count(Outcome.Status.CORRELATED))
                    .as("accounts made before the kill but not in the ledger are linked, not made again")
                    .isEqualTo(beforeRestart - recorded);
        }
    }

    /**
     * While an apply runs, the audit log already holds the lines of the actions done so far, so that
     * a crash loses at most the last few hundred; they are not all written when it ends.
     */
    @Test
    void theAuditLogHoldsTheActionsDoneSoFarWhileTheApplyRuns() throws Exception {
        try (EmbeddedDirectory directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword("ldap-test-secret"))) {
            Path config = prepare(directory);
            try (Engine engine = Engine.open(RosterConfig.load(config))) {
                store(engine);
                List<Long> auditedMidway = new java.util.concurrent.CopyOnWriteArrayList<>();
                java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
                Progress watch = new Progress() {
                    @Override
                    public void start(String step, long total) {
                    }

                    @Override
                    public void advance(long units) {
                        if (done.getAndAdd(units) < 1_500 && done.get() >= 1_500) {
                            auditedMidway.add(engine.vault().audit(10_000).stream()
                                    .filter(e -> e.event().equals("create applied")).count());
                        }
                    }

                    @Override
                    public void finish() {
                    }
                };

                ApplyReport report = engine.apply(engine.plan(DAY), watch);

                assertThat(report.applied()).containsEntry("create", (long) PERSONS);
                assertThat(auditedMidway).as("creates in the audit log after 1,500 of them").singleElement()
                        .satisfies(n -> assertThat(n).isBetween(750L, 1_500L));
                assertThat(engine.vault().audit(10_000)).filteredOn(e -> e.event().equals("create applied"))
                        .hasSize(PERSONS);
            }
        }
    }

    /** The demo's configuration pointed at {@code directory} and this test's data (system properties), its OUs and group made. */
    private Path prepare(EmbeddedDirectory directory) throws Exception {
        directory.ensureOrganizationalUnit(DemoWorld.USERS);
        directory.ensureOrganizationalUnit(DemoWorld.GROUPS);
        directory.ensureGroup("dep-OE-210", DemoWorld.GROUPS);
        properties(directory).forEach(System::setProperty);
        Path config = Path.of("..", "config", "demo.yaml").toAbsolutePath().normalize();
        DemoWorld.ensureOus(directory, RosterConfig.load(config));
        return config;
    }

    private Map<String, String> properties(EmbeddedDirectory directory) {
        return Map.of("ROSTER_DATA", data.toString(), "ROSTER_DEMO_LDAP_URL", directory.ldapUrl(),
                "ROSTER_DEMO_LDAP_PASSWORD", "ldap-test-secret");
    }

    /** A snapshot of {@link #PERSONS} persons, all in one department, each to get an account. */
    private static void store(Engine engine) {
        engine.vault().storeSnapshot(new Snapshot("hr", Instant.now(), DAY, persons(),
                List.of(new Department("OE-210", "Wijkteam Noord", "", "")), Map.of(), List.of()));
    }

    private Process start(Path config, Map<String, String> properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ApplyMain.class.getName(),
                config.toString(), DAY.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve("roster.log").toFile()).start();
    }

    static Map<String, Integer> accountsByPerson(EmbeddedDirectory directory) throws Exception {
        Map<String, Integer> count = new HashMap<>();
        try (LDAPConnection c = directory.connection()) {
            for (SearchResultEntry e : c.search(DemoWorld.USERS, SearchScope.SUB, "(employeeID=*)", "employeeID")
                    .getSearchEntries()) {
                count.merge(e.getAttributeValue("employeeID"), 1, Integer::sum);
            }
        }
        return count;
    }

    static List<Person> persons() {
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            String id = String.valueOf(300_000 + i);
            out.add(new Person(id, new PersonName("Test", "", "T.", "", "Persoon" + i, "", "", NamingConvention.B), "",
                    null, "", Map.of(), List.of(new Contract(id + "-1", DAY.minusYears(1), null, "OE-210", "Wijkteam Noord",
                            "Verzorgende", "", "", "", "Zorggroep", BigDecimal.TEN, Map.of()))));
        }
        return out;
    }
}

package dev.roster.bench;

import dev.roster.engine.Engine;
import dev.roster.engine.ImportReport;
import dev.roster.engine.RosterConfig;
import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.sim.visma.VismaSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Roster's own share of the cycles after the first, without a target: the initial plan is
 * recorded in the ledger as if a target had applied it (no directory in the process), then it
 * times no-change cycles and one cycle after the simulator changed a fraction of its persons:
 * import, snapshot and plan, with the peak heap, which includes the simulator's organisation.
 * The apply, which is bound by the target, is what {@link CycleBenchmark} measures.
 *
 * <p>Run: {@code ./mvnw -q -pl bench exec:exec -Dbench.main=dev.roster.bench.SteadyStateBenchmark
 * -Dbench.args="--employees 100000"} ({@code --seed S}, {@code --runs R} no-change cycles, default
 * 3; {@code --change F}, default 0.01; heap {@code -Dbench.xmx=1g}, the default).
 */
public final class SteadyStateBenchmark {

    private SteadyStateBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        String[] words = String.join(" ", args).trim().split("\\s+");
        for (int i = 0; i + 1 < words.length; i += 2) {
            o.put(words[i], words[i + 1]);
        }
        int employees = Integer.parseInt(o.getOrDefault("--employees", "100000"));
        long seed = Long.parseLong(o.getOrDefault("--seed", "42"));
        int runs = Integer.parseInt(o.getOrDefault("--runs", "3"));
        double change = Double.parseDouble(o.getOrDefault("--change", "0.01"));
        LocalDate asOf = LocalDate.now();
        Path data = Files.createTempDirectory("roster-steady");
        String secret = "Rb-" + Long.toHexString(new java.security.SecureRandom().nextLong());
        String tenant = "6f1c2c1e-0000-4b4b-9c9c-" + String.format("%012d", Math.abs(seed) % 1_000_000_000_000L);
        try (VismaSimulator visma = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(employees)
                .withSeed(seed).withAsOf(asOf).withClient("roster-bench", secret, tenant))) {
            System.setProperty("ROSTER_BENCH_DATA", data.toString());
            System.setProperty("ROSTER_BENCH_VISMA_URL", visma.baseUrl());
            System.setProperty("ROSTER_BENCH_VISMA_TENANT", tenant);
            System.setProperty("ROSTER_BENCH_VISMA_SECRET", secret);
            // a target nobody answers: the plan then leaves the new accounts' names to the create
            System.setProperty("ROSTER_BENCH_LDAP_URL", "ldap://127.0.0.1:9");
            System.setProperty("ROSTER_BENCH_PLAIN", "true");
            System.setProperty("ROSTER_BENCH_BIND_DN", "CN=nobody");
            System.setProperty("ROSTER_BENCH_BIND_PASSWORD", "unused");
            System.setProperty("ROSTER_BENCH_BASE_DN", "DC=example,DC=test");
            System.out.printf(Locale.ROOT, "steady-state benchmark: %d employee records, seed %d, no target%n",
                    employees, seed);
            try (Engine engine = Engine.open(RosterConfig.load(Path.of(o.getOrDefault("--config",
                    "../config/bench.yaml"))))) {
                CycleBenchmark.prepareExports(visma, System.out);
                cycle("initial", engine, asOf, true);
                for (int run = 1; run <= runs; run++) {
                    cycle("no change " + run, engine, asOf, false);
                }
                System.out.printf(Locale.ROOT, "the simulator changes %.1f%%: %s%n", change * 100,
                        Mutations.apply(visma, change, seed + 1));
                CycleBenchmark.prepareExports(visma, System.out);
                cycle("change", engine, asOf, true);
            }
        } finally {
            try (var walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One import and plan; with {@code record}, the plan is recorded in the ledger as applied. */
    private static void cycle(String name, Engine engine, LocalDate asOf, boolean record) {
        try (HeapSampler heap = new HeapSampler().start()) {
            ImportReport imported = engine.importNow(asOf, Progress.NONE);
            long planStart = System.nanoTime();
            Plan plan = engine.plan(asOf);
            long planNanos = System.nanoTime() - planStart;
            long importNanos = imported.elapsed().toNanos() - imported.storing().toNanos();
            System.out.printf(Locale.ROOT, "  %-11s %6d persons %7d actions: import %6.2f s%s, snapshot %5.2f s,"
                            + " plan %5.2f s, total %6.2f s; peak heap %4d MiB%n", name, imported.persons(),
                    plan.actions().size(), importNanos / 1e9, imported.unchanged() ? " (unchanged)" : "",
                    imported.storing().toNanos() / 1e9, planNanos / 1e9,
                    (imported.elapsed().toNanos() + planNanos) / 1e9, heap.sampledPeak() >> 20);
            if (record) {
                for (Action a : plan.actions()) {
                    engine.vault().record(a, new AccountRef("bench-" + a.personId()));
                }
            }
        }
    }
}

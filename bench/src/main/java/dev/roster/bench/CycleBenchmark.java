package dev.roster.bench;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import dev.roster.apply.ApplyReport;
import dev.roster.apply.Outcome;
import dev.roster.engine.Engine;
import dev.roster.engine.ImportReport;
import dev.roster.engine.RosterConfig;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.sim.ad.DirectoryProcess;
import dev.roster.sim.hr.OrgUnit;
import dev.roster.sim.visma.VismaSimulator;
import dev.roster.source.visma.VismaSourceFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code roster bench}: one process runs the Visma.net HRM simulator and Roster against a directory
 * (the embedded one, in a JVM of its own so that the figures of this one are Roster's, or an
 * external LDAP server such as a Samba AD DC), and measures
 * <ol>
 * <li>the raw baseline: a plain LDAP client adding the entries and memberships of the initial
 * plan, with as many connections as Roster uses;</li>
 * <li>the initial cycle from an empty vault and directory: import, snapshot, plan and apply, each
 * timed, and the apply throughput against the raw baseline;</li>
 * <li>a no-change cycle right after;</li>
 * <li>a cycle after the simulator changed a fraction (1%) of its persons: joiners, leavers,
 * movers and name changes;</li>
 * </ol>
 * with the peak heap and resident set size of each. Not thread-safe; one run at a time.
 */
public final class CycleBenchmark {
    static final String EMBEDDED = "embedded directory (UnboundID in-memory, a JVM of its own)";

    /** What to run. {@code ldap} empty means the embedded directory. */
    public record Settings(int employees, long seed, int connections, double changeFraction, LocalDate asOf,
            Path config, Optional<BenchDirectory> ldap, Progress progress) {
    }

    private CycleBenchmark() {
    }

    /**
     * For {@code ./mvnw -pl bench exec:exec -Dbench.main=dev.roster.bench.CycleBenchmark
     * -Dbench.args="--employees 10000"}: {@code --employees N}, {@code --seed S},
     * {@code --connections C}, {@code --out FILE}; the embedded directory only ({@code roster bench}
     * also takes an external one).
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new java.util.HashMap<>();
        String joined = String.join(" ", args).trim();
        String[] words = joined.isEmpty() ? new String[0] : joined.split("\\s+");
        for (int i = 0; i + 1 < words.length; i += 2) {
            o.put(words[i], words[i + 1]);
        }
        Settings s = new Settings(Integer.parseInt(o.getOrDefault("--employees", "10000")),
                Long.parseLong(o.getOrDefault("--seed", "42")), Integer.parseInt(o.getOrDefault("--connections", "4")),
                0.01, LocalDate.now(), Path.of(o.getOrDefault("--config", "../config/bench.yaml")), Optional.empty(),
                Progress.NONE);
        BenchFigures figures = run(s, System.out);
        figures.print(System.out);
        if (o.containsKey("--out")) {
            figures.write(Path.of(o.get("--out")));
        }
    }

    /** Runs the benchmark, printing what it does to {@code log}, and returns its figures. */
    public static BenchFigures run(Settings s, PrintStream log) throws LDAPException, IOException {
        Path data = Files.createTempDirectory("roster-bench");
        String vismaSecret = secret();
        String tenant = "6f1c2c1e-0000-4b4b-9c9c-" + String.format("%012d", Math.abs(s.seed()) % 1_000_000_000_000L);
        String ldapPassword = secret();
        DirectoryProcess embedded = null;
        try (VismaSimulator visma = VismaSimulator.start(VismaSimulator.Options.defaults()
                .withEmployees(s.employees()).withSeed(s.seed()).withAsOf(s.asOf())
                .withClient("roster-bench", vismaSecret, tenant))) {
            BenchDirectory directory;
            if (s.ldap().isPresent()) {
                directory = s.ldap().get();
            } else {
                embedded = DirectoryProcess.start(ldapPassword);
                directory = new BenchDirectory(embedded.ldapUrl(), embedded.bindDn(), ldapPassword,
                        embedded.baseDn(), null, null, EMBEDDED);
            }
            log.printf("directory: %s at %s%n", directory.description(), directory.url());
            List<String> groups = visma.organisation().departments().stream().map(OrgUnit::id)
                    .map(id -> "rb-dep-" + id).sorted().toList();
            Map<String, DN> rawGroups = directory.prepare(groups);
            configure(data, visma, tenant, vismaSecret, directory, s.connections());

            BenchFigures.Raw raw;
            if (embedded == null) {
                raw = rawBaseline(s, data, directory, rawGroups, true, -1, log);
            } else {
                // A second embedded directory, thrown away after: the in-memory server deletes
                // slowly (each delete scans every entry for references), and deleting is not what
                // is measured.
                try (DirectoryProcess scratch = DirectoryProcess.start(ldapPassword)) {
                    BenchDirectory other = new BenchDirectory(scratch.ldapUrl(), scratch.bindDn(), ldapPassword,
                            scratch.baseDn(), null, null, directory.description());
                    raw = rawBaseline(s, data, other, other.prepare(groups), false, scratch.pid(), log);
                }
            }
            BenchFigures.Cycle initial;
            BenchFigures.Cycle unchanged;
            BenchFigures.Cycle changed;
            long pid = embedded == null ? -1 : embedded.pid();
            try (Engine engine = Engine.open(RosterConfig.load(s.config()))) {
                prepareExports(visma, log);
                log.println("initial cycle: empty vault, empty directory");
                initial = cycle("initial", engine, s, raw, null, pid, log);
                log.println("no-change cycle");
                unchanged = cycle("noChange", engine, s, raw, null, pid, log);
                log.printf("change cycle: the simulator changes %.1f%% of the persons%n", s.changeFraction() * 100);
                Map<String, Integer> mutation = Mutations.apply(visma, s.changeFraction(), s.seed() + 1);
                prepareExports(visma, log);
                changed = cycle("change", engine, s, raw, mutation, pid, log);
            }
            if (s.ldap().isPresent()) {
                directory.removeAll();
            }
            long directoryRss = embedded == null ? -1 : Machine.peakRss(embedded.pid()).orElse(-1L);
            return new BenchFigures(LocalDate.now().toString(), s.employees(), s.seed(), s.connections(),
                    directory.description(), directory.url(), directoryRss, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory(), System.getProperty("java.version"), raw,
                    List.of(initial, unchanged, changed));
        } finally {
            if (embedded != null) {
                embedded.close();
            }
            delete(data);
        }
    }

    /**
     * The raw baseline needs the initial plan's entries: a scratch vault imports and plans them
     * (not measured), the raw client adds them, and its entries are removed before Roster runs.
     */
    private static BenchFigures.Raw rawBaseline(Settings s, Path data, BenchDirectory directory,
            Map<String, DN> rawGroups, boolean clearUp, long directoryPid, PrintStream log) throws LDAPException {
        Path scratch = data.resolve("scratch");
        System.setProperty("ROSTER_BENCH_DATA", scratch.toString());
        Plan plan;
        try (Engine engine = Engine.open(RosterConfig.load(s.config()))) {
            engine.importNow(s.asOf(), Progress.NONE);
            plan = engine.plan(s.asOf());
        }
        System.setProperty("ROSTER_BENCH_DATA", data.toString());
        delete(scratch);
        log.printf("raw baseline: a plain LDAP client adds the initial plan's entries and memberships"
                + " over %d connections%n", s.connections());
        long cpu = Machine.cpu();
        long directoryCpu = directoryPid < 0 ? -1 : Machine.cpu(directoryPid);
        RawBaseline.Result r = RawBaseline.run(directory, rawGroups, plan, s.connections());
        cpu = Machine.spent(cpu, Machine.cpu());
        directoryCpu = directoryPid < 0 ? -1 : Machine.spent(directoryCpu, Machine.cpu(directoryPid));
        log.printf("  %d entries (%d with a manager) + %d memberships in %.2f s: %.0f operations/s%n", r.entries(),
                r.managers(), r.memberships(),
                r.nanos() / 1e9, r.operations() / (r.nanos() / 1e9));
        if (clearUp) {
            RawBaseline.remove(directory, r.added(), s.connections());
            directory.clearBaseline();
        }
        return new BenchFigures.Raw(r.entries(), r.memberships(), r.managers(), r.waves(), r.connections(), r.nanos(),
                cpu, directoryCpu);
    }

    private static BenchFigures.Cycle cycle(String name, Engine engine, Settings s, BenchFigures.Raw raw,
            Map<String, Integer> mutation, long directoryPid, PrintStream log) {
        boolean rssReset = Machine.resetPeak();
        try (HeapSampler heap = new HeapSampler().start()) {
            long cpu = Machine.cpu();
            long directoryCpu = directoryPid < 0 ? -1 : Machine.cpu(directoryPid);
            ImportReport imported = engine.importNow(s.asOf(), s.progress());
            long planStart = System.nanoTime();
            Plan plan = engine.plan(s.asOf());
            long planNanos = System.nanoTime() - planStart;
            long applyCpu = Machine.cpu();
            long applyStart = System.nanoTime();
            ApplyReport applied = engine.apply(plan, s.progress());
            long applyNanos = System.nanoTime() - applyStart; // with the audit lines and the run's record
            long cpuEnd = Machine.cpu();
            directoryCpu = directoryPid < 0 ? -1 : Machine.spent(directoryCpu, Machine.cpu(directoryPid));
            Map<String, Long> actions = new TreeMap<>();
            plan.actions().forEach(a -> actions.merge(a.verb(), 1L, Long::sum));
            long failed = applied.count(Outcome.Status.FAILED) + applied.count(Outcome.Status.SKIPPED);
            BenchFigures.Cycle c = new BenchFigures.Cycle(name, imported.persons(), Map.copyOf(actions),
                    plan.actions().size(), failed, applied.held().size(),
                    imported.elapsed().toNanos() - imported.storing().toNanos(), imported.storing().toNanos(),
                    planNanos, applyNanos, Machine.spent(cpu, cpuEnd), Machine.spent(applyCpu, cpuEnd),
                    directoryCpu, heap.baseline(), heap.sampledPeak(), heap.peakAfterCollection(),
                    Machine.peakRss().orElse(-1L), rssReset, mutation, name.equals("initial") ? raw : null,
                    imported.unchanged());
            log.printf("  %s%n", c.summary());
            applied.failures().stream().limit(5).forEach(o -> log.printf("  %s %s: %s%n", o.status(),
                    o.action().summary(), o.message()));
            return c;
        }
    }

    /** Points config/bench.yaml at the simulator, the directory and a vault under {@code data}. */
    /**
     * Has the simulator make its export files before a cycle is timed: Visma makes them on its own
     * servers, so the CPU that takes is not Roster's (config/bench.yaml asks no contact information).
     */
    static void prepareExports(VismaSimulator visma, PrintStream log) {
        long started = System.nanoTime();
        visma.prepareExports(false, VismaSourceFactory::fieldsAsked);
        log.printf(Locale.ROOT, "the simulator made its export files in %.2f s, before the cycle%n",
                (System.nanoTime() - started) / 1e9);
    }

    private static void configure(Path data, VismaSimulator visma, String tenant, String vismaSecret,
            BenchDirectory d, int connections) {
        System.setProperty("ROSTER_BENCH_DATA", data.toString());
        System.setProperty("ROSTER_BENCH_VISMA_URL", visma.baseUrl());
        System.setProperty("ROSTER_BENCH_VISMA_TENANT", tenant);
        System.setProperty("ROSTER_BENCH_VISMA_SECRET", vismaSecret);
        System.setProperty("ROSTER_BENCH_LDAP_URL", d.url());
        System.setProperty("ROSTER_BENCH_PLAIN", Boolean.toString(!d.secure()));
        System.setProperty("ROSTER_BENCH_BIND_DN", d.bindDn());
        System.setProperty("ROSTER_BENCH_BIND_PASSWORD", d.password());
        System.setProperty("ROSTER_BENCH_BASE_DN", d.baseDn());
        System.setProperty("ROSTER_BENCH_CONNECTIONS", Integer.toString(connections));
        if (d.trustStore() != null) {
            System.setProperty("ROSTER_BENCH_TRUSTSTORE", d.trustStore().toString());
            System.setProperty("ROSTER_BENCH_TRUSTSTORE_PASSWORD",
                    d.trustStorePassword() == null ? "" : d.trustStorePassword());
        }
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "Rb-" + HexFormat.of().formatHex(bytes);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

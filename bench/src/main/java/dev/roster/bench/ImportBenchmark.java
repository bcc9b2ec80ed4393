package dev.roster.bench;

import dev.roster.mapping.AggregationResult;
import dev.roster.mapping.AggregationRules;
import dev.roster.mapping.Aggregator;
import dev.roster.mapping.FieldMap;
import dev.roster.mapping.MappingResult;
import dev.roster.mapping.PersonMapper;
import dev.roster.model.Progress;
import dev.roster.model.Source;
import dev.roster.model.SourceBatch;
import dev.roster.model.SourceFactory;
import dev.roster.sim.visma.VismaSimulator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Times a full Visma import: the simulator serves a synthetic organisation on 127.0.0.1 in this
 * JVM (its export files made before the timing starts), the Visma source reads all seven exports
 * over HTTP, then {@link PersonMapper} and
 * {@link Aggregator} make persons. Prints records read, persons, seconds per phase and peak heap.
 *
 * <p>Arguments: {@code --employees N} (default 100000), {@code --seed S} (42), {@code --as-of
 * yyyy-MM-dd} (today), {@code --runs R} (1; later runs show the warm JVM a long-running engine
 * has). Run: {@code ./mvnw -q -pl bench exec:exec} (heap {@code -Dbench.xmx=1g},
 * arguments {@code -Dbench.args="--employees 100000"}). The heap figures include the simulator's,
 * which shares the JVM and both cores.
 */
public final class ImportBenchmark {

    /** What one run measured. Times in nanoseconds, memory in bytes. */
    record Result(SourceBatch batch, MappingResult mapping, AggregationResult aggregation,
                  long readNanos, long mapNanos, long aggregateNanos, long cpuNanos, long mainCpuNanos,
                  long simulatorCpuNanos, long baselineHeap,
                  long sampledPeakHeap, long poolPeakSum) {
    }

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        int employees = Integer.parseInt(options.getOrDefault("--employees", "100000"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "42"));
        LocalDate asOf = LocalDate.parse(options.getOrDefault("--as-of", LocalDate.now().toString()));
        int runs = Integer.parseInt(options.getOrDefault("--runs", "1"));
        System.out.printf(Locale.ROOT, "Visma import benchmark: %d employee records, seed %d, as of %s%n",
                employees, seed, asOf);
        for (int run = 1; run <= runs; run++) {
            System.out.printf(Locale.ROOT, "run %d of %d%s%n", run, runs,
                    run == 1 ? " (cold JVM: includes class loading and JIT compilation)" : " (same JVM, warm)");
            print(run(employees, seed, asOf));
        }
    }

    private static void print(Result r) {
        long records = r.batch().counts().values().stream().mapToLong(Integer::longValue).sum();
        double total = (r.readNanos() + r.mapNanos() + r.aggregateNanos()) / 1e9;
        System.out.printf(Locale.ROOT, "  rows read         %d %s%n", records, r.batch().counts());
        System.out.printf(Locale.ROOT, "  source records    %d (%d warnings)%n", r.batch().records().size(),
                r.batch().warnings().size());
        System.out.printf(Locale.ROOT, "  persons mapped    %d (%d blocked)%n", r.mapping().persons().size(),
                r.mapping().blocked().size());
        System.out.printf(Locale.ROOT, "  persons           %d (%d aggregated from several records, %d conflicts)%n",
                r.aggregation().persons().size(), r.aggregation().merged().size(),
                r.aggregation().conflicts().size());
        System.out.printf(Locale.ROOT, "  seconds           %.2f total: read %.2f, map %.2f, aggregate %.2f%n",
                total, r.readNanos() / 1e9, r.mapNanos() / 1e9, r.aggregateNanos() / 1e9);
        System.out.printf(Locale.ROOT, "  CPU seconds       %.2f (all threads of this JVM: simulator, source, GC, JIT;"
                + " %d processors, load average %.1f at the end)%n", r.cpuNanos() / 1e9,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "                    of which %.2f on the reading thread (source, mapping,"
                + " aggregation) and %.2f in the simulator's HTTP threads%n", r.mainCpuNanos() / 1e9,
                r.simulatorCpuNanos() / 1e9);
        System.out.printf(Locale.ROOT, "  heap              peak used %d MiB sampled (pool peaks summed %d MiB),"
                        + " baseline %d MiB, max (-Xmx) %d MiB%n", mib(r.sampledPeakHeap()), mib(r.poolPeakSum()),
                mib(r.baselineHeap()), mib(Runtime.getRuntime().maxMemory()));
    }

    /** Runs one import of a fresh simulator and keeps its results reachable until measured. */
    static Result run(int employees, long seed, LocalDate asOf) {
        VismaSimulator.Options options = VismaSimulator.Options.defaults().withEmployees(employees)
                .withSeed(seed).withAsOf(asOf);
        try (VismaSimulator sim = VismaSimulator.start(options)) {
            CycleBenchmark.prepareExports(sim, System.out); // Visma makes its files on its own servers
            try (HeapSampler heap = new HeapSampler().start(); Source source = source(sim)) {
                long cpu0 = processCpuNanos();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long main0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SourceBatch batch = source.read(asOf, Progress.NONE);
                long t1 = System.nanoTime();
                MappingResult mapping = new PersonMapper(FieldMap.visma()).map(batch.records());
                long t2 = System.nanoTime();
                AggregationResult aggregation = new Aggregator(AggregationRules.defaults())
                        .aggregate(mapping.persons());
                long t3 = System.nanoTime();
                long cpu = processCpuNanos() - cpu0;
                long main = threads.getCurrentThreadCpuTime() - main0;
                return new Result(batch, mapping, aggregation, t1 - t0, t2 - t1, t3 - t2, cpu, main,
                        simulatorCpuNanos(threads), heap.baseline(),
                        heap.sampledPeak(), heap.poolPeakSum());
            }
        }
    }

    static Source source(VismaSimulator sim) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("type", "visma");
        settings.put("tokenUrl", sim.tokenUrl());
        settings.put("apiUrl", sim.baseUrl());
        settings.put("tenantId", sim.options().tenantId());
        settings.put("clientId", sim.options().clientId());
        settings.put("clientSecret", "env:VISMA_CLIENT_SECRET");
        settings.put("pollIntervalMillis", 50);
        String secret = sim.options().clientSecret();
        SourceFactory factory = ServiceLoader.load(SourceFactory.class).stream()
                .map(ServiceLoader.Provider::get).filter(f -> f.type().equals("visma"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no visma source on the class path"));
        return factory.create("visma", settings, (setting, reference) -> secret);
    }

    /** {@code --name value} pairs; a single argument holding several pairs is split on spaces. */
    private static Map<String, String> options(String[] args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            for (String w : arg.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        Map<String, String> options = new HashMap<>();
        for (int k = 0; k + 1 < words.size(); k += 2) {
            if (!List.of("--employees", "--seed", "--as-of", "--runs").contains(words.get(k))) {
                throw new IllegalArgumentException("unknown option " + words.get(k)
                        + "; known: --employees N, --seed S, --as-of yyyy-MM-dd, --runs R");
            }
            options.put(words.get(k), words.get(k + 1));
        }
        return options;
    }

    /** CPU time of the simulator's server threads (Jetty's pool), all alive until it stops. */
    private static long simulatorCpuNanos(ThreadMXBean threads) {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("JettyServerThreadPool")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}

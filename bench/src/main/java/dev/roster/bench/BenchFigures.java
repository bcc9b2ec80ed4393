package dev.roster.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything {@code roster bench} measured, as a table and as JSON. Times in nanoseconds, memory in bytes. */
public record BenchFigures(String date, int employees, long seed, int connections, String directory,
        String directoryUrl, long directoryPeakRss, int processors, long maxHeap, String java, Raw raw,
        List<Cycle> cycles) {

    /**
     * The raw LDAP client's run; {@code managers} of its entries had a manager (in {@code waves}
     * waves, see RawBaseline); {@code cpuNanos} is the CPU time this process (the client) used,
     * {@code directoryCpuNanos} the embedded directory's (-1 when unknown or external).
     */
    public record Raw(int entries, int memberships, int managers, int waves, int connections, long nanos,
            long cpuNanos, long directoryCpuNanos) {
        int operations() {
            return entries + memberships;
        }

        double perSecond() {
            return operations() / seconds(nanos);
        }
    }

    /**
     * One cycle of Roster. {@code raw} is set for the initial cycle, whose apply is compared with it.
     * {@code cpuNanos} and {@code applyCpuNanos}: CPU time this process (Roster and the simulator)
     * used in the cycle and in its apply; {@code directoryCpuNanos}: the embedded directory's in
     * the cycle (-1 when unknown or external).
     */
    public record Cycle(String name, int persons, Map<String, Long> actions, int actionCount, long failed,
            long held, long importNanos, long snapshotNanos, long planNanos, long applyNanos, long cpuNanos,
            long applyCpuNanos, long directoryCpuNanos, long heapAtStart,
            long peakHeap, long heapAfterCollection, long peakRss, boolean rssPeakOfCycle, Map<String, Integer> mutation, Raw raw,
            boolean sourceUnchanged) {

        long totalNanos() {
            return importNanos + snapshotNanos + planNanos + applyNanos;
        }

        double applyPerSecond() {
            return applyNanos == 0 ? 0 : (actionCount - held) / seconds(applyNanos);
        }

        Double ratioToRaw() {
            return raw == null || actionCount == 0 ? null : applyPerSecond() / raw.perSecond();
        }

        String summary() {
            return String.format(Locale.ROOT, "%d persons, %d actions %s: import %.2f s, snapshot %.2f s, plan %.2f s,"
                    + " apply %.2f s (%.0f actions/s), peak heap %d MiB (%s after GC), peak RSS %d MiB", persons,
                    actionCount, actions, seconds(importNanos), seconds(snapshotNanos), seconds(planNanos),
                    seconds(applyNanos), applyPerSecond(), mib(peakHeap),
                    heapAfterCollection < 0 ? "none" : mib(heapAfterCollection) + " MiB", mib(peakRss));
        }
    }

    /** Prints the figures as a table. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%nRoster benchmark, %s: %d employee records (seed %d), %d connections, %s%n",
                date, employees, seed, connections, directory);
        out.printf(Locale.ROOT, "machine: %d processors, max heap %d MiB, Java %s%n", processors, mib(maxHeap), java);
        out.printf(Locale.ROOT, "raw baseline: %d entries (%d with a manager, %d waves) + %d memberships in %.2f s"
                + " = %.0f operations/s (%d connections); CPU: client %s, directory %s%n%n", raw.entries(), raw.managers(),
                raw.waves(), raw.memberships(), seconds(raw.nanos()), raw.perSecond(), raw.connections(),
                cpu(raw.cpuNanos()), cpu(raw.directoryCpuNanos()));
        out.printf(Locale.ROOT, "%-9s %8s %8s %8s %8s %8s %8s %8s %10s %7s %8s %8s %8s %9s %9s %9s%n", "cycle",
                "persons", "actions", "import", "snapshot", "plan", "apply", "total", "actions/s", "vs raw", "CPU",
                "applyCPU", "dir CPU", "peak heap", "after GC", "peak RSS");
        for (Cycle c : cycles) {
            Double ratio = c.ratioToRaw();
            out.printf(Locale.ROOT, "%-9s %8d %8d %7.2fs %7.2fs %7.2fs %7.2fs %7.2fs %10s %7s %8s %8s %8s %5d MiB %9s"
                    + " %5d MiB%n", c.name(), c.persons(), c.actionCount(), seconds(c.importNanos()),
                    seconds(c.snapshotNanos()), seconds(c.planNanos()), seconds(c.applyNanos()), seconds(c.totalNanos()),
                    c.actionCount() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", c.applyPerSecond()),
                    ratio == null ? "-" : String.format(Locale.ROOT, "%.0f%%", ratio * 100), cpu(c.cpuNanos()),
                    cpu(c.applyCpuNanos()), cpu(c.directoryCpuNanos()), mib(c.peakHeap()),
                    c.heapAfterCollection() < 0 ? "-" : mib(c.heapAfterCollection()) + " MiB", mib(c.peakRss()));
        }
        out.println();
        for (Cycle c : cycles) {
            out.printf(Locale.ROOT, "%-9s actions %s%s%s%s%n", c.name(), c.actions(),
                    c.failed() > 0 ? ", " + c.failed() + " failed or skipped" : "",
                    c.sourceUnchanged() ? "; the source delivered the same exports: nothing mapped or stored" : "",
                    c.mutation() == null ? "" : "; the simulator changed " + c.mutation());
        }
        out.printf(Locale.ROOT, "Peak heap and RSS are this process's: Roster and the simulator (%d MiB of heap in"
                + " use after a collection before the initial cycle). Peak heap counts garbage not yet collected,"
                + " and grows with -Xmx; after GC is the most in use right after a collection (- when none ran)."
                + " CPU is this process's CPU time in the cycle, applyCPU in its apply, dir CPU the embedded"
                + " directory's in the cycle; on a machine whose cores both share, every CPU second one spends"
                + " the other waits for.%n", mib(cycles.get(0).heapAtStart()));
        if (directoryPeakRss >= 0) {
            out.printf(Locale.ROOT, "The embedded directory ran in a JVM of its own: peak RSS %d MiB.%n",
                    mib(directoryPeakRss));
        }
    }

    /** The same figures as a JSON document. */
    public Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("date", date);
        root.put("machine", map("processors", processors, "maxHeapMiB", mib(maxHeap), "java", java));
        root.put("settings", map("employees", employees, "seed", seed, "connections", connections,
                "directory", directory, "directoryUrl", directoryUrl));
        if (directoryPeakRss >= 0) {
            root.put("directoryPeakRssMiB", mib(directoryPeakRss));
        }
        root.put("rawBaseline", map("entries", raw.entries(), "entriesWithManager", raw.managers(),
                "waves", raw.waves(), "memberships", raw.memberships(),
                "operations", raw.operations(), "connections", raw.connections(), "seconds", round(seconds(raw.nanos())),
                "operationsPerSecond", round(raw.perSecond()), "cpuSeconds", cpuSeconds(raw.cpuNanos()),
                "directoryCpuSeconds", cpuSeconds(raw.directoryCpuNanos())));
        Map<String, Object> byName = new LinkedHashMap<>();
        for (Cycle c : cycles) {
            Map<String, Object> cycle = new LinkedHashMap<>();
            cycle.put("persons", c.persons());
            cycle.put("actions", c.actionCount());
            cycle.put("actionsByKind", c.actions());
            cycle.put("failedOrSkipped", c.failed());
            cycle.put("held", c.held());
            cycle.put("sourceUnchanged", c.sourceUnchanged());
            cycle.put("seconds", map("import", round(seconds(c.importNanos())), "snapshot",
                    round(seconds(c.snapshotNanos())), "plan", round(seconds(c.planNanos())), "apply",
                    round(seconds(c.applyNanos())), "total", round(seconds(c.totalNanos()))));
            cycle.put("cpuSeconds", map("cycle", cpuSeconds(c.cpuNanos()), "apply", cpuSeconds(c.applyCpuNanos()),
                    "directory", cpuSeconds(c.directoryCpuNanos())));
            cycle.put("applyActionsPerSecond", round(c.applyPerSecond()));
            cycle.put("applyRatioToRaw", c.ratioToRaw() == null ? null : round(c.ratioToRaw()));
            cycle.put("heapAtStartMiB", mib(c.heapAtStart()));
            cycle.put("peakHeapMiB", mib(c.peakHeap()));
            cycle.put("peakHeapAfterCollectionMiB", c.heapAfterCollection() < 0 ? null : mib(c.heapAfterCollection()));
            cycle.put("peakRssMiB", mib(c.peakRss()));
            cycle.put("peakRssOfThisCycle", c.rssPeakOfCycle());
            if (c.mutation() != null) {
                cycle.put("mutation", c.mutation());
            }
            byName.put(c.name(), cycle);
        }
        root.put("cycles", byName);
        return root;
    }

    /** Writes {@link #json()} to {@code file}. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json());
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Double cpuSeconds(long nanos) {
        return nanos < 0 ? null : round(seconds(nanos));
    }

    private static String cpu(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1fs", seconds(nanos));
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static long mib(long bytes) {
        return bytes < 0 ? -1 : bytes / (1024 * 1024);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

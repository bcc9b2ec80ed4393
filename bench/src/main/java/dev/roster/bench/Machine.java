package dev.roster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A process's resident set size from Linux's /proc: the peak (VmHWM), for this process since the
 * last {@link #resetPeak()}, and the current (VmRSS); and the CPU time processes used so far.
 * Empty where the operating system does not tell.
 */
final class Machine {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private Machine() {
    }

    /** Starts a new peak; false when the kernel does not let us (the peak is then since start). */
    static boolean resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The peak resident set size in bytes. */
    static Optional<Long> peakRss() {
        return field(STATUS, "VmHWM:");
    }

    /** The peak resident set size in bytes of another process of this machine, e.g. a child. */
    static Optional<Long> peakRss(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmHWM:");
    }

    /** The CPU time (user and system, all threads) this process used so far, in nanoseconds. */
    static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** The CPU time another process of this machine used so far, in nanoseconds; -1 if unknown. */
    static long cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }

    /** {@code to - from}, or -1 when either is unknown. */
    static long spent(long from, long to) {
        return from < 0 || to < 0 ? -1 : to - from;
    }

    /** The resident set size now, in bytes. */
    static Optional<Long> rss() {
        return field(STATUS, "VmRSS:");
    }

    private static Optional<Long> field(Path status, String name) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return Optional.of(Long.parseLong(parts[0]) * 1024L);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

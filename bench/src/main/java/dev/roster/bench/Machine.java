package dev.roster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A process's resident set size from Linux's /proc: the peak (VmHWM), for this process since the
 * last {@link #resetPeak()}, and the current (VmRSS). Empty where /proc is not there.
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

package dev.roster.sim.visma;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults the simulator injects, changeable while it runs. Thread-safe. Export names are those of
 * {@link VismaExport#exportName()}; an unknown name is an {@link IllegalArgumentException}.
 * A fault applies to jobs started after it was set.
 */
public final class Faults {

    private final Set<VismaExport> failing = ConcurrentHashMap.newKeySet();
    private final Set<VismaExport> neverCompleting = ConcurrentHashMap.newKeySet();
    private final Map<VismaExport, RateLimit> rateLimits = new ConcurrentHashMap<>();
    private volatile int files = 1;
    private volatile boolean downloadsExpired;

    private record RateLimit(AtomicInteger remaining, int retryAfterSeconds) {
    }

    /** Jobs of this export end with status {@code Failed}. */
    public Faults failExport(String exportName) {
        failing.add(VismaExport.byName(exportName));
        return this;
    }

    /** Jobs of this export stay {@code InProgress} forever. */
    public Faults neverComplete(String exportName) {
        neverCompleting.add(VismaExport.byName(exportName));
        return this;
    }

    /** Every export is delivered as {@code k} files (the last ones may hold only a header). */
    public Faults splitFiles(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("files must be at least 1: " + k);
        }
        files = k;
        return this;
    }

    /**
     * The next {@code times} commands of this export answer 429 Too Many Requests with
     * {@code Retry-After: retryAfterSeconds}.
     */
    public Faults rateLimit(String exportName, int times, int retryAfterSeconds) {
        rateLimits.put(VismaExport.byName(exportName),
                new RateLimit(new AtomicInteger(times), retryAfterSeconds));
        return this;
    }

    /** Download URLs answer 403, as expired pre-signed storage URLs do. */
    public Faults expireDownloads(boolean expired) {
        downloadsExpired = expired;
        return this;
    }

    /** Removes every fault. */
    public Faults clear() {
        failing.clear();
        neverCompleting.clear();
        rateLimits.clear();
        files = 1;
        downloadsExpired = false;
        return this;
    }

    boolean fails(VismaExport export) {
        return failing.contains(export);
    }

    boolean neverCompletes(VismaExport export) {
        return neverCompleting.contains(export);
    }

    int files() {
        return files;
    }

    boolean downloadsExpired() {
        return downloadsExpired;
    }

    /** Seconds for Retry-After when this command is to be refused now, else -1. */
    int takeRateLimit(VismaExport export) {
        RateLimit limit = rateLimits.get(export);
        if (limit == null || limit.remaining().getAndDecrement() <= 0) {
            return -1;
        }
        return limit.retryAfterSeconds();
    }
}

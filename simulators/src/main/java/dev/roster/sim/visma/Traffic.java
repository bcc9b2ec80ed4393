package dev.roster.sim.visma;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulator was asked since it started or was last {@link #clear() cleared}: tokens
 * issued, commands and polls per export (refused ones included), and the export files it rendered
 * to answer. Lets a test see that a client retried, restarted a job or renewed its token, or that
 * its downloads were answered from files made before. Thread-safe.
 */
public final class Traffic {

    private final AtomicInteger tokens = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();
    private final Map<VismaExport, AtomicInteger> commands = new ConcurrentHashMap<>();
    private final Map<VismaExport, AtomicInteger> polls = new ConcurrentHashMap<>();

    /** Tokens the token endpoint issued. */
    public int tokensIssued() {
        return tokens.get();
    }

    /** Commands (job starts) received for this export. */
    public int commands(String exportName) {
        return count(commands, VismaExport.byName(exportName));
    }

    /** Polls received for this export's jobs. */
    public int polls(String exportName) {
        return count(polls, VismaExport.byName(exportName));
    }

    /** Export files rendered, for a download or ahead of one ({@link VismaSimulator#prepareExports}). */
    public int filesRendered() {
        return rendered.get();
    }

    public void clear() {
        tokens.set(0);
        rendered.set(0);
        commands.clear();
        polls.clear();
    }

    void tokenIssued() {
        tokens.incrementAndGet();
    }

    void fileRendered() {
        rendered.incrementAndGet();
    }

    void command(VismaExport export) {
        commands.computeIfAbsent(export, e -> new AtomicInteger()).incrementAndGet();
    }

    void poll(VismaExport export) {
        polls.computeIfAbsent(export, e -> new AtomicInteger()).incrementAndGet();
    }

    private static int count(Map<VismaExport, AtomicInteger> counts, VismaExport export) {
        AtomicInteger n = counts.get(export);
        return n == null ? 0 : n.get();
    }
}

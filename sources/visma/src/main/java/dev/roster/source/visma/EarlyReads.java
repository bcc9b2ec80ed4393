package dev.roster.source.visma;

import dev.roster.model.Progress;
import dev.roster.model.SourceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The reading of one import's exports, begun while others still download as soon as one export
 * is known to differ from the last import's (or there is no last import to compare with): with one
 * download at a time, Visma's default, the reading then happens during the downloads instead of
 * after them. Until an export differs nothing is read, so an import whose exports are all the same
 * as last time reads nothing. Each export is read by one thread, at most {@code threads} at a time.
 * Thread-safe: the downloads report from their own threads.
 */
final class EarlyReads implements AutoCloseable {

    /** Reads one fetched export; returns its rows. Runs on a reading thread. */
    interface Reader {
        long read(VismaExport export, ExportReader.Fetched fetched, Progress progress);
    }

    private static final String VERSION = "visma2";

    private final Reader reader;
    private final int threads;
    /** the digest of each export at the last import, or null when there is none to compare with */
    private final Map<VismaExport, String> before;
    private final String settings;
    private final Map<VismaExport, ExportReader.Fetched> fetched = new EnumMap<>(VismaExport.class);
    private final Map<VismaExport, Future<Long>> reading = new EnumMap<>(VismaExport.class);
    private final Rows rows = new Rows();
    private ExecutorService pool;
    private boolean started;

    /**
     * @param settings the settings that shape the reading, as text: a change reads everything
     * @param unless   the fingerprint of the last import (see {@link #fingerprint}), or empty
     */
    EarlyReads(String settings, String unless, int threads, Reader reader) {
        this.settings = digest(settings);
        this.reader = reader;
        this.threads = threads;
        this.before = previous(unless, this.settings);
    }

    /** Takes a downloaded export; starts reading it, and those before it, once one differs. */
    synchronized void fetched(VismaExport export, ExportReader.Fetched f) {
        fetched.put(export, f);
        if (!started && (before == null || !HexFormat.of().formatHex(f.digest()).equals(before.get(export)))) {
            started = true;
        }
        if (started) {
            fetched.forEach(this::start);
        }
    }

    private void start(VismaExport export, ExportReader.Fetched f) {
        if (!reading.containsKey(export)) {
            if (pool == null) {
                pool = Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "visma-read");
                    t.setDaemon(true);
                    return t;
                });
            }
            reading.put(export, pool.submit(() -> reader.read(export, f, rows)));
        }
    }

    /** The fingerprint of the exports fetched: every export's digest, and the settings'. */
    synchronized String fingerprint() {
        java.util.StringJoiner digests = new java.util.StringJoiner(",", VERSION + ":" + settings + ":", "");
        for (VismaExport export : VismaExport.values()) {
            ExportReader.Fetched f = fetched.get(export);
            digests.add(f == null ? "-" : HexFormat.of().formatHex(f.digest()));
        }
        return digests.toString();
    }

    /**
     * Reads every export not yet begun and waits for all, reporting rows to {@code progress} from
     * now on (rows read before are reported at once).
     *
     * @return the rows of each export, in the exports' order
     * @throws RuntimeException the failure of the first failing export in that order
     */
    Map<VismaExport, Long> finish(Progress progress) {
        Map<VismaExport, Future<Long>> all;
        synchronized (this) {
            started = true;
            fetched.forEach(this::start);
            all = new EnumMap<>(reading);
        }
        rows.reportTo(progress);
        Map<VismaExport, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<VismaExport, Future<Long>> r : all.entrySet()) {
            counts.put(r.getKey(), result(r.getValue()));
        }
        return counts;
    }

    /** Stops the reads still going (after a failed download) and waits a little for them to end. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<VismaExport, String> previous(String unless, String settings) {
        String[] parts = unless == null ? new String[0] : unless.split(":", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[1].equals(settings)) {
            return null;
        }
        String[] digests = parts[2].split(",", -1);
        if (digests.length != VismaExport.values().length) {
            return null;
        }
        Map<VismaExport, String> previous = new EnumMap<>(VismaExport.class);
        for (VismaExport export : VismaExport.values()) {
            previous.put(export, digests[export.ordinal()]);
        }
        return previous;
    }

    private static String digest(String text) {
        MessageDigest digest = ExportReader.sha256();
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The task's result, or its failure as it was thrown. */
    static <T> T result(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while the Visma exports were fetched or read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new SourceException("a Visma export failed: " + e.getCause(), e.getCause());
        }
    }

    /** Rows read, held back until the reading step is shown, then passed on. */
    private static final class Rows implements Progress {
        private Progress to;
        private long held;

        synchronized void reportTo(Progress progress) {
            to = progress;
            if (held > 0) {
                progress.advance(held);
                held = 0;
            }
        }

        @Override
        public synchronized void advance(long done) {
            if (to == null) {
                held += done;
            } else {
                to.advance(done);
            }
        }

        @Override
        public void start(String step, long total) {
            throw new UnsupportedOperationException("rows only");
        }

        @Override
        public void finish() {
            throw new UnsupportedOperationException("rows only");
        }
    }
}

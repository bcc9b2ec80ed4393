package dev.roster.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Measures the peak of used heap while it runs: a daemon thread samples
 * {@link MemoryMXBean#getHeapMemoryUsage()} every 20 ms, and the heap pools' own peak counters
 * (reset at {@link #start()}) give an upper bound between samples. Start after a
 * {@code System.gc()} so the baseline is what survives. Not thread-safe; one run per instance.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running;
    private volatile long sampledPeak;
    private long baseline;
    private Thread thread;

    /** Collects garbage, records the baseline and starts sampling. */
    HeapSampler start() {
        System.gc();
        baseline = memory.getHeapMemoryUsage().getUsed();
        sampledPeak = baseline;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        running = true;
        thread = new Thread(() -> {
            while (running) {
                sampledPeak = Math.max(sampledPeak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Used heap after the baseline collection, in bytes. */
    long baseline() {
        return baseline;
    }

    /** The highest used heap seen by sampling, in bytes. */
    long sampledPeak() {
        return Math.max(sampledPeak, memory.getHeapMemoryUsage().getUsed());
    }

    /**
     * The sum of the heap pools' peaks since {@link #start()}, in bytes: an upper bound, since the
     * pools may peak at different moments.
     */
    long poolPeakSum() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}

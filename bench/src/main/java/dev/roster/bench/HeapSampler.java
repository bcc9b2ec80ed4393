package dev.roster.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak of used heap while it runs: a daemon thread samples
 * {@link MemoryMXBean#getHeapMemoryUsage()} every 20 ms, and the heap pools' own peak counters
 * (reset at {@link #start()}) give an upper bound between samples. Used heap counts garbage not
 * yet collected, so it grows with the heap it is given; the most heap in use right after a
 * collection ({@link #peakAfterCollection()}) is closer to what the run needs. Start after a
 * {@code System.gc()} so the baseline is what survives. Not thread-safe; one run per instance.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running;
    private volatile long sampledPeak;
    private volatile long afterCollection = -1;
    private long baseline;
    private Thread thread;
    private final NotificationListener collected = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage after = pool.getType() == MemoryType.HEAP
                        ? info.getMemoryUsageAfterGc().get(pool.getName()) : null;
                used += after == null ? 0 : after.getUsed();
            }
            afterCollection = Math.max(afterCollection, used);
        }
    };

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
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(collected, null, null);
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
     * The most heap in use right after a collection while it ran, in bytes; -1 when there was none.
     * With G1 a young collection leaves the old generation's garbage in place, so this is still
     * above what was live.
     */
    long peakAfterCollection() {
        return afterCollection;
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
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(collected);
                } catch (ListenerNotFoundException e) {
                    // not added: nothing to remove
                }
            }
        }
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}

package dev.roster.cli;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Runs a cycle again and again, each starting {@code every} after the previous one started, or at
 * once when the previous one took longer. One cycle at a time. A cycle that throws is reported to
 * the listener and the next one runs on time: a provisioning service keeps going through a
 * failing HR system or target, and every failure is in the log. {@link #stop} ends the wait at
 * once but never a cycle in progress.
 */
final class Schedule {

    /** What the schedule reports between cycles. */
    interface Listener {
        /** The cycle threw; the schedule goes on. */
        void failed(int cycle, RuntimeException failure);

        /** The next cycle starts in {@code wait}; zero when the cycle took longer than the interval. */
        void next(int cycle, Duration took, Duration wait);
    }

    /** Waits, waking early when notified. */
    interface Waiter {
        void await(Object monitor, long nanos) throws InterruptedException;
    }

    private final Duration every;
    private final LongSupplier nanoTime;
    private final Waiter waiter;
    private boolean stopping;

    Schedule(Duration every) {
        this(every, System::nanoTime, (monitor, nanos) -> monitor.wait(Math.max(1, nanos / 1_000_000)));
    }

    Schedule(Duration every, LongSupplier nanoTime, Waiter waiter) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("the interval must be positive");
        }
        this.every = every;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.waiter = Objects.requireNonNull(waiter, "waiter");
    }

    /**
     * Runs {@code cycle} until {@link #stop} or until {@code max} cycles ran (0: no limit).
     *
     * @return how many cycles ran
     */
    int run(Runnable cycle, int max, Listener listener) {
        int ran = 0;
        while (!stopped() && (max <= 0 || ran < max)) {
            long started = nanoTime.getAsLong();
            ran++;
            try {
                cycle.run();
            } catch (RuntimeException e) {
                listener.failed(ran, e);
            }
            if (max > 0 && ran >= max) {
                break;
            }
            long next = started + every.toNanos();
            listener.next(ran, Duration.ofNanos(nanoTime.getAsLong() - started),
                    Duration.ofNanos(Math.max(0, next - nanoTime.getAsLong())));
            if (!waitUntil(next)) {
                break;
            }
        }
        return ran;
    }

    /** Ends the wait for the next cycle, and lets a cycle in progress finish; then {@link #run} returns. */
    void stop() {
        synchronized (this) {
            stopping = true;
            notifyAll();
        }
    }

    private synchronized boolean stopped() {
        return stopping;
    }

    /** @return false when stopped (or interrupted) before {@code deadline} */
    private boolean waitUntil(long deadline) {
        synchronized (this) {
            try {
                for (long left = deadline - nanoTime.getAsLong(); !stopping && left > 0;
                        left = deadline - nanoTime.getAsLong()) {
                    waiter.await(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return !stopping;
        }
    }
}

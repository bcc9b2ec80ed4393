package dev.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.SourceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When cycles run under {@code roster run --every}, on a clock the test moves. */
class ScheduleTest {

    /** A clock that moves only when a cycle takes time or the schedule waits. */
    static final class FakeTime {
        long now;
        final List<Duration> waits = new ArrayList<>();

        void await(Object monitor, long nanos) {
            waits.add(Duration.ofNanos(nanos));
            now += nanos;
        }
    }

    /** Remembers what the schedule said, as the log would show it. */
    static final class Said implements Schedule.Listener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void failed(int cycle, RuntimeException failure) {
            lines.add("cycle " + cycle + " failed: " + failure.getMessage());
        }

        @Override
        public void next(int cycle, Duration took, Duration wait) {
            lines.add("cycle " + cycle + " took " + took.toSeconds() + " s, next in " + wait.toSeconds() + " s");
        }
    }

    final FakeTime time = new FakeTime();
    final Said said = new Said();
    final Schedule fiveMinutes = new Schedule(Duration.ofMinutes(5), () -> time.now, time::await);

    @Test
    void eachCycleStartsTheIntervalAfterThePreviousOneStarted() {
        List<Long> starts = new ArrayList<>();

        int ran = fiveMinutes.run(() -> {
            starts.add(time.now);
            time.now += Duration.ofSeconds(40).toNanos();
        }, 3, said);

        assertThat(ran).isEqualTo(3);
        assertThat(starts).containsExactly(0L, Duration.ofMinutes(5).toNanos(), Duration.ofMinutes(10).toNanos());
        assertThat(said.lines).containsExactly("cycle 1 took 40 s, next in 260 s", "cycle 2 took 40 s, next in 260 s");
    }

    @Test
    void aCycleLongerThanTheIntervalIsFollowedAtOnce() {
        AtomicInteger cycle = new AtomicInteger();

        fiveMinutes.run(() -> time.now += Duration.ofSeconds(cycle.incrementAndGet() == 1 ? 420 : 10).toNanos(),
                3, said);

        assertThat(said.lines).containsExactly("cycle 1 took 420 s, next in 0 s", "cycle 2 took 10 s, next in 290 s");
        assertThat(time.waits).containsExactly(Duration.ofSeconds(290));
    }

    @Test
    void aFailedCycleIsReportedAndTheNextOneRunsOnTime() {
        AtomicInteger cycle = new AtomicInteger();

        int ran = fiveMinutes.run(() -> {
            time.now += Duration.ofSeconds(5).toNanos();
            if (cycle.incrementAndGet() == 1) {
                throw new SourceException("Visma source 'visma', export contracts: HTTP 503");
            }
        }, 2, said);

        assertThat(ran).isEqualTo(2);
        assertThat(said.lines).containsExactly("cycle 1 failed: Visma source 'visma', export contracts: HTTP 503",
                "cycle 1 took 5 s, next in 295 s");
    }

    @Test
    void stoppingEndsTheWaitButNotTheCycleInProgress() throws Exception {
        Schedule hourly = new Schedule(Duration.ofHours(1));
        CountDownLatch inCycle = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        int[] ran = new int[1];
        Thread runner = new Thread(() -> ran[0] = hourly.run(() -> {
            inCycle.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.incrementAndGet();
        }, 0, said));
        runner.start();
        assertThat(inCycle.await(10, TimeUnit.SECONDS)).isTrue();

        hourly.stop();
        release.countDown();
        runner.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(runner.isAlive()).as("waiting an hour for the next cycle").isFalse();
        assertThat(finished.get()).as("the cycle in progress finished").isEqualTo(1);
        assertThat(ran[0]).isEqualTo(1);
    }
}

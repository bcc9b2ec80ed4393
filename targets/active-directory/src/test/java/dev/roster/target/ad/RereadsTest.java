package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RereadsTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        private volatile Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();
    private final Rereads rereads = new Rereads(Duration.ofMinutes(5), clock);
    private final List<Instant> reads = new CopyOnWriteArrayList<>();

    @Test
    void theFirstUseReadsAllThenOnlyWhatChangedOnceTheViewIsOlderThanTheInterval() throws Exception {
        rereads.ensure(reads::add);
        clock.now = T0.plus(Duration.ofMinutes(4));
        rereads.ensure(reads::add);
        clock.now = T0.plus(Duration.ofMinutes(5));
        rereads.ensure(reads::add);

        assertThat(reads).containsExactly(null, T0.minus(Duration.ofMinutes(Rereads.SKEW_MINUTES)));
    }

    @Test
    void whileOneCallerRereadsTheOthersGoOnWithTheViewAsItIs() throws Exception {
        rereads.ensure(reads::add);
        clock.now = T0.plus(Duration.ofMinutes(6));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = pool.submit(() -> {
                rereads.ensure(since -> {
                    reading.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    reads.add(since);
                });
                return null;
            });
            assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
            Future<?> other = pool.submit(() -> {
                rereads.ensure(reads::add);
                return null;
            });
            other.get(5, TimeUnit.SECONDS); // returns although the re-read is not finished

            assertThat(slow.isDone()).isFalse();
            finish.countDown();
            slow.get(5, TimeUnit.SECONDS);
            assertThat(reads).hasSize(2); // the full read and the one re-read, not a second one
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedReadIsMadeAgainByTheNextCaller() throws Exception {
        assertThatThrownBy(() -> rereads.ensure(since -> {
            throw new LDAPException(ResultCode.SERVER_DOWN, "gone");
        })).isInstanceOf(LDAPException.class);

        rereads.ensure(reads::add);

        assertThat(reads).containsExactly((Instant) null);
    }
}

package dev.roster.apply;

import dev.roster.model.Action;
import dev.roster.model.TargetException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a target operation again when it fails retryably (busy, unavailable, timeout), at most
 * {@code attempts} times in all, waiting {@code backoff} doubled after each failure. Terminal
 * failures are thrown at once.
 */
public record Retry(int attempts, Duration backoff) {

    private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

    public static final Retry DEFAULT = new Retry(3, Duration.ofMillis(200));

    public Retry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    <T> T call(Action action, Supplier<T> operation) {
        return call(action.summary(), operation);
    }

    /** @param what the operation in words, for the log */
    <T> T call(String what, Supplier<T> operation) {
        long wait = backoff.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            } catch (TargetException e) {
                if (!e.retryable() || attempt >= attempts) {
                    throw e;
                }
                LOG.info("{} failed ({}); attempt {} of {} in {} ms", what, e.getMessage(),
                        attempt + 1, attempts, wait);
                sleep(wait);
                wait *= 2;
            }
        }
    }

    void run(Action action, Runnable operation) {
        call(action, () -> {
            operation.run();
            return null;
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while waiting to retry", false, e);
        }
    }
}

package dev.roster.target.ad;

import com.unboundid.ldap.sdk.LDAPException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a view of the directory kept in memory ({@link NameCheck}, {@link CorrelationIndex}) is
 * read: all of it on first use, then, once it is older than {@code every}, the entries changed
 * since the last read (with {@value #SKEW_MINUTES} minutes of margin for clock skew).
 *
 * <p>The first read holds back every caller until it is done: without it the view says nothing.
 * A later re-read is made by the one caller that finds it due, while the others go on with the
 * view as it is; an apply of tens of thousands of creates would otherwise stop for as long as
 * the directory takes to answer a search of all its entries. The view must therefore accept
 * entries from the re-read and from its own callers at the same time. Thread-safe.
 */
final class Rereads {
    static final long SKEW_MINUTES = 2;

    /** Reads the directory into the view. */
    interface Read {
        /** @param changedSince only entries changed since then; null for all entries */
        void read(Instant changedSince) throws LDAPException;
    }

    private final Duration every;
    private final Clock clock;
    private Instant lastRead;
    private boolean reading;

    Rereads(Duration every, Clock clock) {
        this.every = every;
        this.clock = clock;
    }

    /**
     * Reads now when the view was never read, or when it is due and no other caller is reading.
     * Must not be called while holding the view's own lock: the first read adds to the view.
     *
     * @throws LDAPException when this caller's read fails; the view then counts as not read
     */
    void ensure(Read read) throws LDAPException {
        Instant now = clock.instant();
        Instant since;
        synchronized (this) {
            if (lastRead == null) {
                read.read(null);
                lastRead = now;
                return;
            }
            if (reading || now.isBefore(lastRead.plus(every))) {
                return;
            }
            reading = true;
            since = lastRead.minus(Duration.ofMinutes(SKEW_MINUTES));
        }
        boolean done = false;
        try {
            read.read(since);
            done = true;
        } finally {
            synchronized (this) {
                reading = false;
                if (done) {
                    lastRead = now;
                }
            }
        }
    }
}

package dev.roster.engine;

import dev.roster.apply.Outcome;
import dev.roster.vault.Vault;
import dev.roster.vault.VaultException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the outcome of each action to the audit log while the apply goes on, in groups of
 * {@value #GROUP} lines in the order the outcomes came: an administrator reading the log during a
 * long apply sees what is done so far, a crash loses at most the lines of the last group, and the
 * apply does not end by writing a hundred thousand lines at once. A group the vault refuses is kept
 * for {@link #close}, which writes what is left and throws when that still fails; the apply goes on
 * meanwhile. Thread-safe.
 */
final class AuditTrail implements Consumer<Outcome>, AutoCloseable {
    static final int GROUP = 250;
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final Vault vault;
    private final String actor;
    private final List<Map.Entry<String, String>> pending = new ArrayList<>();
    /** Held while a group is taken and written, so that groups reach the log in order. */
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean failing;

    AuditTrail(Vault vault, String actor) {
        this.vault = vault;
        this.actor = actor;
    }

    /** The audit line of an outcome: "create applied", "create applied for p-7 ... [rule: why]: message". */
    static Map.Entry<String, String> line(Outcome o) {
        return Map.entry(o.action().verb() + " " + o.status().name().toLowerCase(Locale.ROOT),
                o.action().summary() + " [" + o.action().reason() + "]" + (o.message().isEmpty() ? "" : ": " + o.message()));
    }

    @Override
    public void accept(Outcome outcome) {
        boolean full;
        synchronized (pending) {
            pending.add(line(outcome));
            full = pending.size() >= GROUP && !failing;
        }
        if (full) {
            write(false);
        }
    }

    /** Writes the lines not written yet; throws when the vault refuses them. */
    @Override
    public void close() {
        write(true);
    }

    private void write(boolean last) {
        writing.lock();
        try {
            List<Map.Entry<String, String>> group;
            synchronized (pending) {
                if (pending.isEmpty()) {
                    return;
                }
                group = new ArrayList<>(pending);
                pending.clear();
            }
            try {
                vault.audit(actor, group);
            } catch (VaultException e) {
                synchronized (pending) {
                    pending.addAll(0, group);
                }
                if (last) {
                    throw e;
                }
                failing = true; // tried again at the end, not with every line
                LOG.warn("could not write {} audit lines yet; writing them at the end of the apply: {}", group.size(),
                        e.getMessage());
            }
        } finally {
            writing.unlock();
        }
    }
}

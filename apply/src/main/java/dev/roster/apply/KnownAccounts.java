package dev.roster.apply;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger as one apply sees it. Each person's account reference is looked up once, then kept,
 * and set by the creates and deletes the apply records, so that the grants after a create and the
 * manager references of many creates do not each ask the ledger again.
 *
 * <p>Creates given to {@link #recordCreate} are recorded in groups of {@value #GROUP}, one
 * transaction each, instead of one by one: the ledger's cost per create was most of Roster's own
 * work in a large first apply. The group is written when it is full, before any other record
 * (so one person's records stay in order), and by {@link #flush}. A crash thus loses at most the
 * records of the creates still in the group; their accounts exist, and the next run links them
 * again by their correlation id, as {@link dev.roster.model.Target.Creates} must.
 *
 * <p>Made for one apply and thrown away after it: a reference another process changes meanwhile
 * is not seen. Thread-safe.
 */
final class KnownAccounts implements Ledger {
    /** Creates recorded in one transaction, at most. */
    static final int GROUP = 50;
    private static final Logger LOG = LoggerFactory.getLogger(KnownAccounts.class);

    private final Ledger ledger;
    private final Map<List<String>, Optional<AccountRef>> known = new ConcurrentHashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    /** Held while a group is taken and written, so that nothing is recorded past it meanwhile. */
    private final ReentrantLock writing = new ReentrantLock();

    private record Pending(Action.Create create, AccountRef account, Consumer<RuntimeException> failed) {
    }

    KnownAccounts(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Optional<LedgerEntry> find(String target, String personId) {
        flush();
        return ledger.find(target, personId);
    }

    @Override
    public Optional<AccountRef> account(String target, String personId) {
        List<String> key = List.of(target, personId);
        Optional<AccountRef> account = known.get(key);
        if (account == null) {
            account = ledger.account(target, personId);
            known.putIfAbsent(key, account);
        }
        return account;
    }

    /**
     * Records the create with the next group of creates; its account is known from now on.
     *
     * @param failed told, on the thread that writes the group, when the create could not be
     *               recorded
     */
    void recordCreate(Action.Create create, AccountRef account, Consumer<RuntimeException> failed) {
        learn(create, account);
        boolean full;
        synchronized (pending) {
            pending.add(new Pending(create, account, failed));
            full = pending.size() >= GROUP;
        }
        if (full) {
            flush();
        }
    }

    /** Writes the creates not recorded yet; returns when they are (or could not be). */
    void flush() {
        writing.lock();
        try {
            List<Pending> group;
            synchronized (pending) {
                if (pending.isEmpty()) {
                    return;
                }
                group = new ArrayList<>(pending);
                pending.clear();
            }
            write(group);
        } finally {
            writing.unlock();
        }
    }

    private void write(List<Pending> group) {
        try {
            ledger.recordAll(group.stream().map(p -> new Done(p.create(), p.account())).toList());
            return;
        } catch (RuntimeException e) {
            LOG.warn("recording {} creates at once failed, recording them one by one: {}", group.size(), e.toString());
        }
        for (Pending p : group) {
            try {
                ledger.record(p.create(), p.account());
            } catch (RuntimeException e) {
                p.failed().accept(e);
            }
        }
    }

    @Override
    public void record(Action action, AccountRef account) {
        flush();
        ledger.record(action, account);
        learn(action, account);
    }

    @Override
    public void recordAll(List<Done> done) {
        flush();
        ledger.recordAll(done);
        done.forEach(d -> learn(d.action(), d.account()));
    }

    private void learn(Action action, AccountRef account) {
        if (action instanceof Action.Create) {
            known.put(List.of(action.target(), action.personId()), Optional.of(account));
        } else if (action instanceof Action.Delete) {
            known.put(List.of(action.target(), action.personId()), Optional.empty());
        }
    }
}

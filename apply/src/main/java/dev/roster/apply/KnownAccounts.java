package dev.roster.apply;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger as one apply sees it: each person's account reference is looked up once, then kept,
 * and set by the creates and deletes the apply records, so that the grants after a create and the
 * manager references of many creates do not each ask the ledger again. Made for one apply and
 * thrown away after it: a reference another process changes meanwhile is not seen. Thread-safe.
 */
final class KnownAccounts implements Ledger {
    private final Ledger ledger;
    private final Map<List<String>, Optional<AccountRef>> known = new ConcurrentHashMap<>();

    KnownAccounts(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Optional<LedgerEntry> find(String target, String personId) {
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

    @Override
    public void record(Action action, AccountRef account) {
        ledger.record(action, account);
        learn(action, account);
    }

    @Override
    public void recordAll(List<Done> done) {
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

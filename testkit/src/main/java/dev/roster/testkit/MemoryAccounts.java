package dev.roster.testkit;

import dev.roster.model.AccountRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "system" behind {@link MemoryTarget}s: accounts with a correlation id, attributes, an
 * enabled flag and permissions. Several targets may share one, as several connections share a
 * directory. Thread-safe: every method locks this object.
 */
public final class MemoryAccounts implements Probe, Hand {
    private final Map<AccountRef, Account> accounts = new LinkedHashMap<>();
    private long next = 1;

    @Override
    public synchronized boolean exists(AccountRef account) {
        return accounts.containsKey(account);
    }

    @Override
    public synchronized boolean enabled(AccountRef account) {
        return require(account).enabled;
    }

    @Override
    public synchronized Optional<String> attribute(AccountRef account, String attribute) {
        return Optional.ofNullable(require(account).attributes.get(attribute));
    }

    @Override
    public synchronized boolean hasPermission(AccountRef account, String permission) {
        Account found = accounts.get(account);
        return found != null && found.permissions.contains(permission);
    }

    @Override
    public synchronized int accountsWithCorrelationId(String correlationId) {
        return (int) accounts.values().stream()
                .filter(a -> a.correlationId.equals(correlationId)).count();
    }

    @Override
    public synchronized void setAttribute(AccountRef account, String attribute, String value) {
        if (value == null) {
            require(account).attributes.remove(attribute);
        } else {
            require(account).attributes.put(attribute, value);
        }
    }

    @Override
    public synchronized void removeMember(AccountRef account, String permission) {
        Account found = accounts.get(account);
        if (found != null) {
            found.permissions.remove(permission);
        }
    }

    /** @return the accounts, for reading under this object's lock */
    Map<AccountRef, Account> all() {
        return accounts;
    }

    /** @return how many accounts there are */
    public synchronized int size() {
        return accounts.size();
    }

    synchronized Optional<Map.Entry<AccountRef, Account>> byCorrelationId(String id) {
        return accounts.entrySet().stream().filter(e -> e.getValue().correlationId.equals(id))
                .findFirst();
    }

    synchronized AccountRef add(String correlationId, Map<String, String> attributes,
            boolean enabled) {
        AccountRef ref = new AccountRef("mem-" + next++);
        accounts.put(ref, new Account(correlationId, new HashMap<>(attributes), enabled));
        return ref;
    }

    /** @return the account for changing; the caller holds this object's lock */
    Account get(AccountRef ref) {
        return accounts.get(ref);
    }

    synchronized void remove(AccountRef ref) {
        accounts.remove(ref);
    }

    private Account require(AccountRef account) {
        Account found = accounts.get(account);
        if (found == null) {
            throw new AssertionError("no account " + account);
        }
        return found;
    }

    /** One account; mutable, guarded by the lock of its {@link MemoryAccounts}. */
    static final class Account {
        final String correlationId;
        final Map<String, String> attributes;
        final Set<String> permissions = new HashSet<>();
        boolean enabled;

        Account(String correlationId, Map<String, String> attributes, boolean enabled) {
            this.correlationId = correlationId;
            this.attributes = attributes;
            this.enabled = enabled;
        }
    }
}

package dev.roster.testkit;

import dev.roster.model.AccountRef;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.Observation;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory target with every capability, for engine and planner tests; it passes
 * {@link TargetContract}. Accounts live in a {@link MemoryAccounts}, which is also the probe.
 * References are {@code mem-<n>}; permissions are any non-blank names. Updating, enabling or
 * granting to an unknown account is a terminal {@link TargetException}; deleting or revoking from
 * one succeeds. Observing reads the accounts as they are; a group's members are the accounts
 * holding that permission, named by their reference. Tests can make the next operation fail with
 * {@link #failNext}. Thread-safe.
 */
public final class MemoryTarget implements Target, Target.Creates, Target.Updates, Target.Enables,
        Target.Deletes, Target.Grants, Target.Observes {
    private final String name;
    private final MemoryAccounts accounts;
    private final List<String> calls = new ArrayList<>();
    private TargetException nextFailure;

    /** A target over its own, empty, {@link MemoryAccounts}. */
    public MemoryTarget(String name) {
        this(name, new MemoryAccounts());
    }

    /** A target over {@code accounts}, which other targets may share. */
    public MemoryTarget(String name, MemoryAccounts accounts) {
        this.name = Objects.requireNonNull(name, "name");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public String name() {
        return name;
    }

    /** @return the accounts behind this target, as a {@link Probe} */
    public MemoryAccounts accounts() {
        return accounts;
    }

    /** Makes the next operation (any kind) throw {@code failure} without changing anything. */
    public void failNext(TargetException failure) {
        synchronized (accounts) {
            nextFailure = Objects.requireNonNull(failure, "failure");
        }
    }

    /** @return the operations called so far, e.g. {@code "create 1001"}, {@code "grant mem-1 x"} */
    public List<String> calls() {
        synchronized (accounts) {
            return List.copyOf(calls);
        }
    }

    @Override
    public Created create(NewAccount account) {
        synchronized (accounts) {
            begin("create " + account.correlationId());
            Optional<Map.Entry<AccountRef, MemoryAccounts.Account>> found =
                    accounts.byCorrelationId(account.correlationId());
            if (found.isPresent()) {
                Map<String, String> values = new LinkedHashMap<>();
                account.attributes().keySet().forEach(k -> {
                    String v = found.get().getValue().attributes.get(k);
                    if (v != null) {
                        values.put(k, v);
                    }
                });
                return new Created(found.get().getKey(), true, values);
            }
            Map<String, String> values = new LinkedHashMap<>();
            account.attributes().forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    values.put(k, v);
                }
            });
            AccountRef ref = accounts.add(account.correlationId(), values, account.enabled());
            return new Created(ref, false, values);
        }
    }

    @Override
    public void update(AccountRef account, Map<String, String> changes) {
        synchronized (accounts) {
            MemoryAccounts.Account found = require(account, "update " + account);
            changes.forEach((k, v) -> {
                if (v == null || v.isEmpty()) {
                    found.attributes.remove(k);
                } else {
                    found.attributes.put(k, v);
                }
            });
        }
    }

    @Override
    public void enable(AccountRef account) {
        synchronized (accounts) {
            require(account, "enable " + account).enabled = true;
        }
    }

    @Override
    public void disable(AccountRef account) {
        synchronized (accounts) {
            require(account, "disable " + account).enabled = false;
        }
    }

    @Override
    public void delete(AccountRef account) {
        synchronized (accounts) {
            begin("delete " + account);
            accounts.remove(account);
        }
    }

    @Override
    public void grant(AccountRef account, String permission) {
        synchronized (accounts) {
            checkPermission(permission);
            require(account, "grant " + account + " " + permission).permissions.add(permission);
        }
    }

    @Override
    public void revoke(AccountRef account, String permission) {
        synchronized (accounts) {
            checkPermission(permission);
            begin("revoke " + account + " " + permission);
            MemoryAccounts.Account found = accounts.get(account);
            if (found != null) {
                found.permissions.remove(permission);
            }
        }
    }

    @Override
    public Observation observe(Set<AccountRef> refs, Set<String> attributes, Set<String> groups) {
        synchronized (accounts) {
            begin("observe " + refs.size() + " accounts, " + new java.util.TreeSet<>(attributes) + ", "
                    + new java.util.TreeSet<>(groups));
            groups.forEach(this::checkPermission);
            Map<AccountRef, Map<String, List<String>>> values = new java.util.HashMap<>();
            for (AccountRef ref : refs) {
                MemoryAccounts.Account found = accounts.get(ref);
                if (found != null) {
                    Map<String, List<String>> read = new java.util.HashMap<>();
                    attributes.forEach(a -> read.put(a, Optional.ofNullable(found.attributes.get(a))
                            .map(List::of).orElse(List.of())));
                    values.put(ref, read);
                }
            }
            Map<String, Observation.Group> members = new java.util.HashMap<>();
            for (String group : groups) {
                List<Observation.Member> in = new ArrayList<>();
                accounts.all().forEach((ref, account) -> {
                    if (account.permissions.contains(group)) {
                        in.add(Observation.Member.account(ref, ref.id(), account.correlationId));
                    }
                });
                members.put(group, new Observation.Group(group, in));
            }
            return new Observation(name, values, members);
        }
    }

    /** Records the call and throws the injected failure, if any. Holds the lock. */
    private void begin(String call) {
        calls.add(call);
        TargetException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
    }

    private MemoryAccounts.Account require(AccountRef account, String call) {
        begin(call);
        MemoryAccounts.Account found = accounts.get(account);
        if (found == null) {
            throw new TargetException(name + ": " + call + ": no such account", false);
        }
        return found;
    }

    private void checkPermission(String permission) {
        if (permission == null || permission.isBlank()) {
            throw new TargetException(name + ": empty permission name", false);
        }
    }
}

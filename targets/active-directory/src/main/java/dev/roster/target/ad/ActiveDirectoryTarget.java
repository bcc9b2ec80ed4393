package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DeleteRequest;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.controls.SubtreeDeleteRequestControl;
import dev.roster.model.AccountRef;
import dev.roster.model.AccountReference;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.Observation;
import dev.roster.model.Target;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Active Directory over LDAP. Accounts are referenced by objectGUID (32 hex digits) and found
 * again by it before every change. Attributes are AD's own names. Every failure is a
 * {@link dev.roster.model.TargetException}; every operation is idempotent. Thread-safe when the
 * {@link LDAPInterface} is (a connection pool is).
 */
final class ActiveDirectoryTarget implements Target, Target.Creates, Target.Updates,
        Target.Enables, Target.Deletes, Target.GrantsInBatches, Target.Observes,
        Target.Names {
    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final AutoCloseable connections;
    private final Accounts accounts;
    private final CorrelationIndex index;
    private final AccountCreator creator;
    private final AccountUpdater updater;
    private final AccountStates states;
    private final GroupMembers groups;
    private final Ous ous;
    private final Observer observer;

    /**
     * @param connections closed by {@link #close()}, typically the pool behind {@code ldap}
     * @param clock       for description stamps and the correlation refresh
     * @param passwords   makes initial passwords
     */
    ActiveDirectoryTarget(AdSettings settings, LDAPInterface ldap, AutoCloseable connections,
            Clock clock, Supplier<String> passwords) {
        this.settings = settings;
        this.ldap = ldap;
        this.connections = connections;
        this.accounts = new Accounts(settings, ldap);
        this.index = new CorrelationIndex(settings, ldap, clock);
        this.ous = new Ous(settings, ldap);
        this.states = new AccountStates(settings, ldap, accounts, clock, ous);
        this.creator = new AccountCreator(settings, ldap, accounts, index, ous, passwords);
        this.updater = new AccountUpdater(settings, ldap, accounts, ous);
        this.groups = new GroupMembers(settings, ldap, accounts);
        this.observer = new Observer(settings, ldap, groups);
    }

    @Override
    public String name() {
        return settings.name();
    }

    /** The names each create would give now; see AccountCreator#choose. */
    @Override
    public List<Map<String, String>> choose(List<NewAccount> accounts) {
        return creator.choose(accounts);
    }

    /** Holds the planned names of an apply's creates for them; see AccountCreator#hold. */
    @Override
    public void hold(List<NewAccount> accounts) {
        creator.hold(accounts);
    }

    /** As many as the pool has connections ({@code poolSize}): every operation holds one. */
    @Override
    public int parallelism() {
        return settings.poolSize();
    }

    /**
     * Correlates on the correlation attribute, else adds the account in the OU that
     * {@link Target#OU} names, usersOu without one (see AccountCreator).
     */
    @Override
    public Created create(NewAccount account) {
        return creator.create(new NewAccount(account.personId(), account.correlationId(),
                references(account.attributes(), "create"), account.enabled()));
    }

    /**
     * Sends only the changed attributes; a changed cn renames the entry, a changed
     * {@link Target#OU} moves it (but not out of disabledOu, see AccountUpdater).
     */
    @Override
    public void update(AccountRef account, Map<String, String> changes) {
        updater.update(account, references(changes, "update"));
    }

    /**
     * The values with every account reference ({@code ref:GUID}, e.g. the manager) turned into
     * that account's current DN, as AD's DN-valued attributes need.
     *
     * @throws dev.roster.model.TargetException (terminal) when the referenced account is gone
     */
    private Map<String, String> references(Map<String, String> values, String operation) {
        if (values.values().stream().noneMatch(v -> AccountReference.account(v).isPresent())) {
            return values;
        }
        Map<String, String> out = new java.util.HashMap<>();
        values.forEach((name, value) -> out.put(name, AccountReference.account(value)
                .map(ref -> accounts.dn(ref, operation + " (" + name + ")")).orElse(value)));
        return out;
    }

    /** Clears ACCOUNTDISABLE; moves the account from disabledOu back to usersOu. */
    @Override
    public void enable(AccountRef account) {
        states.enable(account, null);
    }

    /** Clears ACCOUNTDISABLE; moves the account from disabledOu back to {@code ou} (usersOu when null). */
    @Override
    public void enable(AccountRef account, String ou) {
        states.enable(account, ou);
    }

    /** Sets ACCOUNTDISABLE, stamps the description, moves the account to disabledOu. */
    @Override
    public void disable(AccountRef account) {
        states.disable(account, "");
    }

    /** As {@link #disable(AccountRef)}, with the reason after the date in the description. */
    @Override
    public void disable(AccountRef account, String reason) {
        states.disable(account, reason == null ? "" : reason);
    }

    /** Deletes the entry, with AD's tree delete when it has children; absent is success. */
    @Override
    public void delete(AccountRef account) {
        accounts.moving(account);
        String operation = "delete account";
        SearchResultEntry entry = accounts.find(account, operation).orElse(null);
        if (entry == null) {
            index.forget(account);
            return;
        }
        try {
            try {
                ldap.delete(entry.getDN());
            } catch (LDAPException e) {
                if (e.getResultCode() != ResultCode.NOT_ALLOWED_ON_NONLEAF) {
                    throw e;
                }
                DeleteRequest tree = new DeleteRequest(entry.getDN());
                tree.addControl(new SubtreeDeleteRequestControl(true));
                ldap.delete(tree);
            }
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                throw LdapFailures.of(name(), operation, account.id() + " (" + entry.getDN() + ")",
                        e);
            }
        }
        index.forget(account);
    }

    @Override
    public void grant(AccountRef account, String permission) {
        groups.grant(account, permission);
    }

    @Override
    public void revoke(AccountRef account, String permission) {
        groups.revoke(account, permission);
    }

    /** @see Ous#requireTable */
    void requireOus() {
        ous.requireTable();
    }

    /** One paged search of the users below baseDn, then each group's members (see Observer). */
    @Override
    public Observation observe(Set<AccountRef> accounts, Set<String> attributes, Set<String> groupNames) {
        return observer.observe(accounts, attributes, groupNames);
    }

    /** One modify of the group's members per batch (see GroupMembers#change). */
    @Override
    public Map<AccountRef, dev.roster.model.TargetException> change(String permission, Set<AccountRef> grant,
            Set<AccountRef> revoke) {
        return groups.change(permission, grant, revoke);
    }

    /** @see GroupMembers#resolve */
    void resolveGroup(String permission) {
        groups.resolve(permission);
    }

    /** @return the DNs of the group's members, all of them however many (range retrieval) */
    List<String> members(String permission) {
        return groups.members(permission);
    }

    /** @return how many times the correlation index searched the directory */
    int correlationReads() {
        return index.reads();
    }

    @Override
    public void close() {
        try {
            connections.close();
        } catch (Exception e) {
            throw new IllegalStateException(name() + ": closing connections failed", e);
        }
    }
}

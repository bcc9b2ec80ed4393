package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.model.AccountRef;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Active Directory over LDAP. Accounts are referenced by objectGUID (32 hex digits) and found
 * again by it before every change. Attributes are AD's own names. Every failure is a
 * {@link dev.roster.model.TargetException}; every operation is idempotent. Thread-safe when the
 * {@link LDAPInterface} is (a connection pool is).
 */
final class ActiveDirectoryTarget implements Target, Target.Creates, Target.Updates,
        Target.Enables, Target.Deletes, Target.Grants {
    private static final long ACCOUNT_DISABLE = 0x2;
    private static final long NORMAL_ACCOUNT = 0x200;

    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final AutoCloseable connections;
    private final Accounts accounts;
    private final AccountCreator creator;
    private final GroupMembers groups;

    /**
     * @param connections closed by {@link #close()}, typically the pool behind {@code ldap}
     */
    ActiveDirectoryTarget(AdSettings settings, LDAPInterface ldap, AutoCloseable connections) {
        this.settings = settings;
        this.ldap = ldap;
        this.connections = connections;
        this.accounts = new Accounts(settings, ldap);
        this.creator = new AccountCreator(settings, ldap);
        this.groups = new GroupMembers(settings, ldap, accounts);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public Created create(NewAccount account) {
        return creator.create(account);
    }

    /** A {@code cn} change renames the entry (modify DN); other attributes are replaced. */
    @Override
    public void update(AccountRef account, Map<String, String> changes) {
        if (changes.isEmpty()) {
            return;
        }
        String operation = "update account";
        SearchResultEntry entry = accounts.require(account, operation);
        String dn = entry.getDN();
        List<Modification> modifications = new ArrayList<>();
        String newCn = null;
        for (Map.Entry<String, String> change : changes.entrySet()) {
            String value = change.getValue();
            boolean clear = value == null || value.isEmpty();
            if (change.getKey().equalsIgnoreCase(UniqueNames.CN)) {
                if (clear) {
                    throw LdapFailures.terminal(name(), operation, account.id(),
                            "cn names the entry and cannot be cleared");
                }
                newCn = value;
            } else if (clear) {
                modifications.add(new Modification(ModificationType.REPLACE, change.getKey()));
            } else {
                modifications.add(new Modification(ModificationType.REPLACE, change.getKey(),
                        value));
            }
        }
        try {
            if (newCn != null) {
                dn = rename(dn, newCn);
            }
            if (!modifications.isEmpty()) {
                ldap.modify(dn, modifications);
            }
        } catch (LDAPException e) {
            throw LdapFailures.of(name(), operation, account.id() + " (" + dn + ")", e);
        }
    }

    @Override
    public void enable(AccountRef account) {
        setDisabled(account, false, "enable account");
    }

    @Override
    public void disable(AccountRef account) {
        setDisabled(account, true, "disable account");
    }

    @Override
    public void delete(AccountRef account) {
        String operation = "delete account";
        SearchResultEntry entry = accounts.find(account, operation).orElse(null);
        if (entry == null) {
            return;
        }
        try {
            ldap.delete(entry.getDN());
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                throw LdapFailures.of(name(), operation, account.id() + " (" + entry.getDN() + ")",
                        e);
            }
        }
    }

    @Override
    public void grant(AccountRef account, String permission) {
        groups.grant(account, permission);
    }

    @Override
    public void revoke(AccountRef account, String permission) {
        groups.revoke(account, permission);
    }

    @Override
    public void close() {
        try {
            connections.close();
        } catch (Exception e) {
            throw new IllegalStateException(name() + ": closing connections failed", e);
        }
    }

    /** @return the new DN; the old one when cn is unchanged */
    private String rename(String dn, String newCn) throws LDAPException {
        DN old = new DN(dn);
        RDN rdn = new RDN(UniqueNames.CN, newCn);
        if (old.getRDN().equals(rdn) && old.getRDN().getAttributeValues()[0].equals(newCn)) {
            return dn;
        }
        ldap.modifyDN(dn, rdn.toString(), true);
        return new DN(rdn, old.getParent()).toString();
    }

    private void setDisabled(AccountRef account, boolean disabled, String operation) {
        String attribute = AccountCreator.UAC;
        SearchResultEntry entry = accounts.require(account, operation, attribute);
        Long current = entry.getAttributeValueAsLong(attribute);
        long flags = current == null ? NORMAL_ACCOUNT : current;
        long wanted = disabled ? flags | ACCOUNT_DISABLE : flags & ~ACCOUNT_DISABLE;
        if (current != null && wanted == flags) {
            return;
        }
        try {
            ldap.modify(entry.getDN(), new Modification(ModificationType.REPLACE, attribute,
                    Long.toString(wanted)));
        } catch (LDAPException e) {
            throw LdapFailures.of(name(), operation, account.id() + " (" + entry.getDN() + ")", e);
        }
    }
}

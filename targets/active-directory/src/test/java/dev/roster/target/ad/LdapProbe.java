package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.model.AccountRef;
import dev.roster.testkit.Hand;
import dev.roster.testkit.Probe;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads an AD-like directory back over its own administrator connection, with plain searches
 * that share no code with the target: accounts by objectGUID, groups by DN or by name below
 * {@code groupsBase}, membership by a base search with a (member=dn) filter. Changes it by hand
 * the same way: plain modifications of the account or the group.
 */
final class LdapProbe implements Probe, Hand {
    private final LDAPConnection ldap;
    private final String base;
    private final String groupsBase;

    LdapProbe(LDAPConnection ldap, String base, String groupsBase) {
        this.ldap = ldap;
        this.base = base;
        this.groupsBase = groupsBase;
    }

    /** @return the account's entry with all user attributes, or null */
    SearchResultEntry entry(AccountRef account) {
        try {
            List<SearchResultEntry> found = ldap.search(base, SearchScope.SUB,
                    Filter.createEqualityFilter("objectGUID", HexFormat.of().parseHex(
                            account.id())), "*").getSearchEntries();
            if (found.size() > 1) {
                throw new AssertionError(found.size() + " entries with objectGUID " + account);
            }
            return found.isEmpty() ? null : found.get(0);
        } catch (LDAPException e) {
            throw new AssertionError("probe: " + e.getMessage(), e);
        }
    }

    private SearchResultEntry require(AccountRef account) {
        SearchResultEntry entry = entry(account);
        if (entry == null) {
            throw new AssertionError("no account with objectGUID " + account);
        }
        return entry;
    }

    @Override
    public boolean exists(AccountRef account) {
        return entry(account) != null;
    }

    @Override
    public boolean enabled(AccountRef account) {
        long flags = require(account).getAttributeValueAsLong("userAccountControl");
        return (flags & 2) == 0;
    }

    @Override
    public Optional<String> attribute(AccountRef account, String attribute) {
        return Optional.ofNullable(require(account).getAttributeValue(attribute));
    }

    @Override
    public void setAttribute(AccountRef account, String attribute, String value) {
        try {
            ldap.modify(require(account).getDN(), value == null
                    ? new Modification(ModificationType.REPLACE, attribute)
                    : new Modification(ModificationType.REPLACE, attribute, value));
        } catch (LDAPException e) {
            throw new AssertionError("by hand: " + e.getMessage(), e);
        }
    }

    @Override
    public void removeMember(AccountRef account, String permission) {
        try {
            ldap.modify(groupDn(permission), new Modification(ModificationType.DELETE, "member",
                    require(account).getDN()));
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_ATTRIBUTE
                    && e.getResultCode() != ResultCode.UNWILLING_TO_PERFORM) {
                throw new AssertionError("by hand: " + e.getMessage(), e);
            }
        }
    }

    /** Adds any entry to a group, as an administrator adds a service account or a group. */
    void addMember(String dn, String permission) {
        try {
            ldap.modify(groupDn(permission), new Modification(ModificationType.ADD, "member", dn));
        } catch (LDAPException e) {
            throw new AssertionError("by hand: " + e.getMessage(), e);
        }
    }

    private String groupDn(String permission) throws LDAPException {
        return DN.isValidDN(permission) ? permission : ldap.searchForEntry(
                groupsBase, SearchScope.SUB, Filter.createANDFilter(
                        Filter.createEqualityFilter("objectClass", "group"),
                        Filter.createEqualityFilter("sAMAccountName", permission)), "1.1")
                .getDN();
    }

    @Override
    public boolean hasPermission(AccountRef account, String permission) {
        SearchResultEntry user = entry(account);
        if (user == null) {
            return false;
        }
        try {
            String group = groupDn(permission);
            return ldap.searchForEntry(group, SearchScope.BASE,
                    Filter.createEqualityFilter("member", user.getDN()), "1.1") != null;
        } catch (LDAPException e) {
            throw new AssertionError("probe: " + e.getMessage(), e);
        }
    }

    @Override
    public int accountsWithCorrelationId(String correlationId) {
        try {
            return ldap.search(base, SearchScope.SUB, Filter.createANDFilter(
                    Filter.createEqualityFilter("objectClass", "user"),
                    Filter.createEqualityFilter("employeeID", correlationId)), "1.1")
                    .getEntryCount();
        } catch (LDAPException e) {
            throw new AssertionError("probe: " + e.getMessage(), e);
        }
    }
}

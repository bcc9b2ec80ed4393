package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.model.AccountRef;
import dev.roster.model.TargetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Grants and revokes group membership by changing the group's {@code member} values. A
 * permission is a full DN below baseDn, or a group's sAMAccountName or cn, looked up below
 * groupsBaseDn and cached for the life of the target. Thread-safe when the
 * {@link LDAPInterface} is.
 */
final class GroupMembers {
    /** Answers meaning the member is already there (AD: 68; some servers: 20). */
    private static final Set<ResultCode> ALREADY_MEMBER = Set.of(
            ResultCode.ENTRY_ALREADY_EXISTS, ResultCode.ATTRIBUTE_OR_VALUE_EXISTS);
    /** Answers meaning the member is already gone (AD: 53; some servers: 16). */
    private static final Set<ResultCode> NOT_MEMBER = Set.of(
            ResultCode.UNWILLING_TO_PERFORM, ResultCode.NO_SUCH_ATTRIBUTE);

    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final Accounts accounts;
    private final Map<String, String> groupDns = new ConcurrentHashMap<>();

    GroupMembers(AdSettings settings, LDAPInterface ldap, Accounts accounts) {
        this.settings = settings;
        this.ldap = ldap;
        this.accounts = accounts;
    }

    /** Adds the account to the group; succeeds when it is a member already. */
    void grant(AccountRef ref, String permission) {
        String operation = "grant " + permission + " to account";
        boolean remembered = accounts.remembers(ref);
        String user = accounts.dn(ref, operation);
        try {
            change(ref, permission, operation, new Modification(ModificationType.ADD, "member", user),
                    ALREADY_MEMBER);
        } catch (dev.roster.model.TargetException e) {
            if (!remembered) {
                throw e;
            }
            accounts.moving(ref); // the remembered DN may be out of date: read it again
            change(ref, permission, operation, new Modification(ModificationType.ADD, "member",
                    accounts.require(ref, operation).getDN()), ALREADY_MEMBER);
        }
    }

    /** Removes the account from the group; succeeds when it is no member or no account. */
    void revoke(AccountRef ref, String permission) {
        String operation = "revoke " + permission + " from account";
        Optional<SearchResultEntry> user = accounts.find(ref, operation);
        if (user.isEmpty()) {
            return;
        }
        change(ref, permission, operation, new Modification(ModificationType.DELETE, "member",
                user.get().getDN()), NOT_MEMBER);
    }

    /**
     * Adds the accounts in {@code grant} to the group and removes those in {@code revoke} with one
     * modify of its {@code member} values. When the directory refuses that modify for anything
     * but a passing fault (a member already there or already gone, a DN out of date), it changes
     * one account at a time as {@link #grant} and {@link #revoke} do, which tells which account
     * fails and why.
     *
     * @return the accounts whose change failed, with the failure
     * @throws TargetException when the group does not exist, or the directory is unreachable
     */
    Map<AccountRef, TargetException> change(String permission, Set<AccountRef> grant, Set<AccountRef> revoke) {
        String operation = "change members of " + permission + " for";
        String group = groupDn(permission, operation, null);
        Set<AccountRef> all = new java.util.HashSet<>(grant);
        all.addAll(revoke);
        Map<AccountRef, String> dns = accounts.dns(all, operation);
        Map<AccountRef, TargetException> failed = new java.util.LinkedHashMap<>();
        List<String> added = new java.util.ArrayList<>();
        for (AccountRef ref : grant) {
            String dn = dn(ref, dns);
            if (dn != null) {
                added.add(dn);
            } else {
                failed.put(ref, LdapFailures.terminal(settings.name(), "grant " + permission + " to account", ref.id(),
                        Guids.bytes(ref).isEmpty() ? "not an objectGUID reference (32 hex digits)"
                                : "no account with this objectGUID below " + settings.baseDn()));
            }
        }
        List<String> removed = new java.util.ArrayList<>();
        for (AccountRef ref : revoke) {
            String dn = dn(ref, dns);
            if (dn != null) {
                removed.add(dn);
            } else if (Guids.bytes(ref).isEmpty()) {
                failed.put(ref, LdapFailures.terminal(settings.name(), "revoke " + permission + " from account",
                        ref.id(), "not an objectGUID reference (32 hex digits)"));
            } // no such account: nothing to revoke
        }
        List<Modification> modifications = new java.util.ArrayList<>(2);
        if (!added.isEmpty()) {
            modifications.add(new Modification(ModificationType.ADD, "member", added.toArray(String[]::new)));
        }
        if (!removed.isEmpty()) {
            modifications.add(new Modification(ModificationType.DELETE, "member", removed.toArray(String[]::new)));
        }
        if (modifications.isEmpty()) {
            return failed;
        }
        try {
            ldap.modify(group, modifications);
            return failed;
        } catch (LDAPException e) {
            if (LdapFailures.retryable(e.getResultCode())) {
                throw LdapFailures.of(settings.name(), operation, all.size() + " accounts (group " + group + ")", e);
            }
        }
        for (AccountRef ref : grant) {
            if (!failed.containsKey(ref)) {
                oneByOne(ref, () -> grant(ref, permission), failed);
            }
        }
        for (AccountRef ref : revoke) {
            if (!failed.containsKey(ref) && dn(ref, dns) != null) {
                oneByOne(ref, () -> revoke(ref, permission), failed);
            }
        }
        return failed;
    }

    private static String dn(AccountRef ref, Map<AccountRef, String> dns) {
        return Guids.bytes(ref).map(Guids::ref).map(dns::get).orElse(null);
    }

    /** Runs one account's change, keeping its terminal failure; a passing fault fails the batch. */
    private static void oneByOne(AccountRef ref, Runnable change, Map<AccountRef, TargetException> failed) {
        try {
            change.run();
        } catch (TargetException e) {
            if (e.retryable()) {
                throw e;
            }
            failed.put(ref, e);
        }
    }

    /**
     * Resolves a group now and remembers it, so that a missing one is found when the
     * configuration loads rather than at the first grant.
     *
     * @throws TargetException (terminal) when no such group exists, or when the search fails
     */
    void resolve(String permission) {
        String operation = "find group";
        String group = groupDn(permission, operation, null);
        try {
            if (ldap.getEntry(group, SearchRequest.NO_ATTRIBUTES) == null) {
                throw LdapFailures.terminal(settings.name(), operation, permission,
                        "group " + group + " does not exist");
            }
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), operation, permission, e);
        }
    }

    /**
     * @return the DNs of all members of the group, read with range retrieval so that groups
     *         beyond AD's 1,500 values per answer come back whole
     * @throws TargetException when the group does not exist or the read fails
     */
    List<String> members(String permission) {
        String operation = "read members of";
        String group = groupDn(permission, operation, null);
        try {
            return RangedValues.read(ldap, group, "member");
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                groupDns.remove(key(permission));
            }
            throw LdapFailures.of(settings.name(), operation, "group " + group, e);
        }
    }

    /**
     * A group as read for an observation.
     *
     * @param dn      the group's DN
     * @param names   the names a permission may give it by: the name asked, the DN, cn and
     *                sAMAccountName
     * @param members the DNs of all its members
     */
    record Read(String dn, Set<String> names, List<String> members) {
    }

    /**
     * @return the group named by {@code permission} with all its members (range retrieval)
     * @throws TargetException when the group does not exist or the read fails
     */
    Read read(String permission) {
        String operation = "read members of";
        String group = groupDn(permission, operation, null);
        try {
            SearchResultEntry entry = ldap.getEntry(group, "cn", "sAMAccountName");
            if (entry == null) {
                groupDns.remove(key(permission));
                throw LdapFailures.terminal(settings.name(), operation, permission,
                        "group " + group + " does not exist");
            }
            Set<String> names = new java.util.HashSet<>(Set.of(permission, entry.getDN()));
            for (String attribute : List.of("cn", "sAMAccountName")) {
                String value = entry.getAttributeValue(attribute);
                if (value != null) {
                    names.add(value);
                }
            }
            return new Read(entry.getDN(), names, RangedValues.read(ldap, group, "member"));
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                groupDns.remove(key(permission));
            }
            throw LdapFailures.of(settings.name(), operation, "group " + group, e);
        }
    }

    private void change(AccountRef ref, String permission, String operation,
            Modification modification, Set<ResultCode> done) {
        boolean cached = groupDns.containsKey(key(permission));
        String group = groupDn(permission, operation, ref);
        try {
            ldap.modify(group, modification);
        } catch (LDAPException e) {
            if (done.contains(e.getResultCode())) {
                return;
            }
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT && cached) {
                groupDns.remove(key(permission));
                change(ref, permission, operation, modification, done);
                return;
            }
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                throw LdapFailures.terminal(settings.name(), operation, ref.id(),
                        "group " + group + " does not exist");
            }
            throw LdapFailures.of(settings.name(), operation, ref.id() + " (group " + group + ")",
                    e);
        }
    }

    private String groupDn(String permission, String operation, AccountRef ref) {
        if (DN.isValidDN(permission)) {
            try {
                DN dn = new DN(permission);
                if (dn.isDescendantOf(settings.baseDn(), false)) {
                    return dn.toString();
                }
            } catch (LDAPException e) {
                throw new IllegalStateException("DN.isValidDN accepted " + permission, e);
            }
        }
        String known = groupDns.get(key(permission));
        if (known != null) {
            return known;
        }
        String found = lookUp(permission, operation, ref);
        groupDns.put(key(permission), found);
        return found;
    }

    private String lookUp(String name, String operation, AccountRef ref) {
        Filter filter = Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "group"),
                Filter.createORFilter(Filter.createEqualityFilter("sAMAccountName", name),
                        Filter.createEqualityFilter("cn", name)));
        List<SearchResultEntry> groups;
        try {
            groups = ldap.search(new SearchRequest(settings.groupsBaseDn().toString(),
                    SearchScope.SUB, filter, SearchRequest.NO_ATTRIBUTES)).getSearchEntries();
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), "look up group " + name + " to " + operation,
                    subject(ref), e);
        }
        if (groups.isEmpty()) {
            throw missing(name, operation, ref);
        }
        if (groups.size() > 1) {
            throw LdapFailures.terminal(settings.name(), operation, subject(ref), groups.size()
                    + " groups are named " + name + ": " + groups.stream()
                            .map(SearchResultEntry::getDN).collect(Collectors.joining("; ")));
        }
        return groups.get(0).getDN();
    }

    private TargetException missing(String name, String operation, AccountRef ref) {
        return LdapFailures.terminal(settings.name(), operation, subject(ref), "no group named "
                + name + " below " + settings.groupsBaseDn());
    }

    private static String subject(AccountRef ref) {
        return ref == null ? "" : ref.id();
    }

    private static String key(String permission) {
        return permission.toLowerCase(Locale.ROOT);
    }
}

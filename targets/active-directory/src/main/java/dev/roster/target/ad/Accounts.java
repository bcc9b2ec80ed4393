package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.model.AccountRef;
import dev.roster.model.TargetException;
import java.util.List;
import java.util.Optional;

/**
 * Finds an account's current entry from its objectGUID reference, so that renames and moves
 * are survived. Thread-safe when the {@link LDAPInterface} is.
 */
final class Accounts {
    private final AdSettings settings;
    private final LDAPInterface ldap;
    /** DNs of the accounts this target created, until Roster moves or deletes them */
    private final java.util.Map<AccountRef, String> createdAt = new java.util.concurrent.ConcurrentHashMap<>();

    Accounts(AdSettings settings, LDAPInterface ldap) {
        this.settings = settings;
        this.ldap = ldap;
    }

    /** Records where an account this target just added is. */
    void created(AccountRef ref, String dn) {
        createdAt.put(ref, dn);
    }

    /** Forgets where an account is, before Roster moves, renames or deletes it. */
    void moving(AccountRef ref) {
        createdAt.remove(ref);
    }

    /**
     * The account's DN: where this target added it (as long as Roster has not moved it since),
     * else read by objectGUID. Saves a search per grant after a create; a group change that fails
     * on a DN learnt this way is tried again with a fresh one ({@link #moving}).
     */
    String dn(AccountRef ref, String operation) {
        String known = createdAt.get(ref);
        return known != null ? known : require(ref, operation).getDN();
    }

    /** The most objectGUIDs one search of {@link #dns} asks for. */
    private static final int GUIDS_PER_SEARCH = 100;

    /**
     * The DNs of many accounts: those this target remembers as {@link #dn} does, the others read
     * with one search per {@value #GUIDS_PER_SEARCH} objectGUIDs.
     *
     * @param refs objectGUID references; others are left out of the answer
     * @return the DN of each account that has an entry below baseDn; absent accounts are left out
     * @throws TargetException when a search fails, or two entries have the same objectGUID
     */
    java.util.Map<AccountRef, String> dns(java.util.Collection<AccountRef> refs, String operation) {
        java.util.Map<AccountRef, String> out = new java.util.HashMap<>();
        List<Filter> unknown = new java.util.ArrayList<>();
        for (AccountRef ref : refs) {
            String known = createdAt.get(ref);
            if (known != null) {
                out.put(ref, known);
            } else {
                Guids.bytes(ref).ifPresent(guid -> unknown.add(Filter.createEqualityFilter("objectGUID", guid)));
            }
        }
        for (int from = 0; from < unknown.size(); from += GUIDS_PER_SEARCH) {
            List<Filter> some = unknown.subList(from, Math.min(unknown.size(), from + GUIDS_PER_SEARCH));
            SearchRequest request = new SearchRequest(settings.baseDn().toString(), SearchScope.SUB,
                    Filter.createORFilter(some), "objectGUID");
            try {
                for (SearchResultEntry entry : ldap.search(request).getSearchEntries()) {
                    byte[] guid = entry.getAttributeValueBytes("objectGUID");
                    if (guid != null && out.put(Guids.ref(guid), entry.getDN()) != null) {
                        throw LdapFailures.terminal(settings.name(), operation, Guids.ref(guid).id(),
                                "two entries have this objectGUID");
                    }
                }
            } catch (LDAPException e) {
                throw LdapFailures.of(settings.name(), operation, some.size() + " accounts", e);
            }
        }
        return out;
    }

    /** Whether {@link #dn} answered from what this target remembers rather than a fresh read. */
    boolean remembers(AccountRef ref) {
        return createdAt.containsKey(ref);
    }

    /**
     * @param operation  for messages, e.g. "update account"
     * @param attributes the attributes to read; none reads only the DN
     * @return the account's entry, or empty when no entry below baseDn has this objectGUID
     * @throws TargetException when the reference is not an objectGUID or the search fails
     */
    Optional<SearchResultEntry> find(AccountRef ref, String operation, String... attributes) {
        byte[] guid = Guids.bytes(ref).orElseThrow(() -> LdapFailures.terminal(settings.name(),
                operation, ref.id(), "not an objectGUID reference (32 hex digits)"));
        SearchRequest request = new SearchRequest(settings.baseDn().toString(), SearchScope.SUB,
                Filter.createEqualityFilter("objectGUID", guid),
                attributes.length == 0 ? new String[] {SearchRequest.NO_ATTRIBUTES} : attributes);
        List<SearchResultEntry> entries;
        try {
            entries = ldap.search(request).getSearchEntries();
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), operation, ref.id(), e);
        }
        if (entries.size() > 1) {
            throw LdapFailures.terminal(settings.name(), operation, ref.id(),
                    entries.size() + " entries have this objectGUID");
        }
        return entries.stream().findFirst();
    }

    /** @return the entry's DN, parsed */
    static DN dn(SearchResultEntry entry) {
        try {
            return entry.getParsedDN();
        } catch (LDAPException e) {
            throw new IllegalStateException("the server returned the invalid DN " + entry.getDN(), e);
        }
    }

    /**
     * @return the account's entry
     * @throws TargetException (terminal) when there is none, or as {@link #find}
     */
    SearchResultEntry require(AccountRef ref, String operation, String... attributes) {
        return find(ref, operation, attributes).orElseThrow(() -> LdapFailures.terminal(
                settings.name(), operation, ref.id(),
                "no account with this objectGUID below " + settings.baseDn()));
    }
}

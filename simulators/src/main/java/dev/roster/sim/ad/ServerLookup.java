package dev.roster.sim.ad;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.List;
import java.util.Optional;

/**
 * Searches the in-memory server through its own methods, which bypass the interceptors, for the
 * checks {@link AdInterceptor} makes. Usable once {@link #attach} was called; thread-safe after.
 */
final class ServerLookup {
    private final String baseDn;
    private volatile InMemoryDirectoryServer server;

    ServerLookup(String baseDn) {
        this.baseDn = baseDn;
    }

    void attach(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /** @return the DNs of the entries whose sAMAccountName equals {@code sam}, ignoring case */
    List<String> dnsWithSam(String sam) throws LDAPException {
        return dns(Filter.createEqualityFilter(AdInterceptor.SAM, sam));
    }

    /** @return the DN of the entry with this objectGUID, if any */
    Optional<String> dnWithGuid(byte[] guid) throws LDAPException {
        return dns(Filter.createEqualityFilter(AdInterceptor.GUID, guid)).stream().findFirst();
    }

    /** @return the DNs of the groups listing {@code dn} as a member; empty if the search fails */
    List<String> groupsWithMember(String dn) {
        try {
            return dns(Filter.createANDFilter(
                    Filter.createEqualityFilter("objectClass", "group"),
                    Filter.createEqualityFilter("member", dn)));
        } catch (LDAPException e) {
            return List.of();
        }
    }

    /** @return the entry {@code dn} with only {@code attributes}; empty if none or failing */
    Optional<Entry> entry(String dn, String... attributes) {
        try {
            return Optional.ofNullable(server().getEntry(dn, attributes));
        } catch (LDAPException e) {
            return Optional.empty();
        }
    }

    /** @return all values of {@code attribute} of the entry {@code dn}; empty if none or failing */
    Optional<Attribute> attribute(String dn, String attribute) {
        return entry(dn, attribute).map(e -> e.getAttribute(attribute));
    }

    private InMemoryDirectoryServer server() {
        InMemoryDirectoryServer s = server;
        if (s == null) {
            throw new IllegalStateException("lookup used before the server was attached");
        }
        return s;
    }

    private List<String> dns(Filter filter) throws LDAPException {
        return server().search(baseDn, SearchScope.SUB, filter, "1.1").getSearchEntries().stream()
                .map(SearchResultEntry::getDN)
                .toList();
    }
}

package dev.roster.target.ad;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.model.AccountRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which accounts carry which correlation id, read once with one paged search of all user
 * entries that have the correlation attribute, instead of one unindexed search per person. When
 * the list is older than {@code correlationRefresh}, a lookup first re-reads the entries changed
 * since the last read (whenChanged; see {@link Rereads}, which also says why a re-read does not
 * hold back lookups). Entries may have changed since: callers re-read a match by objectGUID before trusting
 * it and {@link #forget} it when it no longer matches. Thread-safe: methods lock the index.
 */
final class CorrelationIndex {
    static final String WHEN_CHANGED = "whenChanged";
    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter
            .ofPattern("yyyyMMddHHmmss'.0Z'").withZone(ZoneOffset.UTC);

    /** An account as last read: its reference, DN and correlation id. */
    record Candidate(AccountRef ref, String dn, String id) {
    }

    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final Rereads rereads;
    private final Map<String, List<Candidate>> byId = new HashMap<>();
    private final Map<AccountRef, Candidate> byRef = new HashMap<>();
    private int reads;

    CorrelationIndex(AdSettings settings, LDAPInterface ldap, Clock clock) {
        this.settings = settings;
        this.ldap = ldap;
        this.rereads = new Rereads(settings.correlationRefresh(), clock);
    }

    /**
     * @return the accounts last seen with this correlation id (ignoring case), possibly none
     * @throws LDAPException when reading the directory fails
     */
    List<Candidate> lookup(String correlationId) throws LDAPException {
        rereads.ensure(this::read);
        synchronized (this) {
            return List.copyOf(byId.getOrDefault(key(correlationId), List.of()));
        }
    }

    /** Records an account Roster just added or re-read. */
    synchronized void put(AccountRef ref, String dn, String correlationId) {
        forget(ref);
        Candidate candidate = new Candidate(ref, dn, correlationId);
        byRef.put(ref, candidate);
        byId.computeIfAbsent(key(correlationId), k -> new ArrayList<>(1)).add(candidate);
    }

    /** Drops an account that is gone or no longer carries the id it was listed under. */
    synchronized void forget(AccountRef ref) {
        Candidate old = byRef.remove(ref);
        if (old != null) {
            List<Candidate> same = byId.get(key(old.id()));
            same.removeIf(c -> c.ref().equals(ref));
            if (same.isEmpty()) {
                byId.remove(key(old.id()));
            }
        }
    }

    /** @return how many searches of the directory this index made (full and since-last) */
    synchronized int reads() {
        return reads;
    }

    private void read(Instant changedSince) throws LDAPException {
        String attribute = settings.correlationAttribute();
        List<Filter> parts = new ArrayList<>(List.of(
                Filter.createEqualityFilter("objectClass", "user"),
                Filter.createPresenceFilter(attribute)));
        if (changedSince != null) {
            parts.add(Filter.createGreaterOrEqualFilter(WHEN_CHANGED,
                    GENERALIZED.format(changedSince)));
        }
        SearchRequest request = new SearchRequest(settings.baseDn().toString(), SearchScope.SUB,
                Filter.createANDFilter(parts), attribute, "objectGUID");
        PagedSearch.run(ldap, request, entry -> add(entry, attribute));
        synchronized (this) {
            reads++;
        }
    }

    private void add(SearchResultEntry entry, String attribute) {
        byte[] guid = entry.getAttributeValueBytes("objectGUID");
        String id = entry.getAttributeValue(attribute);
        if (guid != null && guid.length == 16 && id != null) {
            put(Guids.ref(guid), entry.getDN(), id.strip());
        }
    }

    private static String key(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }
}

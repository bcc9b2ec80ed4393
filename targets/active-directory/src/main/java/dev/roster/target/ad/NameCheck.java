package dev.roster.target.ad;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
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
 * Whether the names of a new account are free, checked in the whole domain as AD admins do
 * (spec 3.4): sAMAccountName and cn together (either taken means both iterate), and
 * userPrincipalName and mail against every account's userPrincipalName, mail and {@code smtp:}
 * proxyAddresses. A sAMAccountName in the reserved names (those of deleted accounts) counts as
 * taken.
 *
 * <p>The names in use are read once with one paged search of every entry that has one of them,
 * then kept: the names Roster adds are claimed as it adds them, and when the list is older than
 * {@code correlationRefresh} the entries changed since the last read are read again (as the
 * {@link CorrelationIndex} does). One search per create would be one per person; OR filters of
 * several attributes are not served from indexes by every server. Names that went out of use
 * since the read stay taken until the target is opened again: a needless suffix at worst. The
 * directory itself refuses a second sAMAccountName or DN, which the creator treats as taken.
 * Thread-safe: methods lock the list.
 */
final class NameCheck {
    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter
            .ofPattern("yyyyMMddHHmmss'.0Z'").withZone(ZoneOffset.UTC);
    private static final String PROXY = "proxyAddresses";

    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final Rereads rereads;
    /** lower-cased name (prefixed "sam:", "cn:" or "@:" for addresses) to the DN using it */
    private final Map<String, String> used = new HashMap<>();
    /** names as in {@link #used} held for the create of a person of the running apply, to its id */
    private Map<String, String> held = Map.of();

    NameCheck(AdSettings settings, LDAPInterface ldap, Clock clock) {
        this.settings = settings;
        this.ldap = ldap;
        this.rereads = new Rereads(settings.correlationRefresh(), clock);
    }

    /**
     * @param names  the candidate names of one attempt, by attribute
     * @param person the id of the person the create is for: names {@link #hold held} for another
     *               person's create count as taken
     * @return a description of what is taken, e.g. "sAMAccountName jvries is reserved", or
     *         null when every name is free
     * @throws LDAPException when reading the names fails
     */
    String taken(Map<String, String> names, String person) throws LDAPException {
        rereads.ensure(this::read);
        synchronized (this) {
            return takenNow(names, person);
        }
    }

    /** Holds names (keys as {@link #keys} makes them) for the person each maps to, until the next call. */
    synchronized void hold(Map<String, String> held) {
        this.held = Map.copyOf(held);
    }

    private String takenNow(Map<String, String> names, String person) {
        String sam = names.get(UniqueNames.SAM);
        if (sam != null && settings.reservedNames().contains(sam.toLowerCase(Locale.ROOT))) {
            return "sAMAccountName " + sam + " is reserved";
        }
        for (String key : keys(names)) {
            String dn = used.get(key);
            if (dn != null) {
                return key.substring(key.indexOf(':') + 1) + " is used by " + dn;
            }
            String holder = person == null ? null : held.get(key);
            if (holder != null && !holder.equals(person)) {
                return key.substring(key.indexOf(':') + 1) + " is planned for person " + holder;
            }
        }
        return null;
    }

    /**
     * The names chosen in one plan so far: each new account's names must be free of them too. Per
     * set of names it keeps the first attempt not yet found taken, since both the names in use and
     * those chosen only grow while a plan is made: the n-th of n namesakes starts where the one
     * before it ended instead of trying the n - 1 iterations the others took.
     */
    static final class Chosen {
        /** lower-cased keys as {@link #keys} makes them */
        private final java.util.Set<String> keys = new java.util.HashSet<>();
        private final Map<List<String>, Integer> next = new HashMap<>();
    }

    /**
     * The first iteration of {@code names} that is free in the directory and not among the names
     * {@code chosen} earlier in the same plan, which it is added to.
     *
     * @return the names, or null when none of the iterations is free
     */
    Map<String, String> firstFree(Map<String, String> names, Chosen chosen, int attempts) throws LDAPException {
        rereads.ensure(this::read);
        synchronized (this) {
            return firstFreeNow(names, chosen, attempts);
        }
    }

    private Map<String, String> firstFreeNow(Map<String, String> names, Chosen chosen, int attempts) {
        List<String> base = java.util.Arrays.asList(names.get(UniqueNames.SAM), names.get(UniqueNames.CN),
                names.get(UniqueNames.UPN), names.get(UniqueNames.MAIL));
        for (int attempt = chosen.next.getOrDefault(base, 1); attempt <= attempts; attempt++) {
            Map<String, String> attempted = UniqueNames.forAttempt(names, attempt);
            List<String> keys = keys(attempted);
            if (takenNow(attempted, null) == null && keys.stream().noneMatch(chosen.keys::contains)) {
                chosen.keys.addAll(keys);
                chosen.next.put(base, attempt + 1);
                return attempted;
            }
        }
        chosen.next.put(base, attempts + 1);
        return null;
    }

    /** The names' keys: lower-cased, stripped, prefixed as in {@link #used}. */
    static List<String> keys(Map<String, String> names) {
        List<String> keys = new ArrayList<>();
        for (String[] kind : new String[][] {{"sam:", UniqueNames.SAM}, {"cn:", UniqueNames.CN},
                {"@:", UniqueNames.UPN}, {"@:", UniqueNames.MAIL}}) {
            String value = names.get(kind[1]);
            if (value != null && !value.isBlank()) {
                keys.add((kind[0] + value.strip()).toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }

    /** Records the names of an entry that now exists (added by Roster, or found taken). */
    synchronized void claim(Map<String, String> names, String dn) {
        put("sam:", names.get(UniqueNames.SAM), dn);
        put("cn:", names.get(UniqueNames.CN), dn);
        put("@:", names.get(UniqueNames.UPN), dn);
        put("@:", names.get(UniqueNames.MAIL), dn);
    }

    private void read(Instant changedSince) throws LDAPException {
        Filter named = Filter.createORFilter(Filter.createPresenceFilter(UniqueNames.SAM),
                Filter.createPresenceFilter(UniqueNames.UPN), Filter.createPresenceFilter(UniqueNames.MAIL),
                Filter.createPresenceFilter(PROXY));
        Filter filter = changedSince == null ? named : Filter.createANDFilter(named,
                Filter.createGreaterOrEqualFilter(CorrelationIndex.WHEN_CHANGED, GENERALIZED.format(changedSince)));
        SearchRequest request = new SearchRequest(settings.baseDn().toString(), SearchScope.SUB, filter,
                UniqueNames.SAM, UniqueNames.CN, UniqueNames.UPN, UniqueNames.MAIL, PROXY);
        PagedSearch.run(ldap, request, this::add);
    }

    private synchronized void add(SearchResultEntry e) {
        String dn = e.getDN();
        put("sam:", e.getAttributeValue(UniqueNames.SAM), dn);
        put("cn:", e.getAttributeValue(UniqueNames.CN), dn);
        put("@:", e.getAttributeValue(UniqueNames.UPN), dn);
        put("@:", e.getAttributeValue(UniqueNames.MAIL), dn);
        String[] proxies = e.getAttributeValues(PROXY);
        if (proxies != null) {
            for (String p : proxies) {
                if (p.regionMatches(true, 0, "smtp:", 0, 5)) {
                    put("@:", p.substring(5), dn);
                }
            }
        }
    }

    private void put(String kind, String value, String dn) {
        if (value != null && !value.isBlank()) {
            used.put((kind + value.strip()).toLowerCase(Locale.ROOT), dn);
        }
    }
}

package dev.roster.target.ad;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the names of a new account are free, checked in the whole domain as AD admins do
 * (spec 3.4): sAMAccountName and cn together (either taken means both iterate), and
 * userPrincipalName and mail against every account's userPrincipalName, mail and
 * {@code smtp:} proxyAddresses. A sAMAccountName in the reserved names (those of deleted
 * accounts) counts as taken. One indexed search per attempt. Thread-safe when the
 * {@link LDAPInterface} is.
 */
final class NameCheck {
    private final AdSettings settings;
    private final LDAPInterface ldap;

    NameCheck(AdSettings settings, LDAPInterface ldap) {
        this.settings = settings;
        this.ldap = ldap;
    }

    /**
     * @param names the candidate names of one attempt, by attribute
     * @return a description of what is taken, e.g. "sAMAccountName jvries is reserved", or
     *         null when every name is free
     * @throws LDAPException when the search fails
     */
    String taken(Map<String, String> names) throws LDAPException {
        String sam = names.get(UniqueNames.SAM);
        if (sam != null && settings.reservedNames().contains(sam.toLowerCase(Locale.ROOT))) {
            return "sAMAccountName " + sam + " is reserved";
        }
        List<Filter> any = new ArrayList<>();
        if (sam != null) {
            any.add(Filter.createEqualityFilter(UniqueNames.SAM, sam));
        }
        if (names.get(UniqueNames.CN) != null) {
            any.add(Filter.createEqualityFilter(UniqueNames.CN, names.get(UniqueNames.CN)));
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String name : List.of(UniqueNames.UPN, UniqueNames.MAIL)) {
            if (names.get(name) != null) {
                addresses.add(names.get(name));
            }
        }
        for (String address : addresses) {
            any.add(Filter.createEqualityFilter(UniqueNames.UPN, address));
            any.add(Filter.createEqualityFilter(UniqueNames.MAIL, address));
            any.add(Filter.createEqualityFilter("proxyAddresses", "smtp:" + address));
        }
        if (any.isEmpty()) {
            return null;
        }
        SearchRequest request = new SearchRequest(settings.baseDn().toString(), SearchScope.SUB,
                Filter.createORFilter(any), UniqueNames.SAM, UniqueNames.CN);
        request.setSizeLimit(1);
        List<SearchResultEntry> found;
        try {
            found = ldap.search(request).getSearchEntries();
        } catch (LDAPSearchException e) {
            if (e.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
                throw e;
            }
            found = e.getSearchEntries();
        }
        return found.isEmpty() ? null : "a name is used by " + found.get(0).getDN();
    }
}

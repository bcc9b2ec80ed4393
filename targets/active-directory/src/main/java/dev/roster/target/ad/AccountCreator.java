package dev.roster.target.ad;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.model.AccountRef;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.TargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates accounts: correlates first on the correlation attribute, then adds the entry under
 * usersOu, making cn and sAMAccountName unique with a numeric suffix when the directory answers
 * that one is taken. Thread-safe when the {@link LDAPInterface} is.
 */
final class AccountCreator {
    static final String UAC = "userAccountControl";
    private static final Logger LOG = LoggerFactory.getLogger(AccountCreator.class);
    private static final int MAX_ATTEMPTS = 99;
    private static final int NORMAL_ACCOUNT = 0x200;
    private static final int ACCOUNT_DISABLE = 0x2;
    private static final String OPERATION = "create account for";

    private final AdSettings settings;
    private final LDAPInterface ldap;

    AccountCreator(AdSettings settings, LDAPInterface ldap) {
        this.settings = settings;
        this.ldap = ldap;
    }

    Created create(NewAccount account) {
        String person = "person " + account.personId();
        String correlationId = account.correlationId().strip();
        if (correlationId.isEmpty()) {
            throw fail(person, "empty correlation id; without it the account could be duplicated");
        }
        Map<String, String> names = nonEmpty(account.attributes());
        String given = names.get(settings.correlationAttribute());
        if (given != null && !given.equals(correlationId)) {
            throw fail(person, settings.correlationAttribute() + " '" + given
                    + "' differs from the correlation id '" + correlationId + "'");
        }
        names.put(settings.correlationAttribute(), correlationId);
        List<SearchResultEntry> matches = correlate(person, correlationId, account);
        if (matches.size() > 1) {
            throw fail(person, matches.size() + " accounts have " + settings.correlationAttribute()
                    + "=" + correlationId + ": " + matches.stream().map(SearchResultEntry::getDN)
                            .collect(Collectors.joining("; ")));
        }
        if (matches.size() == 1) {
            SearchResultEntry found = matches.get(0);
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : account.attributes().keySet()) {
                String value = found.getAttributeValue(name);
                if (value != null) {
                    values.put(name, value);
                }
            }
            LOG.debug("{}: correlated {} with {}", settings.name(), person, found.getDN());
            return new Created(guid(found, person), true, values);
        }
        return add(person, account, names);
    }

    private List<SearchResultEntry> correlate(String person, String id, NewAccount account) {
        List<String> attributes = new ArrayList<>(account.attributes().keySet());
        attributes.add("objectGUID");
        Filter filter = Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "user"),
                Filter.createEqualityFilter(settings.correlationAttribute(), id));
        try {
            return ldap.search(new SearchRequest(settings.baseDn().toString(), SearchScope.SUB,
                    filter, attributes.toArray(String[]::new))).getSearchEntries();
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), "correlate", person, e);
        }
    }

    private Created add(String person, NewAccount account, Map<String, String> names) {
        if (!names.containsKey(UniqueNames.CN)) {
            String cn = firstOf(names, "displayName", UniqueNames.SAM);
            if (cn != null) {
                names.put(UniqueNames.CN, cn);
            }
        }
        if (names.get(UniqueNames.CN) == null) {
            throw fail(person, "no cn, displayName or sAMAccountName to name the entry");
        }
        names.put(UAC, Integer.toString(accountControl(person, names.get(UAC), account.enabled())));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Map<String, String> attempted = UniqueNames.forAttempt(names, attempt);
            DN dn = new DN(new RDN(UniqueNames.CN, attempted.get(UniqueNames.CN)),
                    settings.usersOu());
            try {
                ldap.add(entry(dn, attempted));
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.ENTRY_ALREADY_EXISTS
                        && nameTaken(person, dn, attempted.get(UniqueNames.SAM))) {
                    LOG.debug("{}: {} or its sAMAccountName is taken", settings.name(), dn);
                    continue;
                }
                throw LdapFailures.of(settings.name(), OPERATION, person + " at " + dn, e);
            }
            SearchResultEntry written = read(person, dn);
            Map<String, String> values = new LinkedHashMap<>();
            account.attributes().keySet().stream().filter(attempted::containsKey)
                    .forEach(name -> values.put(name, attempted.get(name)));
            LOG.debug("{}: created {} for {}", settings.name(), dn, person);
            return new Created(guid(written, person), false, values);
        }
        throw fail(person, "cn and sAMAccountName still taken after " + MAX_ATTEMPTS
                + " suffixes of " + names.get(UniqueNames.CN));
    }

    private boolean nameTaken(String person, DN dn, String sam) {
        try {
            if (ldap.getEntry(dn.toString(), SearchRequest.NO_ATTRIBUTES) != null) {
                return true;
            }
            return sam != null && !ldap.search(new SearchRequest(settings.baseDn().toString(),
                    SearchScope.SUB, Filter.createEqualityFilter(UniqueNames.SAM, sam),
                    SearchRequest.NO_ATTRIBUTES)).getSearchEntries().isEmpty();
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), "check names for", person, e);
        }
    }

    private SearchResultEntry read(String person, DN dn) {
        try {
            SearchResultEntry entry = ldap.getEntry(dn.toString(), "objectGUID");
            if (entry == null) {
                throw fail(person, dn + " vanished right after it was added");
            }
            return entry;
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), "read back", dn.toString(), e);
        }
    }

    private TargetException fail(String person, String problem) {
        return LdapFailures.terminal(settings.name(), OPERATION, person, problem);
    }

    private AccountRef guid(SearchResultEntry entry, String person) {
        byte[] guid = entry.getAttributeValueBytes("objectGUID");
        if (guid == null || guid.length != 16) {
            throw fail(person, entry.getDN() + " has no 16-byte objectGUID");
        }
        return Guids.ref(guid);
    }

    /** The userAccountControl to add: the given flags (default NORMAL_ACCOUNT), bit 0x2 by enabled. */
    private int accountControl(String person, String given, boolean enabled) {
        int flags;
        try {
            flags = given == null ? NORMAL_ACCOUNT : Integer.parseInt(given);
        } catch (NumberFormatException e) {
            throw fail(person, UAC + " '" + given + "' is not a number");
        }
        return enabled ? flags & ~ACCOUNT_DISABLE : flags | ACCOUNT_DISABLE;
    }

    private static Entry entry(DN dn, Map<String, String> values) {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("objectClass", "top", "person", "organizationalPerson",
                "user"));
        values.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("objectClass")) {
                attributes.add(new Attribute(name, value));
            }
        });
        return new Entry(dn, attributes);
    }

    private static Map<String, String> nonEmpty(Map<String, String> attributes) {
        Map<String, String> result = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                result.put(name, value);
            }
        });
        return result;
    }

    private static String firstOf(Map<String, String> values, String... names) {
        for (String name : names) {
            if (values.containsKey(name)) {
                return values.get(name);
            }
        }
        return null;
    }
}

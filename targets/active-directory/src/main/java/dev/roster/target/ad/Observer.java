package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.model.AccountRef;
import dev.roster.model.AccountReference;
import dev.roster.model.Observation;
import dev.roster.model.Observation.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what the directory has now, for drift correction and fully managed groups: one paged
 * search of every user entry below baseDn (objectGUID, correlation attribute and the asked
 * attributes), then per group one read of its names and its members with range retrieval.
 * Members are matched to the users read by DN; a member that is not among them is read on its
 * own to tell a nested group (left alone) from another entry; one outside baseDn is out of reach.
 * A DN value of an asked attribute that is a user read is given as {@code ref:GUID}, so that a
 * manager compares as the account it points at. Thread-safe when the {@link LDAPInterface} is.
 */
final class Observer {
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final String OPERATION = "observe";

    /** A user entry as read: its reference and correlation id. */
    private record User(AccountRef ref, String correlationId) {
    }

    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final GroupMembers groups;

    Observer(AdSettings settings, LDAPInterface ldap, GroupMembers groups) {
        this.settings = settings;
        this.ldap = ldap;
        this.groups = groups;
    }

    /**
     * @see dev.roster.model.Target.Observes#observe
     * @throws dev.roster.model.TargetException when a read fails, a group does not exist, or an
     *         asked attribute is a password or not an attribute name
     */
    Observation observe(Set<AccountRef> accounts, Set<String> attributes, Set<String> groupNames) {
        for (String attribute : attributes) {
            if (!ATTRIBUTE.matcher(attribute).matches() || Values.isPassword(attribute)) {
                throw LdapFailures.terminal(settings.name(), OPERATION, "attribute " + attribute,
                        Values.isPassword(attribute) ? "passwords are never read"
                                : "not an attribute name");
            }
        }
        if (attributes.isEmpty() && groupNames.isEmpty()) {
            return Observation.empty(settings.name());
        }
        Map<DN, User> users = new HashMap<>();
        Map<AccountRef, Map<String, List<String>>> values = new HashMap<>();
        readUsers(accounts, attributes, users, values);
        values.values().forEach(byName -> byName.replaceAll((name, list) -> references(list, users)));
        Map<String, Observation.Group> read = new HashMap<>();
        for (String name : groupNames) {
            GroupMembers.Read group = groups.read(name);
            List<Member> members = new ArrayList<>(group.members().size());
            for (String member : group.members()) {
                members.add(member(member, users));
            }
            read.put(name, new Observation.Group(name, group.names(), members));
        }
        return new Observation(settings.name(), values, read);
    }

    private void readUsers(Set<AccountRef> accounts, Set<String> attributes, Map<DN, User> users,
            Map<AccountRef, Map<String, List<String>>> values) {
        String correlation = settings.correlationAttribute();
        Set<String> wanted = new LinkedHashSet<>(List.of("objectGUID", correlation));
        wanted.addAll(attributes);
        SearchRequest request = new SearchRequest(settings.baseDn().toString(), SearchScope.SUB,
                Filter.createEqualityFilter("objectClass", "user"), wanted.toArray(String[]::new));
        try {
            PagedSearch.run(ldap, request, entry -> {
                byte[] guid = entry.getAttributeValueBytes("objectGUID");
                if (guid == null || guid.length != 16) {
                    return;
                }
                AccountRef ref = Guids.ref(guid);
                String id = entry.getAttributeValue(correlation);
                users.put(parsedDn(entry), new User(ref, id == null ? "" : id.strip()));
                if (accounts.contains(ref)) {
                    Map<String, List<String>> byName = new HashMap<>();
                    for (String attribute : attributes) {
                        String[] found = entry.getAttributeValues(attribute);
                        byName.put(attribute, found == null ? List.of() : List.of(found));
                    }
                    values.put(ref, byName);
                }
            });
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), OPERATION, "the accounts below "
                    + settings.baseDn(), e);
        } catch (IllegalStateException e) {
            throw LdapFailures.terminal(settings.name(), OPERATION, "the accounts below "
                    + settings.baseDn(), e.getMessage());
        }
    }

    /** The values, with each DN of a user read turned into {@code ref:GUID}. */
    private static List<String> references(List<String> list, Map<DN, User> users) {
        List<String> out = new ArrayList<>(list.size());
        for (String value : list) {
            User user = null;
            if (DN.isValidDN(value)) {
                try {
                    user = users.get(new DN(value));
                } catch (LDAPException e) {
                    throw new IllegalStateException("DN.isValidDN accepted " + value, e);
                }
            }
            out.add(user == null ? value : AccountReference.REF + user.ref().id());
        }
        return out;
    }

    private Member member(String value, Map<DN, User> users) {
        DN dn;
        try {
            dn = new DN(value);
        } catch (LDAPException e) {
            throw LdapFailures.terminal(settings.name(), OPERATION, "member " + value,
                    "not a DN");
        }
        User user = users.get(dn);
        if (user != null) {
            return Member.account(user.ref(), value, user.correlationId());
        }
        if (!dn.isDescendantOf(settings.baseDn(), false)) {
            return new Member(Member.Kind.OUT_OF_REACH, null, value, "");
        }
        SearchResultEntry entry;
        try {
            entry = ldap.getEntry(value, "objectClass", "objectGUID");
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), OPERATION, "member " + value, e);
        }
        byte[] guid = entry == null ? null : entry.getAttributeValueBytes("objectGUID");
        if (guid == null || guid.length != 16) {
            return new Member(Member.Kind.OUT_OF_REACH, null, value, "");
        }
        boolean group = entry.hasAttributeValue("objectClass", "group");
        return new Member(group ? Member.Kind.GROUP : Member.Kind.ACCOUNT, Guids.ref(guid), value,
                "");
    }

    private static DN parsedDn(SearchResultEntry entry) {
        try {
            return entry.getParsedDN();
        } catch (LDAPException e) {
            throw new IllegalStateException("the directory returned an entry whose DN is not one: "
                    + entry.getDN(), e);
        }
    }
}

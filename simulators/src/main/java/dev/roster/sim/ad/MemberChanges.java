package dev.roster.sim.ad;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code member} changes of one modify into a single replace of the whole value list,
 * answering as AD does: 68 when an added account is a member already, 53 when a removed one is
 * not, and nothing changed in either case.
 *
 * <p>Why: the in-memory server compares each added or removed value with every value the group
 * holds, parsing both DNs each time, so adding k members to a group of n costs k × n DN parses,
 * and filling a group of 2,000 members costs millions. AD keeps linked values indexed; here the
 * current members are parsed once into a set and each change is a look-up, so one modify costs n,
 * whatever k is. The caller must hold the directory's write lock from reading the members until
 * the modify is done, so that no other write changes them in between.
 */
final class MemberChanges {
    static final String MEMBER = "member";

    private MemberChanges() {
    }

    /**
     * @return whether {@link #rewrite} takes these changes: they change member values, and only
     *         by add (with values), delete or replace of the plain attribute; anything else
     *         (increment, an option such as {@code member;binary}, an add without values) is left to
     *         the server
     */
    static boolean rewrites(List<Modification> modifications) {
        boolean touches = false;
        for (Modification m : modifications) {
            String name = m.getAttributeName();
            if (name.regionMatches(true, 0, MEMBER, 0, MEMBER.length())
                    && (name.length() == MEMBER.length() || name.charAt(MEMBER.length()) == ';')) {
                ModificationType type = m.getModificationType();
                if (name.length() != MEMBER.length() || type == ModificationType.INCREMENT
                        || type == ModificationType.ADD && m.getValues().length == 0) {
                    return false;
                }
                touches = true;
            }
        }
        return touches;
    }

    /**
     * @param modifications a modify's changes, which {@link #rewrites}
     * @param current       the entry's member values now, or null when it has none
     * @return {@code modifications} with its member changes replaced by one replace of all values
     * @throws LDAPException 68 for an added account already a member, 53 for a removed account
     *                       that is none, 21 for a value that is no DN
     */
    static List<Modification> rewrite(List<Modification> modifications, Attribute current)
            throws LDAPException {
        Map<String, String> members = new LinkedHashMap<>();
        if (current != null) {
            for (String value : current.getValues()) {
                members.putIfAbsent(normalized(value), value);
            }
        }
        List<Modification> rewritten = new ArrayList<>(modifications.size());
        int at = -1;
        for (Modification m : modifications) {
            if (!m.getAttributeName().equalsIgnoreCase(MEMBER)) {
                rewritten.add(m);
                continue;
            }
            if (at < 0) {
                at = rewritten.size();
            }
            apply(m, members);
        }
        rewritten.add(at, new Modification(ModificationType.REPLACE, MEMBER,
                members.values().toArray(String[]::new)));
        return rewritten;
    }

    private static void apply(Modification m, Map<String, String> members) throws LDAPException {
        String[] values = m.getValues();
        ModificationType type = m.getModificationType();
        if (type == ModificationType.REPLACE) {
            members.clear();
        }
        if (type == ModificationType.DELETE && values.length == 0) {
            members.clear();
            return;
        }
        for (String value : values) {
            String key = normalized(value);
            if (type == ModificationType.DELETE) {
                if (members.remove(key) == null) {
                    throw new LDAPException(ResultCode.UNWILLING_TO_PERFORM,
                            "00000561: " + value + " is not a member of the group (ERROR_MEMBER_NOT_IN_GROUP)");
                }
            } else if (members.putIfAbsent(key, value) != null && type == ModificationType.ADD) {
                throw new LDAPException(ResultCode.ENTRY_ALREADY_EXISTS,
                        "00000562: " + value + " is already a member of the group (ERROR_MEMBER_IN_GROUP)");
            }
        }
    }

    private static String normalized(String value) throws LDAPException {
        try {
            return new DN(value).toNormalizedString();
        } catch (LDAPException e) {
            throw new LDAPException(ResultCode.INVALID_ATTRIBUTE_SYNTAX,
                    "member value '" + value + "' is not a DN: " + e.getMessage());
        }
    }
}

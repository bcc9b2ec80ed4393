package dev.roster.target.ad;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads every value of a multi-valued attribute with AD's range retrieval: AD returns at most
 * MaxValRange (1500) values, as {@code member;range=0-1499}; the rest comes by asking for
 * {@code member;range=1500-*} and so on until a range ends in {@code *}. Works unchanged
 * against servers that return all values at once.
 */
final class RangedValues {
    private RangedValues() {
    }

    /**
     * @return all values, in the server's order; empty when the entry has none
     * @throws LDAPException when a read fails or the entry does not exist (noSuchObject)
     */
    static List<String> read(LDAPInterface ldap, String dn, String attribute)
            throws LDAPException {
        List<String> values = new ArrayList<>();
        String requested = attribute;
        while (true) {
            SearchResultEntry entry = ldap.getEntry(dn, requested);
            if (entry == null) {
                throw new LDAPException(ResultCode.NO_SUCH_OBJECT, "no entry " + dn);
            }
            Attribute plain = entry.getAttribute(attribute);
            if (plain != null) {
                values.addAll(List.of(plain.getValues()));
                return values;
            }
            Attribute ranged = rangedOf(entry, attribute);
            if (ranged == null) {
                return values;
            }
            values.addAll(List.of(ranged.getValues()));
            String name = ranged.getName();
            String end = name.substring(name.lastIndexOf('-') + 1);
            if (end.equals("*")) {
                return values;
            }
            requested = attribute + ";range=" + (Integer.parseInt(end) + 1) + "-*";
        }
    }

    private static Attribute rangedOf(SearchResultEntry entry, String attribute) {
        String prefix = (attribute + ";range=").toLowerCase(Locale.ROOT);
        for (Attribute a : entry.getAttributes()) {
            if (a.getName().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return a;
            }
        }
        return null;
    }
}

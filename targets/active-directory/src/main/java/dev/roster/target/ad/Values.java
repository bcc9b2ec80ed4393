package dev.roster.target.ad;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import dev.roster.model.TargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Attribute values on their way into AD: checks and LDAP forms. Pure. */
final class Values {
    static final String UNICODE_PWD = "unicodePwd";
    static final String MANAGER = "manager";

    private Values() {
    }

    /** @return the non-null, non-empty values, in order, as a new mutable map */
    static Map<String, String> nonEmpty(Map<String, String> attributes) {
        Map<String, String> result = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                result.put(name, value);
            }
        });
        return result;
    }

    /** @return whether {@code name} is a password attribute, which is never read back or logged */
    static boolean isPassword(String name) {
        return name.equalsIgnoreCase(UNICODE_PWD) || name.equalsIgnoreCase("userPassword");
    }

    /**
     * Refuses what AD would refuse or Roster must not send: a password over an unencrypted
     * connection, a manager that is not a DN (the manager's account must be resolved to its DN
     * before; an id is not a DN).
     *
     * @throws TargetException (terminal) naming the attribute
     */
    static void check(Map<String, String> values, AdSettings settings, String operation,
            String subject) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            String name = value.getKey();
            if (isPassword(name) && !settings.secure()) {
                throw LdapFailures.terminal(settings.name(), operation, subject,
                        "refusing to send " + name + " over unencrypted " + settings.url()
                                + "; use ldaps:// or startTls");
            }
            if (name.equalsIgnoreCase("userPassword")) {
                throw LdapFailures.terminal(settings.name(), operation, subject,
                        "AD takes passwords as unicodePwd, not userPassword");
            }
            if (name.equalsIgnoreCase(MANAGER) && value.getValue() != null
                    && !value.getValue().isEmpty() && !DN.isValidDN(value.getValue())) {
                throw LdapFailures.terminal(settings.name(), operation, subject,
                        "manager must be the DN of the manager's account, not '"
                                + value.getValue() + "'");
            }
        }
    }

    /** @return the LDAP attribute for one value: unicodePwd quoted and UTF-16LE encoded */
    static Attribute attribute(String name, String value) {
        if (name.equalsIgnoreCase(UNICODE_PWD)) {
            return new Attribute(UNICODE_PWD, Passwords.unicodePwd(value));
        }
        return new Attribute(name, value);
    }

    /** @return a user entry at {@code dn} with these values and the extra attributes */
    static Entry entry(DN dn, Map<String, String> values, List<Attribute> extra) {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("objectClass", "top", "person", "organizationalPerson",
                "user"));
        values.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("objectClass")) {
                attributes.add(attribute(name, value));
            }
        });
        attributes.addAll(extra);
        return new Entry(dn, attributes);
    }
}

package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.model.AccountRef;
import dev.roster.model.ConfigException;
import dev.roster.model.TargetException;
import java.util.Map;

/**
 * Where accounts live: the OU a value of {@link dev.roster.model.Target#OU} names (usersOu when it
 * names none), whether an account is parked in disabledOu, and moves that keep the account's cn
 * (one modify DN with a new superior). Thread-safe when the {@link LDAPInterface} is.
 */
final class Ous {
    private final AdSettings settings;
    private final LDAPInterface ldap;

    Ous(AdSettings settings, LDAPInterface ldap) {
        this.settings = settings;
        this.ldap = ldap;
    }

    /**
     * @param value a DN, or null or blank for usersOu
     * @return the OU the value names
     * @throws TargetException (terminal) when it is not a DN or not below baseDn
     */
    DN home(String value, String operation, String subject) {
        if (value == null || value.isBlank()) {
            return settings.usersOu();
        }
        DN dn;
        try {
            dn = new DN(value.strip());
        } catch (LDAPException e) {
            throw LdapFailures.terminal(settings.name(), operation, subject, "the OU '" + value
                    + "' is not a DN: " + e.getMessage());
        }
        if (!dn.isDescendantOf(settings.baseDn(), false)) {
            throw LdapFailures.terminal(settings.name(), operation, subject, "the OU " + dn
                    + " is not below baseDn " + settings.baseDn()
                    + ", so the account would escape correlation");
        }
        return dn;
    }

    /** @return whether the entry is in disabledOu, where disabled accounts are parked */
    boolean parked(DN entry) {
        return settings.disabledOu() != null && settings.disabledOu().equals(entry.getParent());
    }

    /**
     * Renames and moves the entry in one modify DN. Moving to another OU where the cn is taken
     * appends the first 8 digits of the account's reference to the cn; a rename in place whose
     * cn is taken fails.
     *
     * @param rdn    the entry's new RDN, or its current one to keep the name
     * @param parent the new OU, or the current one to stay
     * @return the entry's DN afterwards
     */
    DN move(AccountRef ref, DN entry, RDN rdn, DN parent) throws LDAPException {
        boolean moving = !parent.equals(entry.getParent());
        if (!moving && rdn.equals(entry.getRDN()) && rdn.toString().equals(entry.getRDN().toString())) {
            return entry;
        }
        try {
            ldap.modifyDN(entry.toString(), rdn.toString(), true, moving ? parent.toString() : null);
            return new DN(rdn, parent);
        } catch (LDAPException e) {
            if (!moving || e.getResultCode() != ResultCode.ENTRY_ALREADY_EXISTS) {
                throw e;
            }
        }
        String suffix = " (" + ref.id().substring(0, 8) + ")";
        String base = rdn.getAttributeValues()[0];
        RDN unique = new RDN(UniqueNames.CN, base.substring(0, Math.min(base.length(),
                UniqueNames.CN_MAX - suffix.length())) + suffix);
        ldap.modifyDN(entry.toString(), unique.toString(), true, parent.toString());
        return new DN(unique, parent);
    }

    /**
     * Checks that every OU of {@code ou.table} exists, as the target opens.
     *
     * @throws ConfigException naming the table entry of an OU that does not exist
     * @throws TargetException when the directory cannot be read
     */
    void requireTable() {
        for (Map.Entry<String, DN> ou : settings.ous().entrySet()) {
            SearchResultEntry entry;
            try {
                entry = ldap.getEntry(ou.getValue().toString(), "1.1");
            } catch (LDAPException e) {
                if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                    throw LdapFailures.of(settings.name(), "check", ou.getKey() + " (" + ou.getValue() + ")", e);
                }
                entry = null;
            }
            if (entry == null) {
                throw new ConfigException(ou.getKey() + ": " + ou.getValue()
                        + " does not exist in the directory; create the OU or correct the table");
            }
        }
    }
}

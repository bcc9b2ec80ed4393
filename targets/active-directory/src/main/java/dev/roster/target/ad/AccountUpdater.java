package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.model.AccountRef;
import dev.roster.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Updates accounts as deltas: reads the current values of the attributes to change and sends
 * only those that differ, so what Roster does not manage and what already has the value stay
 * untouched. A changed cn renames the entry; a changed {@link Target#OU} moves it there keeping
 * its cn (usersOu when empty), except out of disabledOu, where a disabled account stays until
 * it is enabled; both are one modify DN. A null or empty value removes
 * the attribute; sAMAccountName follows {@link NameRules} and its 20 characters; unicodePwd is
 * always sent (it cannot be read), over an encrypted connection only. Thread-safe when the
 * {@link LDAPInterface} is.
 */
final class AccountUpdater {
    private static final String OPERATION = "update account";

    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final Accounts accounts;
    private final Ous ous;

    AccountUpdater(AdSettings settings, LDAPInterface ldap, Accounts accounts, Ous ous) {
        this.settings = settings;
        this.ldap = ldap;
        this.accounts = accounts;
        this.ous = ous;
    }

    void update(AccountRef ref, Map<String, String> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Values.check(changes, settings, OPERATION, ref.id());
        SearchResultEntry entry = accounts.require(ref, OPERATION, changes.keySet().stream()
                .filter(name -> !name.equals(Target.OU)).toArray(String[]::new));
        String dn = entry.getDN();
        List<Modification> modifications = new ArrayList<>();
        String newCn = null;
        DN home = null;
        for (Map.Entry<String, String> change : changes.entrySet()) {
            String name = change.getKey();
            String value = change.getValue() == null || change.getValue().isEmpty() ? null
                    : change.getValue();
            if (name.equals(Target.OU)) {
                home = ous.home(value, OPERATION, ref.id());
                continue;
            }
            if (name.equalsIgnoreCase(UniqueNames.CN)) {
                if (value == null) {
                    throw LdapFailures.terminal(settings.name(), OPERATION, ref.id(),
                            "cn names the entry and cannot be cleared");
                }
                newCn = value;
                continue;
            }
            if (name.equalsIgnoreCase(UniqueNames.SAM) && value != null) {
                value = UniqueNames.forAttempt(Map.of(UniqueNames.SAM, NameRules
                        .samAccountName(value).orElseThrow(() -> LdapFailures.terminal(
                                settings.name(), OPERATION, ref.id(), "sAMAccountName '"
                                        + change.getValue() + "' has no character AD allows"))),
                        1).get(UniqueNames.SAM);
            }
            if (Values.isPassword(name)) {
                modifications.add(new Modification(ModificationType.REPLACE, Values.UNICODE_PWD,
                        Passwords.unicodePwd(value == null ? "" : value)));
            } else if (value == null && entry.hasAttribute(name)) {
                modifications.add(new Modification(ModificationType.REPLACE, name));
            } else if (value != null && !same(entry, name, value)) {
                modifications.add(new Modification(ModificationType.REPLACE, name, value));
            }
        }
        try {
            if (newCn != null || home != null) {
                dn = moveOrRename(ref, Accounts.dn(entry), newCn, home).toString();
            }
            if (!modifications.isEmpty()) {
                ldap.modify(dn, modifications);
            }
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), OPERATION, ref.id() + " (" + dn + ")", e);
        }
    }

    private static boolean same(SearchResultEntry entry, String name, String value) {
        String[] current = entry.getAttributeValues(name);
        return current != null && current.length == 1 && current[0].equals(value);
    }

    /**
     * @param newCn the new cn, or null to keep it; the same cn (exactly, case included) keeps it
     * @param home  the OU the account belongs in, or null to leave it where it is
     * @return the entry's DN afterwards
     */
    private DN moveOrRename(AccountRef ref, DN entry, String newCn, DN home) throws LDAPException {
        RDN rdn = newCn == null || entry.getRDN().getAttributeValues()[0].equals(newCn)
                ? entry.getRDN() : new RDN(UniqueNames.CN, newCn);
        DN parent = home == null || ous.parked(entry) ? entry.getParent() : home;
        accounts.moving(ref);
        return ous.move(ref, entry, rdn, parent);
    }
}

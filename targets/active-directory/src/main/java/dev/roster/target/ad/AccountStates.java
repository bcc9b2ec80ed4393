package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.model.AccountRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Enables and disables accounts as an AD admin expects. Disable sets ACCOUNTDISABLE keeping the
 * other userAccountControl bits, stamps {@code description} with "Disabled by Roster on
 * <date>" (kept on repeats) and moves the account to disabledOu when configured. Enable clears
 * the bit, removes Roster's stamp (and only Roster's) and moves an account in disabledOu back to
 * usersOu. A cn already taken in the destination gets the account reference's first 8 digits
 * appended. Idempotent; thread-safe when the {@link LDAPInterface} is.
 */
final class AccountStates {
    static final String STAMP = "Disabled by Roster on ";
    private static final String DESCRIPTION = "description";

    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final Accounts accounts;
    private final Clock clock;

    AccountStates(AdSettings settings, LDAPInterface ldap, Accounts accounts, Clock clock) {
        this.settings = settings;
        this.ldap = ldap;
        this.accounts = accounts;
        this.clock = clock;
    }

    void enable(AccountRef ref) {
        change(ref, false, "enable account", "");
    }

    /** @param reason why, in words; kept after the date in the description (cut to AD's 1,024 characters) */
    void disable(AccountRef ref, String reason) {
        change(ref, true, "disable account", reason);
    }

    private void change(AccountRef ref, boolean disable, String operation, String reason) {
        SearchResultEntry entry = accounts.require(ref, operation, UserAccountControl.NAME,
                DESCRIPTION);
        String dn = entry.getDN();
        int flags = UserAccountControl.parse(entry.getAttributeValue(UserAccountControl.NAME),
                () -> LdapFailures.terminal(settings.name(), operation, ref.id(),
                        "userAccountControl of " + entry.getDN() + " is not a number"));
        int wanted = disable ? UserAccountControl.disabled(flags)
                : UserAccountControl.enabled(flags);
        List<Modification> modifications = new ArrayList<>();
        if (wanted != flags || !entry.hasAttribute(UserAccountControl.NAME)) {
            modifications.add(new Modification(ModificationType.REPLACE, UserAccountControl.NAME,
                    Integer.toString(wanted)));
        }
        String description = entry.getAttributeValue(DESCRIPTION);
        boolean stamped = description != null && description.startsWith(STAMP);
        if (disable && !stamped) {
            String stamp = STAMP + LocalDate.now(clock) + (reason.isBlank() ? "" : ": " + reason.strip());
            modifications.add(new Modification(ModificationType.REPLACE, DESCRIPTION,
                    stamp.length() <= 1024 ? stamp : stamp.substring(0, 1024)));
        } else if (!disable && stamped) {
            modifications.add(new Modification(ModificationType.DELETE, DESCRIPTION));
        }
        DN destination = destination(dn, disable);
        try {
            if (!modifications.isEmpty()) {
                ldap.modify(dn, modifications);
            }
            if (destination != null) {
                move(ref, dn, destination);
            }
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), operation, ref.id() + " (" + dn + ")", e);
        }
    }

    /** @return the OU to move the entry to, or null to leave it where it is */
    private DN destination(String dn, boolean disable) {
        DN disabledOu = settings.disabledOu();
        if (disabledOu == null) {
            return null;
        }
        DN parent;
        try {
            parent = new DN(dn).getParent();
        } catch (LDAPException e) {
            throw new IllegalStateException("the server returned the invalid DN " + dn, e);
        }
        if (disable) {
            return disabledOu.equals(parent) ? null : disabledOu;
        }
        return disabledOu.equals(parent) ? settings.usersOu() : null;
    }

    private void move(AccountRef ref, String dn, DN destination) throws LDAPException {
        RDN rdn = new DN(dn).getRDN();
        try {
            ldap.modifyDN(dn, rdn.toString(), true, destination.toString());
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.ENTRY_ALREADY_EXISTS) {
                throw e;
            }
            String suffix = " (" + ref.id().substring(0, 8) + ")";
            String base = rdn.getAttributeValues()[0];
            String cn = base.substring(0, Math.min(base.length(), UniqueNames.CN_MAX
                    - suffix.length())) + suffix;
            ldap.modifyDN(dn, new RDN(UniqueNames.CN, cn).toString(), true,
                    destination.toString());
        }
    }
}

package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
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
 * its home: the OU the mapping gives ({@link dev.roster.model.Target#OU}), usersOu without one.
 * A cn already taken in the destination gets the account reference's first 8 digits appended.
 * Idempotent; thread-safe when the {@link LDAPInterface} is.
 */
final class AccountStates {
    static final String STAMP = "Disabled by Roster on ";
    private static final String DESCRIPTION = "description";

    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final Accounts accounts;
    private final Clock clock;
    private final Ous ous;

    AccountStates(AdSettings settings, LDAPInterface ldap, Accounts accounts, Clock clock, Ous ous) {
        this.settings = settings;
        this.ldap = ldap;
        this.accounts = accounts;
        this.clock = clock;
        this.ous = ous;
    }

    /** @param home the DN of the account's OU as the mapping gives it; null or blank for usersOu */
    void enable(AccountRef ref, String home) {
        change(ref, false, "enable account", "", home);
    }

    /** @param reason why, in words; kept after the date in the description (cut to AD's 1,024 characters) */
    void disable(AccountRef ref, String reason) {
        change(ref, true, "disable account", reason, null);
    }

    private void change(AccountRef ref, boolean disable, String operation, String reason, String home) {
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
        DN entryDn = Accounts.dn(entry);
        DN destination = destination(entryDn, disable, disable ? null
                : ous.home(home, operation, ref.id()));
        try {
            if (!modifications.isEmpty()) {
                ldap.modify(dn, modifications);
            }
            if (destination != null) {
                accounts.moving(ref);
                ous.move(ref, entryDn, entryDn.getRDN(), destination);
            }
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), operation, ref.id() + " (" + dn + ")", e);
        }
    }

    /** @return the OU to move the entry to, or null to leave it where it is */
    private DN destination(DN entry, boolean disable, DN home) {
        DN disabledOu = settings.disabledOu();
        if (disabledOu == null) {
            return null;
        }
        if (disable) {
            return ous.parked(entry) ? null : disabledOu;
        }
        return ous.parked(entry) && !home.equals(disabledOu) ? home : null;
    }
}

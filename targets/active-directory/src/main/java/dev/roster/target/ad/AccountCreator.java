package dev.roster.target.ad;

import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.controls.PostReadRequestControl;
import com.unboundid.ldap.sdk.controls.PostReadResponseControl;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.model.AccountRef;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates accounts: correlates first through the {@link CorrelationIndex}, then adds the entry
 * in its OU ({@link Target#OU}; usersOu when it names none) with the first iteration of the names
 * that is free in the domain ({@link NameCheck}), in one add: disabled, or enabled when the
 * lifecycle already wants it so, with an initial password when the policy asks for one.
 * Thread-safe when the {@link LDAPInterface} is.
 */
final class AccountCreator {
    private static final Logger LOG = LoggerFactory.getLogger(AccountCreator.class);
    private static final int MAX_ATTEMPTS = 99;
    private static final String OPERATION = "create account for";
    private volatile Boolean postRead;

    private final AdSettings settings;
    private final LDAPInterface ldap;
    private final Accounts accounts;
    private final CorrelationIndex index;
    private final NameCheck names;
    private final Ous ous;
    private final Supplier<String> passwords;

    AccountCreator(AdSettings settings, LDAPInterface ldap, Accounts accounts,
            CorrelationIndex index, Ous ous, Supplier<String> passwords) {
        this.settings = settings;
        this.ldap = ldap;
        this.accounts = accounts;
        this.index = index;
        this.names = new NameCheck(settings, ldap, java.time.Clock.systemUTC());
        this.ous = ous;
        this.passwords = passwords;
    }

    Created create(NewAccount account) {
        String person = "person " + account.personId();
        String correlationId = account.correlationId().strip();
        if (correlationId.isEmpty()) {
            throw fail(person, "empty correlation id; without it the account could be duplicated");
        }
        Map<String, String> values = Values.nonEmpty(account.attributes());
        String ou = values.remove(Target.OU);
        DN home = ous.home(ou, OPERATION, person);
        String given = values.get(settings.correlationAttribute());
        if (given != null && !given.equals(correlationId)) {
            throw fail(person, settings.correlationAttribute() + " '" + given
                    + "' differs from the correlation id '" + correlationId + "'");
        }
        values.put(settings.correlationAttribute(), correlationId);
        Values.check(values, settings, OPERATION, person);
        List<SearchResultEntry> matches = correlate(person, correlationId, account);
        if (matches.size() > 1) {
            throw fail(person, matches.size() + " accounts have " + settings.correlationAttribute()
                    + "=" + correlationId + ": " + matches.stream().map(SearchResultEntry::getDN)
                            .collect(Collectors.joining("; ")));
        }
        if (matches.size() == 1) {
            SearchResultEntry found = matches.get(0);
            Map<String, String> current = new LinkedHashMap<>();
            for (String name : account.attributes().keySet()) {
                String value = found.getAttributeValue(name);
                if (value != null && !Values.isPassword(name) && !name.equals(Target.OU)) {
                    current.put(name, value);
                }
            }
            if (account.attributes().containsKey(Target.OU)) {
                DN where = Accounts.dn(found).getParent();
                current.put(Target.OU, where.equals(home) && ou != null ? ou : where.toString());
            }
            LOG.debug("{}: correlated {} with {}", settings.name(), person, found.getDN());
            return new Created(Guids.ref(found.getAttributeValueBytes("objectGUID")), true,
                    current);
        }
        return add(person, account, values, home);
    }

    /** @return the accounts that carry the id now, each re-read by objectGUID */
    private List<SearchResultEntry> correlate(String person, String id, NewAccount account) {
        List<CorrelationIndex.Candidate> candidates;
        try {
            candidates = index.lookup(id);
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), "correlate", person, e);
        }
        List<String> wanted = new ArrayList<>(account.attributes().keySet());
        wanted.remove(Target.OU);
        wanted.add(settings.correlationAttribute());
        wanted.add("objectGUID");
        List<SearchResultEntry> matches = new ArrayList<>();
        for (CorrelationIndex.Candidate candidate : candidates) {
            Optional<SearchResultEntry> now = accounts.find(candidate.ref(), "correlate "
                    + person + " with", wanted.toArray(String[]::new));
            String value = now.map(e -> e.getAttributeValue(settings.correlationAttribute()))
                    .orElse(null);
            if (value != null && value.strip().equalsIgnoreCase(id)) {
                matches.add(now.get());
            } else {
                index.forget(candidate.ref());
            }
        }
        return matches;
    }

    /**
     * The names each create would give now (see {@link dev.roster.model.Target.Names}): none for an
     * account that correlates with an existing one or whose names are invalid (its create says why).
     */
    List<Map<String, String>> choose(List<NewAccount> accounts) {
        NameCheck.Chosen chosenBefore = new NameCheck.Chosen();
        List<Map<String, String>> out = new ArrayList<>(accounts.size());
        for (NewAccount account : accounts) {
            Map<String, String> chosen = Map.of();
            try {
                String id = account.correlationId().strip();
                if (!id.isEmpty() && index.lookup(id).isEmpty()) {
                    Map<String, String> free = names.firstFree(namesOf(account), chosenBefore, MAX_ATTEMPTS);
                    if (free != null) {
                        Map<String, String> given = new LinkedHashMap<>();
                        for (String name : List.of(UniqueNames.CN, UniqueNames.SAM, UniqueNames.UPN, UniqueNames.MAIL)) {
                            if (account.attributes().containsKey(name) && free.get(name) != null) {
                                given.put(name, free.get(name));
                            }
                        }
                        chosen = given;
                    }
                }
            } catch (LDAPException | TargetException e) {
                LOG.debug("{}: names of person {} left to the create: {}", settings.name(), account.personId(),
                        e.getMessage());
            }
            out.add(chosen);
        }
        return out;
    }

    /**
     * Holds each account's names (as its create first tries them) for its create; an account whose
     * names are invalid holds none (its create says why).
     */
    void hold(List<NewAccount> accounts) {
        Map<String, String> held = new java.util.HashMap<>();
        for (NewAccount account : accounts) {
            try {
                NameCheck.keys(namesOf(account)).forEach(key -> held.putIfAbsent(key, account.personId()));
            } catch (TargetException e) {
                LOG.debug("{}: names of person {} not held: {}", settings.name(), account.personId(), e.getMessage());
            }
        }
        names.hold(held);
    }

    /** The account's attributes but its OU, {@link #named named} as its create first tries them. */
    private Map<String, String> namesOf(NewAccount account) {
        Map<String, String> values = Values.nonEmpty(account.attributes());
        values.remove(Target.OU);
        return named(values);
    }

    /** sAMAccountName cleaned to what AD allows, and cn defaulted from displayName or it. */
    private Map<String, String> named(Map<String, String> values) {
        if (values.containsKey(UniqueNames.SAM)) {
            values.put(UniqueNames.SAM, NameRules.samAccountName(values.get(UniqueNames.SAM))
                    .orElseThrow(() -> fail("", "sAMAccountName '" + values.get(UniqueNames.SAM)
                            + "' has no character AD allows")));
        }
        values.putIfAbsent(UniqueNames.CN, values.getOrDefault("displayName", values.get(UniqueNames.SAM)));
        return values;
    }

    private Created add(String person, NewAccount account, Map<String, String> values, DN home) {
        if (values.containsKey(UniqueNames.SAM)) {
            values.put(UniqueNames.SAM, NameRules.samAccountName(values.get(UniqueNames.SAM))
                    .orElseThrow(() -> fail(person, "sAMAccountName '" + values.get(
                            UniqueNames.SAM) + "' has no character AD allows")));
        }
        values.putIfAbsent(UniqueNames.CN, values.getOrDefault("displayName",
                values.get(UniqueNames.SAM)));
        if (values.get(UniqueNames.CN) == null) {
            throw fail(person, "no cn, displayName or sAMAccountName to name the entry");
        }
        int flags = UserAccountControl.parse(values.remove(UserAccountControl.NAME),
                () -> fail(person, "userAccountControl is not a number"));
        // One add, already enabled when the lifecycle says so: the password (when the policy sets
        // one) is part of the same add, so AD has it before the account is usable.
        values.put(UserAccountControl.NAME, Integer.toString(account.enabled()
                ? UserAccountControl.enabled(flags) : UserAccountControl.disabled(flags)));
        List<Attribute> secrets = initialPassword(person);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Map<String, String> attempted = UniqueNames.forAttempt(values, attempt);
            DN dn = new DN(new RDN(UniqueNames.CN, attempted.get(UniqueNames.CN)), home);
            LDAPResult added;
            try {
                String taken = names.taken(attempted, account.personId());
                if (taken != null) {
                    LOG.debug("{}: attempt {} for {}: {}", settings.name(), attempt, person, taken);
                    continue;
                }
                AddRequest add = new AddRequest(Values.entry(dn, attempted, secrets));
                if (postRead()) {
                    add.addControl(new PostReadRequestControl(true, "objectGUID"));
                }
                added = ldap.add(add);
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.ENTRY_ALREADY_EXISTS) {
                    names.claim(attempted, "an entry added since the names were read");
                    continue;
                }
                throw LdapFailures.of(settings.name(), OPERATION, person + " at " + dn, e);
            }
            names.claim(attempted, dn.toString());
            AccountRef ref = read(person, dn, added);
            accounts.created(ref, dn.toString());
            index.put(ref, dn.toString(), account.correlationId().strip());
            Map<String, String> written = new LinkedHashMap<>();
            account.attributes().keySet().stream().filter(attempted::containsKey)
                    .filter(name -> !Values.isPassword(name))
                    .forEach(name -> written.put(name, attempted.get(name)));
            if (account.attributes().get(Target.OU) != null) {
                written.put(Target.OU, account.attributes().get(Target.OU));
            }
            LOG.debug("{}: created {} for {}", settings.name(), dn, person);
            return new Created(ref, false, written);
        }
        throw fail(person, "cn, sAMAccountName, userPrincipalName or mail still taken after "
                + MAX_ATTEMPTS + " iterations of " + values.get(UniqueNames.CN));
    }

    /** @return unicodePwd (and pwdLastSet) for the add; none when the policy sets no password */
    private List<Attribute> initialPassword(String person) {
        if (!settings.password().initial()) {
            return List.of();
        }
        if (!settings.secure()) {
            throw fail(person, "refusing to send an initial password over unencrypted "
                    + settings.url() + "; use ldaps:// or startTls, or set "
                    + "password.initial: false");
        }
        List<Attribute> result = new ArrayList<>();
        result.add(new Attribute(Values.UNICODE_PWD, Passwords.unicodePwd(passwords.get())));
        if (settings.password().mustChange()) {
            result.add(new Attribute("pwdLastSet", "0"));
        }
        return result;
    }

    /**
     * Whether the directory returns an added entry's attributes with the add (RFC 4527 post-read;
     * AD does not, the embedded directory does), asked once: a search for the objectGUID less per
     * create where it does.
     */
    private boolean postRead() {
        Boolean known = postRead;
        if (known == null) {
            try {
                RootDSE root = ldap.getRootDSE();
                known = root != null && root.supportsControl(PostReadRequestControl.POST_READ_REQUEST_OID);
            } catch (LDAPException e) {
                known = false;
            }
            postRead = known;
        }
        return known;
    }

    /** The objectGUID of the entry just added: from the add's post-read response, else read back. */
    private AccountRef read(String person, DN dn, LDAPResult added) {
        try {
            byte[] guid = null;
            PostReadResponseControl post = added == null ? null : PostReadResponseControl.get(added);
            if (post != null && post.getEntry() != null) {
                guid = post.getEntry().getAttributeValueBytes("objectGUID");
            }
            if (guid == null) {
                SearchResultEntry entry = ldap.getEntry(dn.toString(), "objectGUID");
                guid = entry == null ? null : entry.getAttributeValueBytes("objectGUID");
            }
            if (guid == null || guid.length != 16) {
                throw fail(person, dn + " has no 16-byte objectGUID right after it was added");
            }
            return Guids.ref(guid);
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), "read back", dn.toString(), e);
        }
    }

    private TargetException fail(String person, String problem) {
        return LdapFailures.terminal(settings.name(), OPERATION, person, problem);
    }
}

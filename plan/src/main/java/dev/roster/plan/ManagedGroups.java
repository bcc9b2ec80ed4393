package dev.roster.plan;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.ForeignAccount;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Observation;
import dev.roster.model.Reason;
import dev.roster.policy.DesiredAccount;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The actions that keep a target's fully managed groups to exactly the members the rules give:
 * every account member no rule gives the group to is removed (a person's account, or an account
 * that belongs to no person Roster manages), and a membership Roster granted that was removed by
 * hand is granted again. Nested groups and members out of the target's reach are left alone. An
 * account the plan is about to link to a person (its correlation value is that of a create in the
 * same plan) is left alone until it is linked. Pure.
 */
final class ManagedGroups {

    /** The rule name of the reasons given here: the setting that causes them. */
    static final String RULE = "managedGroups";

    private ManagedGroups() {
    }

    /**
     * @param groups the fully managed groups, as the rules name them
     * @param seen   the target's observation, holding every one of {@code groups}
     * @param out    the target's actions so far; the ones found here are added
     * @throws IllegalArgumentException when the observation lacks one of the groups
     */
    static void plan(String target, Set<String> groups, Observation seen, SortedMap<String, DesiredAccount> want,
            Map<String, LedgerEntry> have, Map<AccountRef, String> personByAccount, List<Action> out) {
        Set<String> linking = new HashSet<>();
        out.forEach(a -> {
            if (a instanceof Action.Create c) {
                linking.add(key(c.correlationId()));
            }
        });
        for (String name : groups) {
            Observation.Group group = seen.groups().get(name);
            if (group == null) {
                throw new IllegalArgumentException("the observation of " + target + " lacks the fully managed group " + name);
            }
            Set<AccountRef> members = new HashSet<>();
            for (Observation.Member m : group.accounts()) {
                members.add(m.account());
                String person = personByAccount.get(m.account());
                if (person == null) {
                    if (!linking.contains(key(m.correlationId()))) {
                        out.add(new Action.Revoke(target, new ForeignAccount(m.account(), m.name()), name, new Reason(RULE,
                                "group " + name + " is fully managed; no rule gives it to " + m.name()
                                        + ", which belongs to no person Roster manages")));
                    }
                } else if (!given(group, want.get(person)) && !granted(group, have.get(person))) {
                    out.add(new Action.Revoke(target, person, name, new Reason(RULE,
                            "group " + name + " is fully managed; no rule gives it to this person")));
                }
            }
            new TreeMap<>(have).forEach((person, entry) -> {
                DesiredAccount d = want.get(person);
                if (d == null || !d.exists() || members.contains(entry.account())) {
                    return;
                }
                d.permissions().forEach((permission, why) -> {
                    if (group.isNamed(permission) && entry.permissions().contains(permission)) {
                        out.add(new Action.Grant(target, person, permission, new Reason(why.rule(), why.because()
                                + "; group " + name + " is fully managed and this membership was removed by hand in "
                                + target + ", so it is granted again")));
                    }
                });
            });
        }
    }

    /** True when the person's rules give the group (under any of its names). */
    private static boolean given(Observation.Group group, DesiredAccount d) {
        return d != null && d.exists() && d.permissions().keySet().stream().anyMatch(group::isNamed);
    }

    /** True when the ledger has the group granted, so the ordinary revoke takes it away. */
    private static boolean granted(Observation.Group group, LedgerEntry entry) {
        return entry != null && entry.permissions().stream().anyMatch(group::isNamed);
    }

    private static String key(String correlationId) {
        return correlationId.strip().toLowerCase(Locale.ROOT);
    }
}

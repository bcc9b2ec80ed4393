package dev.roster.plan;

import dev.roster.model.AccountRef;
import dev.roster.model.AccountReference;
import dev.roster.model.Action;
import dev.roster.model.Change;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Observation;
import dev.roster.model.Plan;
import dev.roster.model.Reason;
import dev.roster.model.Target;
import dev.roster.policy.AccountState;
import dev.roster.policy.DesiredAccount;
import dev.roster.policy.DesiredState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the desired state with the ledger and returns the plan that closes the gap. A pure
 * function: the same inputs give the same plan, action for action.
 *
 * <p>Order: creates, updates, enables, grants, revokes, disables, deletes; within each, by target,
 * person and permission. An account the policy wants disabled is created disabled when it does not
 * exist yet (pre-hire), but not when the person's contracts have already ended; one it wants deleted
 * loses its permissions, is disabled and deleted. A person
 * Roster has an account for but no rule covers any more loses the permissions Roster granted and the
 * account is disabled, never deleted: deleting needs a lifecycle date.
 *
 * <p>For a target with a {@link Watch}, the plan also compares with the target's {@link Observation}:
 * an attribute with drift correction whose value in the target differs from the rules' is set back
 * (before: the target's value), and the fully managed groups are kept to exactly what the rules give
 * (see {@link ManagedGroups}).
 */
public final class Planner {

    static final String PRECEDENCE = "no rule";

    private static final String HR_CHANGED = "the person's data changed in HR";

    private final Map<String, Capabilities> capabilities;
    private final Map<String, Watch> watches;

    /** A planner for targets that can do everything. */
    public Planner() {
        this(Map.of());
    }

    /** @param capabilities per target name; a target not named can do everything */
    public Planner(Map<String, Capabilities> capabilities) {
        this(capabilities, Map.of());
    }

    /**
     * @param capabilities per target name; a target not named can do everything
     * @param watches      per target name what is compared with the target itself; a target not
     *                     named is planned from the ledger alone
     */
    public Planner(Map<String, Capabilities> capabilities, Map<String, Watch> watches) {
        this.capabilities = Map.copyOf(capabilities);
        this.watches = Map.copyOf(watches);
    }

    /**
     * For targets without a {@link Watch}.
     *
     * @param ledger   target name to (person id to ledger entry): what Roster did so far
     * @param revision the vault revision the desired state was computed from
     */
    public Plan plan(DesiredState desired, Map<String, Map<String, LedgerEntry>> ledger, long revision) {
        return plan(desired, ledger, revision, Map.of());
    }

    /**
     * @param ledger   target name to (person id to ledger entry): what Roster did so far
     * @param revision the vault revision the desired state was computed from
     * @param observed target name to what the target has now; required for every target whose
     *                 {@link Watch} is not empty
     * @throws IllegalArgumentException when a watched target has no observation
     */
    public Plan plan(DesiredState desired, Map<String, Map<String, LedgerEntry>> ledger, long revision,
            Map<String, Observation> observed) {
        List<Action> actions = new ArrayList<>();
        TreeSet<String> targets = new TreeSet<>(desired.accounts().keySet());
        targets.addAll(ledger.keySet());
        targets.addAll(watches.keySet());
        for (String target : targets) {
            Watch watch = watches.getOrDefault(target, Watch.NONE);
            Observation seen = observed.get(target);
            if (!watch.isEmpty() && seen == null) {
                throw new IllegalArgumentException("target " + target
                        + " has drift correction or fully managed groups, but was not observed");
            }
            SortedMap<String, DesiredAccount> want = desired.in(target);
            Map<String, LedgerEntry> have = ledger.getOrDefault(target, Map.of());
            TreeSet<String> persons = new TreeSet<>(want.keySet());
            persons.addAll(have.keySet());
            java.util.Set<String> accounts = new java.util.HashSet<>(have.keySet());
            want.forEach((person, account) -> {
                if (account.state() != AccountState.ENDED && account.state() != AccountState.DELETED) {
                    accounts.add(person);
                }
            });
            Map<AccountRef, String> personByAccount = new java.util.HashMap<>();
            have.forEach((person, entry) -> personByAccount.put(entry.account(), person));
            Drift drift = new Drift(target, watch.driftAttributes(), seen, personByAccount);
            List<Action> forTarget = new ArrayList<>();
            for (String person : persons) {
                diff(resolvable(want.get(person), accounts), have.get(person), target, person, drift, forTarget);
            }
            if (!watch.managedGroups().isEmpty()) {
                ManagedGroups.plan(target, watch.managedGroups(), seen, want, have, personByAccount, forTarget);
            }
            forTarget = managersFirst(forTarget);
            actions.addAll(capabilities.getOrDefault(target, Capabilities.ALL).apply(forTarget));
        }
        actions.sort(Comparator.comparingInt(Planner::phase));
        return new Plan(revision, desired.asOf(), actions);
    }

    private static void diff(DesiredAccount want, LedgerEntry have, String target, String person, Drift drift,
            List<Action> out) {
        if (want != null && want.state() == AccountState.DELETED) {
            if (have != null) {
                remove(have, target, person, want.reason(), out);
                out.add(new Action.Delete(target, person, want.reason()));
            }
        } else if (want != null && have == null) {
            if (want.state() == AccountState.ENDED) {
                return;
            }
            out.add(new Action.Create(target, person, want.correlationId(), want.attributes(),
                    want.enabled(), want.reason()));
            want.permissions().forEach((p, why) -> out.add(new Action.Grant(target, person, p, why)));
        } else if (want != null) {
            update(want, have, target, person, drift, out);
        } else {
            remove(have, target, person, new Reason(PRECEDENCE, "no rule gives this person an account any more"), out);
        }
    }

    /**
     * The update of an existing account: each maintained attribute whose ledger value differs from
     * the rules' (an HR change), and each with drift correction whose value in the target differs from
     * the rules' and from the ledger (changed by hand; before is the target's value).
     */
    private static void update(DesiredAccount want, LedgerEntry have, String target, String person, Drift drift,
            List<Action> out) {
        SortedMap<String, Change> changes = new TreeMap<>();
        java.util.SortedSet<String> drifted = new TreeSet<>();
        want.maintained().forEach((name, value) -> {
            String after = blankToNull(value);
            String before = have.attributes().get(name);
            java.util.Optional<String> seen = drift.actual(have.account(), name);
            String actual = seen.map(Planner::blankToNull).orElse(null);
            if (seen.isPresent() && !Objects.equals(actual, after) && !Objects.equals(actual, blankToNull(before))) {
                changes.put(name, new Change(actual, after));
                drifted.add(name);
            } else if (!Objects.equals(blankToNull(before), after)) {
                changes.put(name, new Change(before, after));
            }
        });
        if (!changes.isEmpty()) {
            String because = drifted.isEmpty() ? HR_CHANGED : drifted.size() == changes.size()
                    ? drift.because(drifted) : HR_CHANGED + "; " + drift.because(drifted);
            out.add(new Action.Update(target, person, changes, new Reason(want.reason().rule(), because)));
        }
        if (want.enabled() && !have.enabled()) {
            out.add(new Action.Enable(target, person, want.attributes().get(Target.OU), want.reason()));
        } else if (!want.enabled() && have.enabled()) {
            out.add(new Action.Disable(target, person, want.reason()));
        }
        want.permissions().forEach((p, why) -> {
            if (!have.permissions().contains(p)) {
                out.add(new Action.Grant(target, person, p, why));
            }
        });
        new TreeSet<>(have.permissions()).forEach(p -> {
            if (!want.permissions().containsKey(p)) {
                out.add(new Action.Revoke(target, person, p, new Reason(PRECEDENCE,
                        "no rule grants " + p + " to this person any more")));
            }
        });
    }

    /** Revokes what Roster granted and disables the account, for the given reason. */
    private static void remove(LedgerEntry have, String target, String person, Reason why, List<Action> out) {
        new TreeSet<>(have.permissions()).forEach(p -> out.add(new Action.Revoke(target, person, p, why)));
        if (have.enabled()) {
            out.add(new Action.Disable(target, person, why));
        }
    }

    /**
     * The desired account with every reference to a person who has (or gets in this plan) no
     * account in the target left out, so that such a value is neither written nor planned again
     * and again; it appears once that person has an account.
     */
    private static DesiredAccount resolvable(DesiredAccount want, java.util.Set<String> accounts) {
        if (want == null) {
            return null;
        }
        SortedMap<String, String> attributes = new TreeMap<>(want.attributes());
        boolean changed = attributes.entrySet().removeIf(e -> AccountReference.person(e.getValue())
                .map(p -> !accounts.contains(p)).orElse(false));
        return !changed ? want : new DesiredAccount(want.target(), want.personId(), want.correlationId(),
                want.state(), attributes, want.createOnly(), want.permissions(), want.reason());
    }

    /** Creates ordered so that an account comes before every create whose attributes point at it. */
    private static List<Action> managersFirst(List<Action> actions) {
        Map<String, Action.Create> creates = new java.util.HashMap<>();
        actions.forEach(a -> {
            if (a instanceof Action.Create c) {
                creates.put(c.personId(), c);
            }
        });
        Map<String, Integer> depth = new java.util.HashMap<>();
        List<Action> sorted = new ArrayList<>(actions);
        sorted.sort(Comparator.comparingInt((Action a) -> a instanceof Action.Create c
                ? depth(c, creates, depth, new java.util.HashSet<>()) : 0));
        return sorted;
    }

    private static int depth(Action.Create c, Map<String, Action.Create> creates, Map<String, Integer> depth,
            java.util.Set<String> seen) {
        Integer known = depth.get(c.personId());
        if (known != null) {
            return known;
        }
        int d = 0;
        if (seen.add(c.personId())) {
            for (String value : c.attributes().values()) {
                String other = AccountReference.person(value).orElse(null);
                if (other != null && !other.equals(c.personId()) && creates.containsKey(other)) {
                    d = Math.max(d, 1 + depth(creates.get(other), creates, depth, seen));
                }
            }
        }
        depth.put(c.personId(), d);
        return d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static int phase(Action a) {
        if (a instanceof Action.Create) {
            return 0;
        } else if (a instanceof Action.Update) {
            return 1;
        } else if (a instanceof Action.Enable) {
            return 2;
        } else if (a instanceof Action.Grant) {
            return 3;
        } else if (a instanceof Action.Revoke) {
            return 4;
        } else if (a instanceof Action.Disable) {
            return 5;
        }
        return 6;
    }
}

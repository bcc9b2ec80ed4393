package dev.roster.apply;

import dev.roster.model.AccountRef;
import dev.roster.model.AccountReference;
import dev.roster.model.Action;
import dev.roster.model.Created;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import dev.roster.model.NewAccount;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a plan exactly as it is, action by action, and records every action that took effect in
 * the ledger before the next one starts, so a crash loses at most the action in flight. A failed
 * action is reported and the executor goes on; the person's later actions in that target are
 * skipped when they need the account that failed to be created. Retryable target failures are
 * tried again a few times with backoff. Never re-decides anything: deciding is the planner's.
 */
public final class Executor {

    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);

    private final Map<String, Target> targets;
    private final Ledger ledger;
    private final Retry retry;

    /** @param targets the open targets by name */
    public Executor(Map<String, Target> targets, Ledger ledger, Retry retry) {
        this.targets = Map.copyOf(targets);
        this.ledger = ledger;
        this.retry = retry;
    }

    public ApplyReport apply(Plan plan, Progress progress) {
        long started = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>(plan.actions().size());
        Set<String> failedCreates = new HashSet<>();
        progress.start("apply", plan.actions().size());
        for (Action action : plan.actions()) {
            String key = action.target() + '\u0000' + action.personId();
            Outcome outcome;
            if (failedCreates.contains(key)) {
                outcome = new Outcome(action, Outcome.Status.SKIPPED, "the account could not be created");
            } else {
                outcome = applyOne(action);
                if (!outcome.ok() && action instanceof Action.Create) {
                    failedCreates.add(key);
                }
            }
            if (!outcome.ok()) {
                LOG.warn("{} {}: {}", outcome.status(), action.summary(), outcome.message());
            }
            outcomes.add(outcome);
            progress.advance(1);
        }
        progress.finish();
        return new ApplyReport(outcomes, Duration.ofNanos(System.nanoTime() - started));
    }

    private Outcome applyOne(Action action) {
        Target target = targets.get(action.target());
        if (target == null) {
            return new Outcome(action, Outcome.Status.FAILED, "no target named " + action.target() + " is configured");
        }
        try {
            if (action instanceof Action.Create create) {
                Map<String, String> sent = resolve(create.target(), create.attributes());
                Created created = retry.call(action, () -> ops(target, Target.Creates.class, action).create(
                        new NewAccount(create.personId(), create.correlationId(), sent, create.enabled())));
                java.util.TreeMap<String, String> written = new java.util.TreeMap<>(created.attributes());
                create.attributes().forEach((name, value) -> {
                    if (AccountReference.person(value).isPresent()) {
                        if (sent.containsKey(name)) {
                            written.put(name, value);
                        } else {
                            written.remove(name);
                        }
                    }
                });
                ledger.record(new Action.Create(create.target(), create.personId(), create.correlationId(),
                        written, create.enabled(), create.reason()), created.account());
                return new Outcome(action, created.correlated() ? Outcome.Status.CORRELATED : Outcome.Status.APPLIED,
                        created.correlated() ? "linked the existing account " + created.account() : "");
            }
            if (action instanceof Action.Revoke revoke && revoke.foreign()) {
                // an account of no person Roster manages: named by the action, nothing to record
                retry.run(action, () -> perform(target, action, revoke.account().ref()));
                return new Outcome(action, Outcome.Status.APPLIED, "");
            }
            Optional<LedgerEntry> entry = ledger.find(action.target(), action.personId());
            if (entry.isEmpty()) {
                return new Outcome(action, Outcome.Status.SKIPPED, "Roster has no account of this person in "
                        + action.target());
            }
            AccountRef ref = entry.get().account();
            Action sendable = action instanceof Action.Update u ? resolvable(u) : action;
            retry.run(action, () -> perform(target, sendable, ref));
            ledger.record(sendable, ref);
            return new Outcome(action, Outcome.Status.APPLIED, "");
        } catch (TargetException e) {
            return new Outcome(action, Outcome.Status.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure of {}", action.summary(), e);
            return new Outcome(action, Outcome.Status.FAILED, e.toString());
        }
    }

    private void perform(Target target, Action action, AccountRef ref) {
        if (action instanceof Action.Update u) {
            Map<String, String> changes = new java.util.HashMap<>();
            u.changes().forEach((name, change) -> changes.put(name, change.after()));
            if (!changes.isEmpty()) {
                ops(target, Target.Updates.class, action).update(ref, resolveNullable(u.target(), changes));
            }
        } else if (action instanceof Action.Enable e) {
            ops(target, Target.Enables.class, action).enable(ref, e.ou());
        } else if (action instanceof Action.Disable d) {
            ops(target, Target.Enables.class, action).disable(ref, d.reason().toString());
        } else if (action instanceof Action.Delete) {
            ops(target, Target.Deletes.class, action).delete(ref);
        } else if (action instanceof Action.Grant g) {
            ops(target, Target.Grants.class, action).grant(ref, g.permission());
        } else if (action instanceof Action.Revoke r) {
            ops(target, Target.Grants.class, action).revoke(ref, r.permission());
        }
    }

    /**
     * The attributes with every reference to a person ({@code person:ID}) turned into that person's
     * account in the target ({@code ref:ACCOUNT}); a reference to a person without an account there
     * is left out: it is planned again once the account exists.
     */
    private Map<String, String> resolve(String target, Map<String, String> attributes) {
        Map<String, String> out = new java.util.TreeMap<>();
        attributes.forEach((name, value) -> {
            String person = AccountReference.person(value).orElse(null);
            if (person == null) {
                out.put(name, value);
            } else {
                ledger.find(target, person).ifPresent(e -> out.put(name, AccountReference.REF + e.account().id()));
            }
        });
        return out;
    }

    private Map<String, String> resolveNullable(String target, Map<String, String> changes) {
        Map<String, String> out = new java.util.HashMap<>();
        changes.forEach((name, value) -> {
            if (value == null) {
                out.put(name, null);
            } else {
                out.putAll(resolve(target, Map.of(name, value)));
            }
        });
        return out;
    }

    /** The update without the changes whose reference cannot be resolved yet. */
    private Action.Update resolvable(Action.Update u) {
        java.util.SortedMap<String, dev.roster.model.Change> changes = new java.util.TreeMap<>(u.changes());
        changes.entrySet().removeIf(e -> AccountReference.person(e.getValue().after())
                .map(p -> ledger.find(u.target(), p).isEmpty()).orElse(false));
        return changes.size() == u.changes().size() ? u : new Action.Update(u.target(), u.personId(), changes, u.reason());
    }

    private static <T> T ops(Target target, Class<T> op, Action action) {
        if (!op.isInstance(target)) {
            throw new TargetException("target " + target.name() + " cannot " + action.verb(), false);
        }
        return op.cast(target);
    }
}

package dev.roster.apply;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Ledger;
import dev.roster.model.Progress;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies grants and revokes per permission, many accounts in one call to a target that takes
 * them so ({@link Target.GrantsInBatches}). The batches of one permission go one after the other;
 * different permissions go side by side, as many as the target takes. Each action still gets its
 * own outcome: a grant or revoke that took effect is recorded in the ledger as its batch returns;
 * one the target refused is failed with the target's message, and one whose account could not be
 * created, or that Roster has no account for, is skipped as it would be one by one.
 */
final class Batches {

    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);

    private final Map<String, Target> targets;
    private final Ledger ledger;
    private final Retry retry;

    Batches(Map<String, Target> targets, Ledger ledger, Retry retry) {
        this.targets = targets;
        this.ledger = ledger;
        this.retry = retry;
    }

    /** Whether the action changes a membership: a grant or a revoke. */
    static boolean membership(Action action) {
        return action instanceof Action.Grant || action instanceof Action.Revoke;
    }

    /**
     * Applies the given grants and revokes, all of targets that take batches, and sets their
     * outcomes; returns when all are done.
     *
     * @param failedCreates the accounts (by {@link Executor#key}) whose create failed in this apply
     * @param pools         the thread pool of each target
     */
    void apply(List<Action> actions, List<Integer> indexes, Outcomes outcomes, Set<String> failedCreates,
            Progress progress, Function<String, ExecutorService> pools) {
        Map<List<String>, List<Integer>> byPermission = new LinkedHashMap<>();
        for (int i : indexes) {
            Action action = actions.get(i);
            byPermission.computeIfAbsent(List.of(action.target(), permission(action)), k -> new ArrayList<>()).add(i);
        }
        List<CompletableFuture<Void>> running = new ArrayList<>();
        byPermission.forEach((key, mine) -> running.add(CompletableFuture.runAsync(() -> {
            Target.GrantsInBatches target = (Target.GrantsInBatches) targets.get(key.get(0));
            Batch batch = new Batch(key.get(1));
            for (int i : mine) {
                Action action = actions.get(i);
                Optional<AccountRef> ref = account(action, failedCreates, outcomes, i);
                if (ref.isEmpty()) {
                    progress.advance(1);
                    continue;
                }
                if (batch.holds(ref.get()) || batch.size() >= Math.max(1, target.batchSize())) {
                    batch.send(target, actions, outcomes, progress);
                    batch = new Batch(key.get(1));
                }
                batch.add(i, action, ref.get());
            }
            batch.send(target, actions, outcomes, progress);
        }, pools.apply(key.get(0)))));
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * The account the action changes, or empty with the action's outcome set when there is none:
     * its create failed in this apply, or Roster has no account of the person in the target.
     */
    private Optional<AccountRef> account(Action action, Set<String> failedCreates, Outcomes outcomes, int i) {
        if (action instanceof Action.Revoke r && r.foreign()) {
            return Optional.of(r.account().ref());
        }
        if (failedCreates.contains(Executor.key(action))) {
            outcomes.set(i, skipped(action, "the account could not be created"));
            return Optional.empty();
        }
        Optional<AccountRef> account;
        try {
            account = ledger.account(action.target(), action.personId());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure of {}", action.summary(), e);
            outcomes.set(i, new Outcome(action, Outcome.Status.FAILED, e.toString()));
            return Optional.empty();
        }
        if (account.isEmpty()) {
            outcomes.set(i, skipped(action, "Roster has no account of this person in " + action.target()));
        }
        return account;
    }

    private static Outcome skipped(Action action, String why) {
        LOG.warn("SKIPPED {}: {}", action.summary(), why);
        return new Outcome(action, Outcome.Status.SKIPPED, why);
    }

    private static String permission(Action action) {
        if (action instanceof Action.Grant g) {
            return g.permission();
        }
        return ((Action.Revoke) action).permission();
    }

    /** The grants and revokes of one permission that go to the target in one call. */
    private final class Batch {
        private final String permission;
        private final Map<AccountRef, Integer> grant = new LinkedHashMap<>();
        private final Map<AccountRef, Integer> revoke = new LinkedHashMap<>();

        Batch(String permission) {
            this.permission = permission;
        }

        boolean holds(AccountRef ref) {
            return grant.containsKey(ref) || revoke.containsKey(ref);
        }

        int size() {
            return grant.size() + revoke.size();
        }

        void add(int index, Action action, AccountRef ref) {
            (action instanceof Action.Grant ? grant : revoke).put(ref, index);
        }

        void send(Target.GrantsInBatches target, List<Action> actions, Outcomes outcomes, Progress progress) {
            if (size() == 0) {
                return;
            }
            String targetName = actions.get(grant.isEmpty() ? revoke.values().iterator().next()
                    : grant.values().iterator().next()).target();
            String what = "change " + permission + " for " + size() + " accounts in " + targetName;
            Map<AccountRef, TargetException> failed;
            try {
                failed = retry.call(what, () -> target.change(permission, grant.keySet(), revoke.keySet()));
            } catch (TargetException e) {
                failed = all(e);
            } catch (RuntimeException e) {
                LOG.error("unexpected failure to {}", what, e);
                failed = all(new TargetException(e.toString(), false, e));
            }
            Map<AccountRef, TargetException> failures = failed == null ? Map.of() : failed;
            Map<Integer, AccountRef> done = new LinkedHashMap<>();
            for (Map<AccountRef, Integer> side : List.of(grant, revoke)) {
                side.forEach((ref, i) -> {
                    TargetException failure = failures.get(ref);
                    if (failure == null && actions.get(i) instanceof Action.Revoke r && r.foreign()) {
                        // an account of no person: nothing to record
                        outcomes.set(i, new Outcome(actions.get(i), Outcome.Status.APPLIED, ""));
                    } else if (failure == null) {
                        done.put(i, ref);
                    } else {
                        LOG.warn("FAILED {}: {}", actions.get(i).summary(), failure.getMessage());
                        outcomes.set(i, new Outcome(actions.get(i), Outcome.Status.FAILED, failure.getMessage()));
                    }
                });
            }
            record(actions, outcomes, done);
            progress.advance(size());
        }

        /**
         * Records the changes the target made in one go; when that fails, one by one, so that each
         * action's outcome says whether it was recorded.
         */
        private void record(List<Action> actions, Outcomes outcomes, Map<Integer, AccountRef> done) {
            try {
                ledger.recordAll(done.entrySet().stream()
                        .map(e -> new Ledger.Done(actions.get(e.getKey()), e.getValue())).toList());
                done.keySet().forEach(i -> outcomes.set(i, new Outcome(actions.get(i), Outcome.Status.APPLIED, "")));
                return;
            } catch (RuntimeException e) {
                LOG.warn("recording {} changes to {} at once failed, recording them one by one: {}", done.size(),
                        permission, e.toString());
            }
            done.forEach((i, ref) -> outcomes.set(i, settle(actions.get(i), ref)));
        }

        private Map<AccountRef, TargetException> all(TargetException failure) {
            Map<AccountRef, TargetException> all = new LinkedHashMap<>();
            grant.keySet().forEach(ref -> all.put(ref, failure));
            revoke.keySet().forEach(ref -> all.put(ref, failure));
            return all;
        }

        private Outcome settle(Action action, AccountRef ref) {
            try {
                ledger.record(action, ref);
                return new Outcome(action, Outcome.Status.APPLIED, "");
            } catch (RuntimeException e) {
                LOG.error("unexpected failure of {}", action.summary(), e);
                return new Outcome(action, Outcome.Status.FAILED, e.toString());
            }
        }
    }
}

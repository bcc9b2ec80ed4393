package dev.roster.apply;

import dev.roster.model.AccountRef;
import dev.roster.model.AccountReference;
import dev.roster.model.Action;
import dev.roster.model.Created;
import dev.roster.model.Ledger;
import dev.roster.model.NewAccount;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a plan exactly as it is and records every action that took effect in the ledger as soon
 * as it did, so a crash loses at most the actions in flight; creates are recorded in groups of up
 * to {@value KnownAccounts#GROUP}, so a crash may also lose the records of the creates of the last
 * group, whose accounts the next run links again by correlation ({@link KnownAccounts}). A
 * create whose record fails is reported failed, saying so. A person's actions in a target run in
 * the plan's order; different persons run side by side up to the target's
 * {@link Target#parallelism()}. A target that takes grants and revokes in batches
 * ({@link Target.GrantsInBatches}) gets those of one permission in one call ({@link Batches}),
 * each action still with its own outcome and ledger record. A failed
 * action is reported and the executor goes on; the person's later actions in that target are
 * skipped when they need the account that failed to be created. Retryable target failures are
 * tried again a few times with backoff. Never re-decides anything: deciding is the planner's.
 */
public final class Executor {

    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);

    private final Map<String, Target> targets;
    private final Ledger base;
    private final Retry retry;
    /** The ledger as the running apply sees it ({@link KnownAccounts}); new for each apply. */
    private volatile KnownAccounts ledger;
    /** The creates of the running apply whose record in the ledger failed, with the failure. */
    private final Map<Action, RuntimeException> unrecorded =
            Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** @param targets the open targets by name */
    public Executor(Map<String, Target> targets, Ledger ledger, Retry retry) {
        this.targets = Map.copyOf(targets);
        this.base = ledger;
        this.retry = retry;
    }

    /** Applies the plan; one apply at a time, a second call waits for the first. */
    public ApplyReport apply(Plan plan, Progress progress) {
        return apply(plan, progress, outcome -> { });
    }

    /** As {@link #apply(Plan, Progress)}, telling a thread-safe listener each outcome as it is known ({@link Outcomes}). */
    public synchronized ApplyReport apply(Plan plan, Progress progress, Consumer<Outcome> listener) {
        long started = System.nanoTime();
        ledger = new KnownAccounts(base);
        unrecorded.clear();
        List<Action> actions = plan.actions();
        progress.start("apply", actions.size());
        Outcomes outcomes = new Outcomes(actions.size(), listener);
        Set<String> failedCreates = ConcurrentHashMap.newKeySet();
        holdNames(actions);
        try {
            run(actions, outcomes, failedCreates, progress);
        } finally {
            holdNames(List.of());
        }
        progress.finish();
        return new ApplyReport(outcomes.list(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void run(List<Action> actions, Outcomes outcomes, Set<String> failedCreates, Progress progress) {
        if (targets.values().stream().allMatch(t -> t.parallelism() <= 1 && !(t instanceof Target.GrantsInBatches))) {
            for (int i = 0; i < actions.size(); i++) {
                outcomes.set(i, next(actions.get(i), failedCreates));
                progress.advance(1);
            }
            settleRecords(actions, all(actions.size()), outcomes);
        } else {
            Map<String, ExecutorService> pools = new ConcurrentHashMap<>();
            try {
                staged(actions, outcomes, failedCreates, progress, pools);
            } finally {
                pools.values().forEach(ExecutorService::shutdownNow);
            }
        }
    }

    /**
     * Tells each target that chooses names the creates of {@code actions}, in the plan's order, so
     * it holds their planned names for them ({@link Target.Names#hold}); none ends the holds.
     */
    private void holdNames(List<Action> actions) {
        Map<String, List<NewAccount>> creates = new HashMap<>();
        targets.forEach((name, target) -> {
            if (target instanceof Target.Names) {
                creates.put(name, new ArrayList<>());
            }
        });
        for (Action action : actions) {
            if (action instanceof Action.Create c && creates.containsKey(c.target())) {
                creates.get(c.target()).add(NewAccount.of(c));
            }
        }
        creates.forEach((name, accounts) -> ((Target.Names) targets.get(name)).hold(accounts));
    }

    /**
     * Applies the plan in three stages, each complete before the next starts: every account's
     * actions up to its first grant or revoke in a target that takes them in batches
     * ({@link Target.GrantsInBatches}); then those grants and revokes, one batch per permission
     * ({@link Batches}); then the rest. Each account's actions thus stay in the plan's order. A plan
     * without such targets is all first stage.
     */
    private void staged(List<Action> actions, Outcomes outcomes, Set<String> failedCreates, Progress progress,
            Map<String, ExecutorService> pools) {
        List<Integer> first = new ArrayList<>();
        List<Integer> batched = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (List<Integer> mine : byAccount(actions, all(actions.size())).values()) {
            boolean batches = targets.get(actions.get(mine.get(0)).target()) instanceof Target.GrantsInBatches;
            int j = 0;
            while (j < mine.size() && !(batches && Batches.membership(actions.get(mine.get(j))))) {
                first.add(mine.get(j++));
            }
            while (j < mine.size() && Batches.membership(actions.get(mine.get(j)))) {
                batched.add(mine.get(j++));
            }
            rest.addAll(mine.subList(j, mine.size()));
        }
        Collections.sort(first);
        Collections.sort(batched);
        Collections.sort(rest);
        concurrently(actions, first, outcomes, failedCreates, progress, pools);
        new Batches(targets, ledger, retry).apply(actions, batched, outcomes, failedCreates, progress,
                name -> pools.computeIfAbsent(name, this::pool));
        concurrently(actions, rest, outcomes, failedCreates, progress, pools);
    }

    /**
     * The given actions of each person in each target in the plan's order, the persons side by
     * side, as many at once as the target takes ({@link Target#parallelism()}). A person whose
     * create or update points at another person's account that these actions create waits for
     * that create, so a manager's account still comes before the attribute that points to it.
     */
    private void concurrently(List<Action> actions, List<Integer> indexes, Outcomes outcomes,
            Set<String> failedCreates, Progress progress, Map<String, ExecutorService> pools) {
        Map<String, List<Integer>> byAccount = byAccount(actions, indexes);
        Set<String> created = new HashSet<>();
        for (int i : indexes) {
            if (actions.get(i) instanceof Action.Create) {
                created.add(key(actions.get(i)));
            }
        }
        Map<String, CompletableFuture<Void>> done = new HashMap<>();
        for (Map.Entry<String, List<Integer>> account : byAccount.entrySet()) {
            List<Integer> mine = account.getValue();
            String targetName = actions.get(mine.get(0)).target();
            ExecutorService pool = pools.computeIfAbsent(targetName, this::pool);
            List<CompletableFuture<Void>> before = new ArrayList<>();
            for (int i : mine) {
                for (String person : referencedPersons(actions.get(i))) {
                    String other = key(targetName, person);
                    if (created.contains(other) && done.containsKey(other)) { // created earlier here: wait for it
                        before.add(done.get(other));
                    }
                }
            }
            Runnable work = () -> {
                for (int i : mine) {
                    outcomes.set(i, next(actions.get(i), failedCreates));
                    progress.advance(1);
                }
            };
            done.put(account.getKey(), before.isEmpty() ? CompletableFuture.runAsync(work, pool)
                    : CompletableFuture.allOf(before.toArray(CompletableFuture[]::new)).thenRunAsync(work, pool));
        }
        CompletableFuture.allOf(done.values().toArray(CompletableFuture[]::new)).join();
        settleRecords(actions, indexes, outcomes);
    }

    /**
     * Writes the creates still waiting in their group ({@link KnownAccounts}) and fails those of
     * {@code indexes} whose record failed: the account exists, the ledger does not know it.
     */
    private void settleRecords(List<Action> actions, List<Integer> indexes, Outcomes outcomes) {
        ledger.flush();
        if (unrecorded.isEmpty()) {
            return;
        }
        for (int i : indexes) {
            RuntimeException failure = unrecorded.get(actions.get(i));
            if (failure != null && outcomes.get(i) != null && outcomes.get(i).ok()) {
                String message = "made the account, but could not record it in the ledger (" + failure.getMessage()
                        + "); the next run links it again by its correlation id";
                LOG.error("FAILED {}: {}", actions.get(i).summary(), message, failure);
                outcomes.set(i, new Outcome(actions.get(i), Outcome.Status.FAILED, message));
            }
        }
    }

    /** The given actions by the account they are about, in the plan's order. */
    private static Map<String, List<Integer>> byAccount(List<Action> actions, List<Integer> indexes) {
        Map<String, List<Integer>> byAccount = new LinkedHashMap<>();
        for (int i : indexes) {
            byAccount.computeIfAbsent(key(actions.get(i)), k -> new ArrayList<>()).add(i);
        }
        return byAccount;
    }

    private static List<Integer> all(int size) {
        return java.util.stream.IntStream.range(0, size).boxed().toList();
    }

    private ExecutorService pool(String targetName) {
        Target target = targets.get(targetName);
        int threads = target == null ? 1 : Math.max(1, target.parallelism());
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "apply-" + targetName + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The action's outcome, skipping it when the account it needs failed to be created. */
    private Outcome next(Action action, Set<String> failedCreates) {
        String key = key(action);
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
        return outcome;
    }

    /** The account an action is about: the person's in the target, or a foreign account. */
    static String key(Action action) {
        if (action instanceof Action.Revoke r && r.foreign()) {
            return action.target() + "\u0000account:" + r.account().ref().id();
        }
        return key(action.target(), action.personId());
    }

    private static String key(String target, String person) {
        return target + '\u0000' + person;
    }

    /** The persons whose accounts the action's attributes point at ({@code person:ID}). */
    private static Set<String> referencedPersons(Action action) {
        Set<String> out = new HashSet<>();
        if (action instanceof Action.Create c) {
            c.attributes().values().forEach(v -> AccountReference.person(v).ifPresent(out::add));
        } else if (action instanceof Action.Update u) {
            u.changes().values().forEach(c -> AccountReference.person(c.after()).ifPresent(out::add));
        }
        out.remove(action.personId());
        return out;
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
                ledger.recordCreate(new Action.Create(create.target(), create.personId(), create.correlationId(),
                        written, create.enabled(), create.reason()), created.account(),
                        failure -> unrecorded.put(action, failure));
                return new Outcome(action, created.correlated() ? Outcome.Status.CORRELATED : Outcome.Status.APPLIED,
                        created.correlated() ? "linked the existing account " + created.account() : "");
            }
            if (action instanceof Action.Revoke revoke && revoke.foreign()) {
                // an account of no person Roster manages: named by the action, nothing to record
                retry.run(action, () -> perform(target, action, revoke.account().ref()));
                return new Outcome(action, Outcome.Status.APPLIED, "");
            }
            Optional<AccountRef> account = ledger.account(action.target(), action.personId());
            if (account.isEmpty()) {
                return new Outcome(action, Outcome.Status.SKIPPED, "Roster has no account of this person in "
                        + action.target());
            }
            AccountRef ref = account.get();
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
                ledger.account(target, person).ifPresent(a -> out.put(name, AccountReference.REF + a.id()));
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
                .map(p -> ledger.account(u.target(), p).isEmpty()).orElse(false));
        return changes.size() == u.changes().size() ? u : new Action.Update(u.target(), u.personId(), changes, u.reason());
    }

    private static <T> T ops(Target target, Class<T> op, Action action) {
        if (!op.isInstance(target)) {
            throw new TargetException("target " + target.name() + " cannot " + action.verb(), false);
        }
        return op.cast(target);
    }
}

package dev.roster.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Created;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import dev.roster.model.NewAccount;
import dev.roster.model.Plan;
import dev.roster.model.Progress;
import dev.roster.model.Reason;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The executor sends the grants and revokes of a target that takes batches per permission. */
class ExecutorBatchTest {

    static final Reason WHY = ExecutorTest.WHY;

    /** Takes memberships in batches, logs every call in order, and refuses what it is told to. */
    static final class BatchTarget implements Target, Target.Creates, Target.Enables, Target.GrantsInBatches {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final Set<String> refuseCreateOf = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final Set<String> refuseGrantTo = java.util.concurrent.ConcurrentHashMap.newKeySet();
        int size = 500;
        volatile int busyFor;
        volatile TargetException failAll;

        @Override
        public String name() {
            return "ad";
        }

        @Override
        public int parallelism() {
            return 3;
        }

        @Override
        public int batchSize() {
            return size;
        }

        @Override
        public Created create(NewAccount account) {
            calls.add("create " + account.personId());
            if (refuseCreateOf.contains(account.personId())) {
                throw new TargetException("constraint violation", false);
            }
            return new Created(new AccountRef("ref-" + account.personId()), false, account.attributes());
        }

        @Override
        public void enable(AccountRef account) {
            calls.add("enable " + account.id());
        }

        @Override
        public void disable(AccountRef account) {
            calls.add("disable " + account.id());
        }

        @Override
        public void grant(AccountRef account, String permission) {
            calls.add("grant " + account.id() + " " + permission);
        }

        @Override
        public void revoke(AccountRef account, String permission) {
            calls.add("revoke " + account.id() + " " + permission);
        }

        @Override
        public Map<AccountRef, TargetException> change(String permission, Set<AccountRef> grant,
                Set<AccountRef> revoke) {
            calls.add("change " + permission + " +" + ids(grant) + " -" + ids(revoke));
            if (busyFor > 0) {
                busyFor--;
                throw new TargetException("server busy", true);
            }
            if (failAll != null) {
                throw failAll;
            }
            Map<AccountRef, TargetException> failed = new TreeMap<>(java.util.Comparator.comparing(AccountRef::id));
            grant.stream().filter(r -> refuseGrantTo.contains(r.id()))
                    .forEach(r -> failed.put(r, new TargetException("insufficient access rights on " + r.id(), false)));
            return failed;
        }

        private static TreeSet<String> ids(Set<AccountRef> refs) {
            TreeSet<String> ids = new TreeSet<>();
            refs.forEach(r -> ids.add(r.id()));
            return ids;
        }
    }

    final BatchTarget target = new BatchTarget();
    final ExecutorTest.MemoryLedger memory = new ExecutorTest.MemoryLedger();
    final Ledger ledger = memory.threadSafe();
    final Executor executor = new Executor(Map.of("ad", target), ledger, new Retry(3, Duration.ofMillis(1)));

    static Action create(String person) {
        return new Action.Create("ad", person, person, new TreeMap<>(Map.of("sAMAccountName", "u" + person)), true,
                WHY);
    }

    static Action grant(String person, String permission) {
        return new Action.Grant("ad", person, permission, WHY);
    }

    /** The shared ledger of these tests, for a test to override what should fail or be counted. */
    class Delegating implements Ledger {
        @Override
        public java.util.Optional<LedgerEntry> find(String t, String personId) {
            return ledger.find(t, personId);
        }

        @Override
        public void record(Action action, AccountRef account) {
            ledger.record(action, account);
        }
    }

    void existing(String person, String... permissions) {
        memory.entries.put(person, new LedgerEntry("ad", person, new AccountRef("ref-" + person), true,
                new TreeMap<>(), Set.of(permissions)));
    }

    @Test
    void aPermissionsGrantsAndRevokesGoInOneCallYetEachActionHasItsOwnOutcome() {
        target.refuseCreateOf.add("1");
        target.refuseGrantTo.add("ref-3");
        existing("6", "staff");
        List<Action> actions = new ArrayList<>();
        for (String person : List.of("1", "2", "3", "4", "5")) {
            actions.add(create(person));
        }
        for (String person : List.of("1", "2", "3", "4", "5")) {
            actions.add(grant(person, "staff"));
        }
        actions.add(new Action.Revoke("ad", "6", "staff", WHY));
        actions.add(new Action.Disable("ad", "6", WHY));

        ApplyReport report = executor.apply(new Plan(1, LocalDate.now(), actions), Progress.NONE);

        assertThat(report.outcomes()).extracting(Outcome::action).containsExactlyElementsOf(actions);
        assertThat(report.outcomes()).extracting(Outcome::status).containsExactly(
                Outcome.Status.FAILED, Outcome.Status.APPLIED, Outcome.Status.APPLIED, Outcome.Status.APPLIED,
                Outcome.Status.APPLIED,
                Outcome.Status.SKIPPED, Outcome.Status.APPLIED, Outcome.Status.FAILED, Outcome.Status.APPLIED,
                Outcome.Status.APPLIED,
                Outcome.Status.APPLIED, Outcome.Status.APPLIED);
        assertThat(report.outcomes().get(5).message()).isEqualTo("the account could not be created");
        assertThat(report.outcomes().get(7).message()).isEqualTo("insufficient access rights on ref-3");
        assertThat(target.calls).filteredOn(c -> c.startsWith("change") || c.startsWith("grant")
                || c.startsWith("revoke")).containsExactly("change staff +[ref-2, ref-3, ref-4, ref-5] -[ref-6]");
        int change = target.calls.indexOf("change staff +[ref-2, ref-3, ref-4, ref-5] -[ref-6]");
        assertThat(target.calls.subList(0, change)).hasSize(5).allMatch(c -> c.startsWith("create"));
        assertThat(target.calls.subList(change + 1, target.calls.size())).containsExactly("disable ref-6");
        assertThat(memory.entries.get("2").permissions()).containsExactly("staff");
        assertThat(memory.entries.get("3").permissions()).isEmpty();
        assertThat(memory.recorded).filteredOn(a -> a instanceof Action.Revoke).hasSize(1);
    }

    @Test
    void aBatchHoldsNoMoreAccountsThanTheTargetTakesAndPermissionsGoApart() {
        target.size = 2;
        List<Action> actions = new ArrayList<>();
        for (String person : List.of("1", "2", "3", "4", "5")) {
            existing(person);
            actions.add(grant(person, "staff"));
            actions.add(grant(person, "vpn"));
        }

        ApplyReport report = executor.apply(new Plan(1, LocalDate.now(), actions), Progress.NONE);

        assertThat(report.allOk()).isTrue();
        assertThat(target.calls).filteredOn(c -> c.startsWith("change staff")).containsExactly(
                "change staff +[ref-1, ref-2] -[]", "change staff +[ref-3, ref-4] -[]", "change staff +[ref-5] -[]");
        assertThat(target.calls).filteredOn(c -> c.startsWith("change vpn")).hasSize(3);
        assertThat(memory.entries.get("5").permissions()).containsExactlyInAnyOrder("staff", "vpn");
    }

    @Test
    void aBusyTargetGetsTheBatchAgainAndABatchRefusedWholeFailsEachOfItsActions() {
        existing("1");
        existing("2");
        target.busyFor = 1;

        ApplyReport busy = executor.apply(new Plan(1, LocalDate.now(), List.of(grant("1", "staff"))), Progress.NONE);

        assertThat(busy.allOk()).isTrue();
        assertThat(target.calls).containsExactly("change staff +[ref-1] -[]", "change staff +[ref-1] -[]");

        target.failAll = new TargetException("ad: no group named nurses below OU=Groups", false);
        ApplyReport refused = executor.apply(new Plan(2, LocalDate.now(), List.of(grant("1", "nurses"),
                grant("2", "nurses"))), Progress.NONE);

        assertThat(refused.outcomes()).extracting(Outcome::status).containsOnly(Outcome.Status.FAILED);
        assertThat(refused.outcomes()).extracting(Outcome::message)
                .containsOnly("ad: no group named nurses below OU=Groups");
        assertThat(memory.entries.get("1").permissions()).containsExactly("staff");
        assertThat(memory.entries.get("2").permissions()).isEmpty();
    }

    @Test
    void whenTheBatchCannotBeRecordedAtOnceEachActionIsRecordedOnItsOwnAndSaysWhetherItWas() {
        for (String person : List.of("1", "2", "3")) {
            existing(person);
        }
        Ledger failing = new Delegating() {

            @Override
            public void record(Action action, AccountRef account) {
                if (action.personId().equals("2")) {
                    throw new IllegalStateException("vault: could not record " + action.summary());
                }
                ledger.record(action, account);
            }

            @Override
            public void recordAll(List<Done> done) {
                throw new IllegalStateException("vault: transaction rolled back");
            }
        };
        Executor executor = new Executor(Map.of("ad", target), failing, new Retry(3, Duration.ofMillis(1)));

        ApplyReport report = executor.apply(new Plan(1, LocalDate.now(), List.of(grant("1", "staff"),
                grant("2", "staff"), grant("3", "staff"))), Progress.NONE);

        assertThat(target.calls).containsExactly("change staff +[ref-1, ref-2, ref-3] -[]");
        assertThat(report.outcomes()).extracting(Outcome::status).containsExactly(
                Outcome.Status.APPLIED, Outcome.Status.FAILED, Outcome.Status.APPLIED);
        assertThat(report.outcomes().get(1).message()).contains("could not record grant");
        assertThat(memory.entries.get("1").permissions()).containsExactly("staff");
        assertThat(memory.entries.get("2").permissions()).isEmpty();
        assertThat(memory.entries.get("3").permissions()).containsExactly("staff");
    }

    @Test
    void anApplyAsksTheLedgerForEachAccountOnceAndKnowsTheAccountsItCreates() {
        existing("1");
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        Ledger counting = new Delegating() {

            @Override
            public java.util.Optional<AccountRef> account(String t, String personId) {
                asked.add(personId);
                return ledger.account(t, personId);
            }

            @Override
            public void record(Action action, AccountRef account) {
                ledger.record(action, account);
            }
        };
        Executor executor = new Executor(Map.of("ad", target), counting, new Retry(3, Duration.ofMillis(1)));

        ApplyReport report = executor.apply(new Plan(1, LocalDate.now(), List.of(create("2"), grant("1", "staff"),
                grant("1", "vpn"), grant("2", "staff"), grant("2", "vpn"))), Progress.NONE);

        assertThat(report.allOk()).isTrue();
        assertThat(asked).containsExactly("1");
        assertThat(memory.entries.get("2").permissions()).containsExactlyInAnyOrder("staff", "vpn");
        executor.apply(new Plan(2, LocalDate.now(), List.of(grant("2", "wifi"))), Progress.NONE);
        assertThat(asked).containsExactly("1", "2");
    }

    @Test
    void aCreateTheLedgerCannotRecordFailsSayingSoAndItsAccountStillGetsItsGroups() {
        Ledger failing = new Delegating() {

            @Override
            public void record(Action action, AccountRef account) {
                if (action instanceof Action.Create && action.personId().equals("2")) {
                    throw new IllegalStateException("vault: disk full");
                }
                ledger.record(action, account);
            }

            @Override
            public void recordAll(List<Done> done) {
                if (done.stream().anyMatch(d -> d.action() instanceof Action.Create)) {
                    throw new IllegalStateException("vault: disk full");
                }
                for (Done d : done) { // as the vault does, a grant is kept without an account too
                    if (memory.entries.containsKey(d.action().personId())) {
                        ledger.record(d.action(), d.account());
                    }
                }
            }
        };
        Executor executor = new Executor(Map.of("ad", target), failing, new Retry(3, Duration.ofMillis(1)));

        ApplyReport report = executor.apply(new Plan(1, LocalDate.now(), List.of(create("1"), create("2"),
                grant("1", "staff"), grant("2", "staff"))), Progress.NONE);

        assertThat(report.outcomes()).extracting(Outcome::status).containsExactly(Outcome.Status.APPLIED,
                Outcome.Status.FAILED, Outcome.Status.APPLIED, Outcome.Status.APPLIED);
        assertThat(report.outcomes().get(1).message()).contains("could not record it in the ledger",
                "disk full", "links it again by its correlation id");
        assertThat(memory.entries).containsKey("1").doesNotContainKey("2");
        assertThat(target.calls).contains("change staff +[ref-1, ref-2] -[]");
    }
}

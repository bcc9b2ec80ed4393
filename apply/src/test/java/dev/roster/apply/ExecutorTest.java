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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExecutorTest {

    static final Reason WHY = new Reason("staff", "contract c1 runs");

    /** A target that keeps accounts in memory and fails where told. */
    static final class MemoryTarget implements Target, Target.Creates, Target.Grants {
        final Map<String, Set<String>> groups = new HashMap<>();
        final Set<String> refuseCreateOf = new HashSet<>();
        int busyFor;

        @Override
        public String name() {
            return "ad";
        }

        @Override
        public Created create(NewAccount account) {
            if (refuseCreateOf.contains(account.personId())) {
                throw new TargetException("constraint violation: sAMAccountName too long", false);
            }
            if (busyFor > 0) {
                busyFor--;
                throw new TargetException("server busy", true);
            }
            groups.put("ref-" + account.personId(), new HashSet<>());
            return new Created(new AccountRef("ref-" + account.personId()), false,
                    Map.of("sAMAccountName", account.attributes().get("sAMAccountName") + "2"));
        }

        @Override
        public void grant(AccountRef account, String permission) {
            groups.get(account.id()).add(permission);
        }

        @Override
        public void revoke(AccountRef account, String permission) {
            groups.get(account.id()).remove(permission);
        }
    }

    static final class MemoryLedger implements Ledger {
        final Map<String, LedgerEntry> entries = new HashMap<>();
        final List<Action> recorded = new ArrayList<>();

        /** This ledger behind one lock, for an executor that applies on several threads. */
        Ledger threadSafe() {
            MemoryLedger self = this;
            return new Ledger() {
                @Override
                public Optional<LedgerEntry> find(String t, String personId) {
                    synchronized (self) {
                        return self.find(t, personId);
                    }
                }

                @Override
                public void record(Action action, AccountRef account) {
                    synchronized (self) {
                        self.record(action, account);
                    }
                }
            };
        }

        @Override
        public Optional<LedgerEntry> find(String target, String personId) {
            return Optional.ofNullable(entries.get(personId));
        }

        @Override
        public void record(Action action, AccountRef account) {
            recorded.add(action);
            if (action instanceof Action.Create c) {
                entries.put(c.personId(), new LedgerEntry(c.target(), c.personId(), account, c.enabled(),
                        c.attributes(), Set.of()));
            } else if (action instanceof Action.Grant g) {
                LedgerEntry e = entries.get(g.personId());
                Set<String> p = new HashSet<>(e.permissions());
                p.add(g.permission());
                entries.put(g.personId(), new LedgerEntry(e.target(), e.personId(), e.account(), e.enabled(),
                        e.attributes(), p));
            }
        }
    }

    static List<Action> createAndGrant(String person) {
        return List.of(new Action.Create("ad", person, person, new TreeMap<>(Map.of("sAMAccountName", "u" + person)),
                true, WHY), new Action.Grant("ad", person, "dep-1", WHY));
    }

    final MemoryTarget target = new MemoryTarget();
    final MemoryLedger ledger = new MemoryLedger();
    final Executor executor = new Executor(Map.of("ad", target), ledger, new Retry(3, Duration.ofMillis(1)));

    @Test
    void aFailedCreateSkipsThatPersonsGrantsAndTheOthersAreApplied() {
        target.refuseCreateOf.add("1");
        List<Action> actions = new ArrayList<>(createAndGrant("1"));
        actions.addAll(createAndGrant("2"));

        ApplyReport report = executor.apply(new Plan(1, LocalDate.now(), actions), Progress.NONE);

        assertThat(report.outcomes()).extracting(Outcome::status).containsExactly(
                Outcome.Status.FAILED, Outcome.Status.SKIPPED, Outcome.Status.APPLIED, Outcome.Status.APPLIED);
        assertThat(report.failures().get(0).message()).contains("sAMAccountName too long");
        assertThat(target.groups).containsOnlyKeys("ref-2");
        assertThat(target.groups.get("ref-2")).containsExactly("dep-1");
        assertThat(ledger.entries).containsOnlyKeys("2");
    }

    @Test
    void aTargetThatChoosesNamesHoldsThePlannedNamesOfTheCreatesWhileTheyRun() {
        List<List<String>> holds = new ArrayList<>();
        List<String> heldAtCreate = new ArrayList<>();
        class NamingTarget implements Target, Target.Creates, Target.Names {
            @Override
            public String name() {
                return "ad";
            }

            @Override
            public Created create(NewAccount account) {
                heldAtCreate.add(account.personId() + " while " + holds.get(holds.size() - 1));
                return new Created(new AccountRef("ref-" + account.personId()), false, account.attributes());
            }

            @Override
            public List<Map<String, String>> choose(List<NewAccount> accounts) {
                return accounts.stream().map(a -> Map.<String, String>of()).toList();
            }

            @Override
            public void hold(List<NewAccount> accounts) {
                holds.add(accounts.stream().map(a -> a.personId() + "=" + a.attributes().get("sAMAccountName")).toList());
            }
        }
        List<Action> actions = List.of(createAndGrant("7").get(0), createAndGrant("6").get(0));

        new Executor(Map.of("ad", new NamingTarget()), ledger, new Retry(1, Duration.ofMillis(1)))
                .apply(new Plan(1, LocalDate.now(), actions), Progress.NONE);

        assertThat(holds).as("the creates in the plan's order, then nothing").containsExactly(
                List.of("7=u7", "6=u6"), List.of());
        assertThat(heldAtCreate).containsExactly("7 while [7=u7, 6=u6]", "6 while [7=u7, 6=u6]");
    }

    @Test
    void theLedgerKeepsTheNamesTheTargetActuallyWrote() {
        executor.apply(new Plan(1, LocalDate.now(), createAndGrant("3")), Progress.NONE);

        assertThat(ledger.entries.get("3").attributes()).containsEntry("sAMAccountName", "u32");
        assertThat(ledger.entries.get("3").permissions()).containsExactly("dep-1");
    }

    @Test
    void aBusyTargetIsTriedAgainAndTheActionSucceeds() {
        target.busyFor = 2;

        ApplyReport report = executor.apply(new Plan(1, LocalDate.now(), createAndGrant("4")), Progress.NONE);

        assertThat(report.allOk()).isTrue();
        assertThat(report.applied()).containsEntry("create", 1L).containsEntry("grant", 1L);
    }

    @Test
    void aRevokeFromAForeignAccountRemovesItFromTheGroupAndRecordsNothing() {
        target.groups.put("svc-backup", new HashSet<>(Set.of("GG-Finance", "GG-Backup")));
        Action revoke = new Action.Revoke("ad", new dev.roster.model.ForeignAccount(new AccountRef("svc-backup"),
                "CN=svc-backup,OU=Service,DC=example,DC=test"), "GG-Finance",
                new Reason("managedGroups", "group GG-Finance is fully managed"));

        ApplyReport report = executor.apply(new Plan(1, LocalDate.now(), List.of(revoke)), Progress.NONE);

        assertThat(report.outcomes()).extracting(Outcome::status).containsExactly(Outcome.Status.APPLIED);
        assertThat(target.groups.get("svc-backup")).containsExactly("GG-Backup");
        assertThat(ledger.recorded).isEmpty();
    }

    /** A thread-safe target taking four operations at once, each a little slow. */
    static final class ParallelTarget implements Target, Target.Creates, Target.Grants {
        final Map<String, Map<String, String>> created = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, Set<String>> groups = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
        final Set<String> refuseCreateOf = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public String name() {
            return "ad";
        }

        @Override
        public int parallelism() {
            return 4;
        }

        @Override
        public Created create(NewAccount account) {
            int now = inFlight.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(5);
                if (refuseCreateOf.contains(account.personId())) {
                    throw new TargetException("constraint violation", false);
                }
                created.put(account.personId(), Map.copyOf(account.attributes()));
                groups.put("ref-" + account.personId(), java.util.concurrent.ConcurrentHashMap.newKeySet());
                return new Created(new AccountRef("ref-" + account.personId()), false, account.attributes());
            } catch (InterruptedException e) {
                throw new TargetException("interrupted", false, e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public void grant(AccountRef account, String permission) {
            groups.get(account.id()).add(permission);
        }

        @Override
        public void revoke(AccountRef account, String permission) {
            groups.get(account.id()).remove(permission);
        }
    }

    @Test
    void aParallelTargetGetsSeveralPersonsAtOnceYetEachManagersAccountFirst() {
        ParallelTarget parallel = new ParallelTarget();
        MemoryLedger shared = new MemoryLedger();
        Ledger safe = shared.threadSafe();
        parallel.refuseCreateOf.add("p07");
        List<Action> creates = new ArrayList<>();
        List<Action> grants = new ArrayList<>();
        creates.add(new Action.Create("ad", "boss", "boss", new TreeMap<>(Map.of("sAMAccountName", "boss")), true, WHY));
        grants.add(new Action.Grant("ad", "boss", "dep-1", WHY));
        for (int i = 1; i <= 40; i++) {
            String person = String.format("p%02d", i);
            creates.add(new Action.Create("ad", person, person, new TreeMap<>(Map.of("sAMAccountName", person,
                    "manager", "person:boss")), true, WHY));
            grants.add(new Action.Grant("ad", person, "dep-1", WHY));
        }
        List<Action> actions = new ArrayList<>(creates);
        actions.addAll(grants);

        ApplyReport report = new Executor(Map.of("ad", parallel), safe, new Retry(1, Duration.ofMillis(1)))
                .apply(new Plan(1, LocalDate.now(), actions), Progress.NONE);

        assertThat(parallel.mostAtOnce.get()).as("creates at once").isBetween(2, 4);
        assertThat(parallel.created).hasSize(40);
        parallel.created.forEach((person, attributes) -> {
            if (!person.equals("boss")) {
                assertThat(attributes).as(person).containsEntry("manager", "ref:ref-boss");
            }
        });
        assertThat(report.outcomes()).extracting(Outcome::action).containsExactlyElementsOf(actions);
        assertThat(report.outcomes()).filteredOn(o -> o.action().personId().equals("p07"))
                .extracting(Outcome::status).containsExactly(Outcome.Status.FAILED, Outcome.Status.SKIPPED);
        assertThat(report.count(Outcome.Status.APPLIED)).isEqualTo(80);
        assertThat(parallel.groups.get("ref-p08")).containsExactly("dep-1");
    }
}

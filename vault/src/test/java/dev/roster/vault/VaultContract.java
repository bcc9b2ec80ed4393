package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Department;
import dev.roster.model.Ledger;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The behaviour the vault must show on every database: {@link H2VaultTest} and
 * {@link PostgresVaultIT} run it, each test on a fresh database. This class holds the lifecycle
 * and the snapshot tests; {@link LedgerContract}, {@link JournalContract}, {@link HoldContract}
 * and {@link RetentionContract} add the rest.
 */
abstract class VaultContract {
    protected Vault vault;

    /** Makes an empty database for one test. */
    abstract void createDatabase() throws Exception;

    /** Opens a vault on the test's database; may be called more than once per test. */
    abstract Vault open();

    /** A plain connection to the vault's database, as another process would have. */
    abstract java.sql.Connection connect() throws java.sql.SQLException;

    /** Removes the test's database. */
    abstract void dropDatabase() throws Exception;

    @BeforeEach
    void openVault() throws Exception {
        createDatabase();
        vault = open();
    }

    @AfterEach
    void closeVault() throws Exception {
        vault.close();
        dropDatabase();
    }

    /** The vault of the running test. */
    public Vault vault() {
        return vault;
    }

    @Test
    void emptyVaultHasNoSnapshot() {
        assertThat(vault.revision()).isZero();
        assertThat(vault.persons()).isEmpty();
        assertThat(vault.departments()).isEmpty();
        assertThat(vault.currentSnapshot()).isEmpty();
        assertThat(vault.personVersionCount()).isZero();
    }

    @Test
    void snapshotKeepsEveryPersonFieldAndItsFacts() {
        Snapshot snapshot = People.snapshot(List.of(People.detailed("B-2"), People.simple("A-1", "Clerk")));

        long revision = vault.storeSnapshot(snapshot).revision();

        assertThat(revision).isEqualTo(1);
        assertThat(vault.persons()).containsExactly(People.simple("A-1", "Clerk"), People.detailed("B-2"));
        Vault other = open(); // reads every field back from the stored JSON
        try {
            assertThat(other.persons()).containsExactly(People.simple("A-1", "Clerk"), People.detailed("B-2"));
        } finally {
            other.close();
        }
        assertThat(vault.departments()).containsExactlyElementsOf(People.departments());
        SnapshotInfo info = vault.currentSnapshot().orElseThrow();
        assertThat(info).isEqualTo(new SnapshotInfo(1, SnapshotStatus.CURRENT, "visma",
                snapshot.importedAt(), People.AS_OF, 2, Map.of("records", 2),
                List.of("first warning", "second"), List.of(), List.of()));
    }

    @Test
    void revisionGrowsByOnePerSnapshotAndTheLatestIsCurrent() {
        assertThat(vault.storeSnapshot(People.snapshot(People.many(3, "Clerk"))).revision())
                .isEqualTo(1);
        assertThat(vault.storeSnapshot(People.snapshot(People.many(2, "Manager"), List.of()))
                .revision()).isEqualTo(2);

        assertThat(vault.revision()).isEqualTo(2);
        assertThat(vault.persons()).containsExactlyElementsOf(People.many(2, "Manager"));
        assertThat(vault.departments()).isEmpty();
        assertThat(vault.currentSnapshot().orElseThrow().personCount()).isEqualTo(2);
    }

    @Test
    void unchangedPersonsShareTheirVersion() {
        vault.storeSnapshot(People.snapshot(People.many(2500, "Clerk")));
        assertThat(vault.personVersionCount()).isEqualTo(2500);

        vault.storeSnapshot(People.snapshot(People.many(2500, "Clerk")));
        assertThat(vault.personVersionCount()).isEqualTo(2500);

        List<Person> changed = new ArrayList<>(People.many(2500, "Clerk"));
        changed.set(1234, People.simple(changed.get(1234).id(), "Manager"));
        changed.add(People.detailed("Z-NEW"));
        assertThat(vault.storeSnapshot(People.snapshot(changed)).revision()).isEqualTo(3);

        assertThat(vault.personVersionCount()).isEqualTo(2502);
        assertThat(vault.persons()).hasSize(2501).contains(People.simple("P001234", "Manager"),
                People.detailed("Z-NEW"));
    }

    @Test
    void aVaultThatKeptNothingOfTheLastSnapshotAlsoSharesTheVersionsOfUnchangedPersons() {
        vault.storeSnapshot(People.snapshot(People.many(300, "Clerk")));
        List<Person> changed = new ArrayList<>(People.many(300, "Clerk"));
        changed.set(123, People.simple(changed.get(123).id(), "Manager"));
        changed.remove(7);

        Vault fresh = open(); // compares by the stored hashes, not with persons in memory
        try {
            fresh.storeSnapshot(People.snapshot(People.many(300, "Clerk")));
            assertThat(fresh.personVersionCount()).isEqualTo(300);
        } finally {
            fresh.close();
        }
        Vault another = open();
        try {
            another.storeSnapshot(People.snapshot(changed));
            assertThat(another.personVersionCount()).isEqualTo(301);
            assertThat(another.diff(2, 3).persons()).extracting(PersonChange::personId)
                    .containsExactlyInAnyOrder("P000007", "P000123");
        } finally {
            another.close();
        }
        assertThat(vault.persons()).as("as the vault that stored the first reads it").hasSize(299)
                .contains(People.simple("P000123", "Manager"));
    }

    @Test
    void aNewSnapshotHasTheUnchangedPersonsAndEachChangeWhileTheOneBeforeStaysAsItWas() {
        List<Person> first = People.many(2500, "Clerk");
        vault.storeSnapshot(People.snapshot(first));
        List<Person> second = new ArrayList<>(first);
        Person leaver = second.remove(10);
        second.set(100, People.simple(second.get(100).id(), "Manager"));
        second.add(People.detailed("Z-NEW"));

        vault.storeSnapshot(People.snapshot(second));

        assertThat(vault.persons()).hasSize(2500).doesNotContain(leaver)
                .contains(People.simple(second.get(100).id(), "Manager"), People.detailed("Z-NEW"))
                .containsAll(second);
        assertThat(vault.diff(1, 2).persons()).extracting(PersonChange::personId)
                .containsExactlyInAnyOrder(leaver.id(), second.get(100).id(), "Z-NEW");
        assertThat(vault.diff(1, 2).fromCount()).isEqualTo(2500);
        Vault other = open(); // reads the stored rows, not the persons this vault kept
        try {
            assertThat(other.persons()).isEqualTo(vault.persons());
        } finally {
            other.close();
        }
    }

    /** Later snapshots write only what changed; each earlier one still reads as it was stored. */
    @Test
    void everyEarlierSnapshotStaysAsItWasWhenAPersonChangesLeavesAndComesBack() {
        Person a = People.simple("A", "Clerk");
        Person b = People.simple("B", "Nurse");
        Person movedA = People.simple("A", "Manager");
        vault.storeSnapshot(People.snapshot(List.of(a, b)));
        vault.storeSnapshot(People.snapshot(List.of(movedA, b)));
        vault.storeSnapshot(People.snapshot(List.of(b)));
        vault.storeSnapshot(People.snapshot(List.of(movedA, b)));
        vault.storeSnapshot(People.snapshot(List.of(movedA, b)));

        assertThat(vault.diff(0, 1).toCount()).isEqualTo(2);
        assertThat(vault.diff(1, 2).personIds(ChangeKind.MOVER)).containsExactly("A");
        assertThat(vault.diff(2, 3).personIds(ChangeKind.LEAVER)).containsExactly("A");
        assertThat(vault.diff(3, 4).personIds(ChangeKind.JOINER)).containsExactly("A");
        assertThat(vault.diff(2, 4).persons()).as("A is back as in snapshot 2").isEmpty();
        assertThat(vault.diff(1, 5).persons()).extracting(PersonChange::personId).containsExactly("A");
        assertThat(vault.diff(3, 5).fromCount()).isEqualTo(1);
        assertThat(vault.persons()).containsExactlyInAnyOrder(movedA, b);
    }

    /** A ledger read once reads, the next time, as the database has it, whoever changed it since. */
    @Test
    void theLedgerReadAgainShowsWhatAnyProcessChangedSince() {
        AccountRef g1 = new AccountRef("g1");
        AccountRef g2 = new AccountRef("g2");
        vault.record(LedgerContract.create("p1", true), g1);
        vault.record(LedgerContract.create("p2", true), g2);
        vault.record(new Action.Grant("ad", "p1", "staff", LedgerContract.WHY), g1);
        assertThat(vault.ledger("ad")).containsOnlyKeys("p1", "p2");

        Vault other = open(); // another process on the same database
        try {
            other.record(new Action.Grant("ad", "p2", "staff", LedgerContract.WHY), g2);
            other.record(new Action.Revoke("ad", "p1", "staff", LedgerContract.WHY, null), g1);
            other.record(new Action.Disable("ad", "p2", LedgerContract.WHY), g2);
            other.record(LedgerContract.create("p3", false), new AccountRef("g3"));
            other.unmanage("ad", "p1", null, "ops", "handed over to the school's own IT");
        } finally {
            other.close();
        }
        vault.record(new Action.Grant("ad", "p3", "nurses", LedgerContract.WHY), new AccountRef("g3"));

        Map<String, LedgerEntry> ledger = vault.ledger("ad");
        assertThat(ledger).containsOnlyKeys("p2", "p3");
        assertThat(ledger.get("p2").enabled()).isFalse();
        assertThat(ledger.get("p2").permissions()).containsExactly("staff");
        assertThat(ledger.get("p3").permissions()).containsExactly("nurses");
        Vault fresh = open();
        try {
            assertThat(ledger).isEqualTo(fresh.ledger("ad"));
        } finally {
            fresh.close();
        }
    }

    /**
     * Records of many accounts in one transaction, as an apply makes them, are read again by a
     * process that kept the ledger: every person of the batch, in each target, an id with a line
     * break among them.
     */
    @Test
    void aBatchOfRecordsFromAnotherProcessIsReadAgainForEveryAccountInIt() {
        vault.record(LedgerContract.create("p1", true), new AccountRef("g1"));
        assertThat(vault.ledger("ad")).containsOnlyKeys("p1");
        assertThat(vault.ledger("care")).isEmpty();

        Vault other = open(); // another process on the same database
        try {
            other.recordAll(List.of(
                    new Ledger.Done(LedgerContract.create("p2", true), new AccountRef("g2")),
                    new Ledger.Done(LedgerContract.create("odd\nid", false), new AccountRef("g3")),
                    new Ledger.Done(new Action.Create("care", "p2", "p2", new java.util.TreeMap<>(Map.of("login", "p2")),
                            true, LedgerContract.WHY), new AccountRef("c2"))));
            other.recordAll(List.of(
                    new Ledger.Done(new Action.Grant("ad", "p1", "staff", LedgerContract.WHY), new AccountRef("g1")),
                    new Ledger.Done(new Action.Grant("ad", "p2", "staff", LedgerContract.WHY), new AccountRef("g2")),
                    new Ledger.Done(new Action.Grant("ad", "odd\nid", "staff", LedgerContract.WHY), new AccountRef("g3"))));
        } finally {
            other.close();
        }

        Map<String, LedgerEntry> ledger = vault.ledger("ad");
        assertThat(ledger).containsOnlyKeys("p1", "p2", "odd\nid");
        assertThat(ledger.values()).allSatisfy(e -> assertThat(e.permissions()).containsExactly("staff"));
        assertThat(ledger.get("odd\nid").enabled()).isFalse();
        assertThat(vault.ledger("care")).containsOnlyKeys("p2");
    }

    @Test
    void aLedgerChangeCommittedAfterALaterOneIsStillReadAgain() throws Exception {
        AccountRef g1 = new AccountRef("g1");
        AccountRef g2 = new AccountRef("g2");
        vault.record(LedgerContract.create("p1", true), g1);
        vault.record(LedgerContract.create("p2", true), g2);
        assertThat(vault.ledger("ad").get("p1").enabled()).isTrue();

        try (java.sql.Connection slow = connect()) {
            // another process's transaction takes its change's id, then commits after a later one
            slow.setAutoCommit(false);
            try (var s = slow.createStatement()) {
                s.executeUpdate("INSERT INTO ledger_change (target, person_id) VALUES ('ad', 'p1')");
                s.executeUpdate("UPDATE ledger_account SET enabled = FALSE WHERE target = 'ad' AND person_id = 'p1'");
            }
            vault.record(new Action.Grant("ad", "p2", "staff", LedgerContract.WHY), g2);
            Map<String, LedgerEntry> before = vault.ledger("ad");
            assertThat(before.get("p1").enabled()).as("not committed yet").isTrue();
            assertThat(before.get("p2").permissions()).containsExactly("staff");
            slow.commit();
        }

        Map<String, LedgerEntry> after = vault.ledger("ad");
        assertThat(after.get("p1").enabled()).as("the late commit is read again").isFalse();
        assertThat(after.get("p2").permissions()).containsExactly("staff");
    }

    @Test
    void snapshotWithAPersonTwiceIsRefusedWhole() {
        vault.storeSnapshot(People.snapshot(People.many(3, "Clerk")));
        List<Person> twice = new ArrayList<>(People.many(Batch.SIZE * 2 + 10, "Manager"));
        twice.add(People.simple("P000001", "Other"));

        assertThatThrownBy(() -> vault.storeSnapshot(People.snapshot(twice)))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("person P000001 more than once");

        assertThat(vault.revision()).isEqualTo(1);
        assertThat(vault.persons()).containsExactlyElementsOf(People.many(3, "Clerk"));
        assertThat(vault.personVersionCount()).isEqualTo(3);
    }

    @Test
    void snapshotTheDatabaseRefusesMidwayLeavesThePreviousCurrent() {
        vault.storeSnapshot(People.snapshot(People.many(3, "Clerk")));
        List<Department> clash = List.of(new Department("OE-1", "A", "", ""),
                new Department("OE-1", "B", "", ""));

        assertThatThrownBy(() -> vault.storeSnapshot(People.snapshot(People.many(1500, "New"), clash)))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("cannot store the snapshot from visma");

        assertThat(vault.revision()).isEqualTo(1);
        assertThat(vault.persons()).containsExactlyElementsOf(People.many(3, "Clerk"));
        assertThat(vault.departments()).containsExactlyElementsOf(People.departments());
        assertThat(vault.personVersionCount()).isEqualTo(3);
        assertThat(vault.storeSnapshot(People.snapshot(People.many(1, "Next"))).revision()).isEqualTo(2);
    }

    @Test
    void reopeningKeepsEverything() {
        vault.storeSnapshot(People.snapshot(List.of(People.detailed("X"))));
        vault.close();

        vault = open();

        assertThat(vault.revision()).isEqualTo(1);
        assertThat(vault.persons()).containsExactly(People.detailed("X"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "ROSTER_VAULT_BENCH", matches = "on")
    void storesOneHundredThousandPersons() {
        List<Person> persons = People.many(100_000, "Clerk");
        long t0 = System.nanoTime();
        vault.storeSnapshot(People.snapshot(persons));
        long t1 = System.nanoTime();
        vault.storeSnapshot(People.snapshot(persons));
        long t2 = System.nanoTime();
        List<Person> read = vault.persons();
        long t3 = System.nanoTime();
        System.out.printf("%s: first snapshot %d ms, unchanged snapshot %d ms, read %d ms%n",
                getClass().getSimpleName(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000);
        assertThat(read).hasSize(100_000);
        assertThat(vault.personVersionCount()).isEqualTo(100_000);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "ROSTER_VAULT_BENCH", matches = "on")
    void diffsOneHundredThousandPersonsWithOnePercentChanged() {
        List<Person> before = People.many(100_000, "Clerk");
        List<Person> after = new ArrayList<>(before.subList(300, 100_000));
        for (int i = 0; i < 400; i++) {
            int at = 1000 + i * 200;
            after.set(at, People.simple(after.get(at).id(), "Manager"));
        }
        for (int i = 0; i < 300; i++) {
            after.add(People.simple(String.format("N%06d", i), "Clerk"));
        }
        long t0 = System.nanoTime();
        long from = vault.storeSnapshot(People.snapshot(before)).revision();
        long t1 = System.nanoTime();
        long to = vault.storeSnapshot(People.snapshot(after)).revision();
        long t2 = System.nanoTime();
        SnapshotDiff diff = vault.diff(from, to);
        long t3 = System.nanoTime();
        System.out.printf("vault bench %s: store %d persons %.1f s, store with 1%% changed %.1f s,"
                + " diff 1%% %.2f s (%d persons changed)%n",
                getClass().getSimpleName().startsWith("H2") ? "h2" : "postgresql", before.size(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, diff.persons().size());
        assertThat(diff.personIds(ChangeKind.LEAVER)).hasSize(300);
        assertThat(diff.personIds(ChangeKind.JOINER)).hasSize(300);
        assertThat(diff.personIds(ChangeKind.MOVER)).hasSize(400);
    }
}

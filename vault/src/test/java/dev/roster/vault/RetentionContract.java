package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Person;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exclusion and retention tests of {@link VaultContract}, for every database. */
interface RetentionContract {
    Vault vault();

    @Test
    default void exclusionsAreKeptUntilIncludedAndAudited() {
        assertThat(vault().exclude("P1", "alice", "legal hold")).isTrue();
        assertThat(vault().exclude("P1", "bob", "again")).isFalse();
        assertThat(vault().exclude("P0", "bob", "on secondment")).isTrue();

        assertThat(vault().excludedPersons()).containsExactly("P0", "P1");
        Exclusion p1 = vault().exclusions().get(1);
        assertThat(p1.actor()).isEqualTo("alice");
        assertThat(p1.reason()).isEqualTo("legal hold");

        assertThat(vault().include("P1", "carol", "hold lifted")).isTrue();
        assertThat(vault().include("P1", "carol", "again")).isFalse();
        assertThat(vault().excludedPersons()).containsExactly("P0");
        assertThat(vault().audit(10)).extracting(e -> e.actor() + " " + e.event() + " " + e.detail())
                .containsExactly("carol person.included P1: hold lifted",
                        "bob person.excluded P0: on secondment", "alice person.excluded P1: legal hold");
        assertThatThrownBy(() -> vault().exclude("P2", "alice", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void leaversAreForgottenSomeDaysAfterTheirLastAccountWasDeleted() {
        List<Person> all = People.many(4, "Clerk");   // P000000 .. P000003
        vault().storeSnapshot(People.snapshot(all));
        for (Person p : all.subList(0, 3)) {
            vault().record(LedgerContract.create(p.id(), true), new AccountRef("guid-" + p.id()));
        }
        vault().record(new Action.Delete("ad", "P000001", LedgerContract.WHY), new AccountRef("guid-P000001"));
        vault().record(new Action.Delete("ad", "P000002", LedgerContract.WHY), new AccountRef("guid-P000002"));
        vault().record(LedgerContract.create("P000002", true), new AccountRef("guid-2b"));
        // P000000 stays; P000001 left, account deleted; P000002 left, has an account again;
        // P000003 left, never had an account
        vault().storeSnapshot(People.snapshot(all.subList(0, 1)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(vault().purgeLeavers(today, 30)).isZero();
        assertThat(vault().purgeLeavers(today.plusDays(31), 30)).isEqualTo(1);

        assertThat(vault().personVersionCount()).isEqualTo(3);
        assertThat(vault().diff(1, 2).personIds(ChangeKind.LEAVER))
                .containsExactly("P000002", "P000003");
        assertThat(vault().persons()).containsExactlyElementsOf(all.subList(0, 1));
        assertThat(vault().deletedAccounts("ad")).extracting(DeletedAccount::personId)
                .contains("P000001");
        assertThat(vault().audit(1).get(0).detail()).contains("1 leavers", "P000001");
        assertThat(vault().purgeLeavers(today.plusDays(31), 30)).isZero();
    }

    @Test
    default void pruningKeepsTheNewestAcceptedSnapshotsAndTheHeldOne() {
        for (String title : List.of("A", "B", "C", "D")) {
            List<Person> persons = List.of(People.simple("SAME", "Clerk"), People.simple("X", title));
            vault().storeSnapshot(People.snapshot(persons));
        }
        vault().storeSnapshot(People.snapshot(List.of()),
                Thresholds.parse("test", java.util.Map.of("removed", "0")));

        assertThat(vault().pruneSnapshots(2)).isEqualTo(2);

        assertThat(vault().snapshots(10)).extracting(SnapshotInfo::revision).containsExactly(5L, 4L, 3L);
        assertThat(vault().personVersionCount()).isEqualTo(3);
        assertThat(vault().diff(3, 4).personIds(ChangeKind.MOVER)).containsExactly("X");
        assertThatThrownBy(() -> vault().diff(1, 4)).isInstanceOf(VaultException.class);
        assertThat(vault().pruneSnapshots(1)).isEqualTo(1);
        assertThat(vault().persons()).contains(People.simple("SAME", "Clerk"));
        assertThat(vault().approve(5, "alice", "everyone left")).isEqualTo(5);
        assertThat(vault().pruneSnapshots(1)).isEqualTo(1);
        assertThat(vault().personVersionCount()).isZero();
        assertThatThrownBy(() -> vault().pruneSnapshots(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.Person;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diff and source-threshold tests of {@link VaultContract}, for every database. */
interface HoldContract {
    Thresholds AT_MOST_10_PERCENT_REMOVED = Thresholds.parse("test", Map.of("removed", "10%"));

    Vault vault();

    /** 100 persons, then 60 of them: 40% disappear and the second import is held. */
    private StoreResult holdAnImportLosing40Percent() {
        vault().storeSnapshot(People.snapshot(People.many(100, "Clerk")), AT_MOST_10_PERCENT_REMOVED);
        return vault().storeSnapshot(People.snapshot(People.many(100, "Clerk").subList(40, 100)),
                AT_MOST_10_PERCENT_REMOVED);
    }

    @Test
    default void diffOfStoredSnapshotsIsTheDiffOfTheirPersons() {
        vault().storeSnapshot(People.snapshot(Organisation.before()));
        vault().storeSnapshot(People.snapshot(Organisation.after()));

        assertThat(vault().diff(1, 2)).isEqualTo(
                SnapshotDiff.between(1, Organisation.before(), 2, Organisation.after()));
        assertThat(vault().diff(2, 1)).isEqualTo(
                SnapshotDiff.between(2, Organisation.after(), 1, Organisation.before()));
        assertThat(vault().diff(0, 1).personIds(ChangeKind.JOINER)).hasSize(13);
        assertThat(vault().diff(2, 2).isEmpty()).isTrue();
        assertThatThrownBy(() -> vault().diff(1, 9)).isInstanceOf(VaultException.class)
                .hasMessageContaining("there is no snapshot 9");
    }

    @Test
    default void importOverALimitIsHeldAndThePreviousStaysCurrent() {
        StoreResult result = holdAnImportLosing40Percent();

        assertThat(result).isEqualTo(new StoreResult(2, true,
                List.of("removed 40 persons (40.0% of 100), over the limit of 10%")));
        assertThat(vault().revision()).isEqualTo(1);
        assertThat(vault().persons()).containsExactlyElementsOf(People.many(100, "Clerk"));
        assertThat(vault().currentSnapshot().orElseThrow().revision()).isEqualTo(1);
        SnapshotInfo held = vault().held().orElseThrow();
        assertThat(held.revision()).isEqualTo(2);
        assertThat(held.status()).isEqualTo(SnapshotStatus.HELD);
        assertThat(held.breaches()).isEqualTo(result.breaches());
        assertThat(vault().snapshots(10)).extracting(SnapshotInfo::status)
                .containsExactly(SnapshotStatus.HELD, SnapshotStatus.CURRENT);
        SnapshotDiff diff = vault().diff(vault().revision(), held.revision());
        assertThat(diff.personIds(ChangeKind.LEAVER))
                .isEqualTo(People.many(40, "Clerk").stream().map(Person::id).toList());
        assertThat(diff.persons()).hasSize(40);
        assertThat(vault().audit(1).get(0).detail()).contains("snapshot 2", "removed 40 persons");
    }

    @Test
    default void approvalMakesTheHeldImportCurrentAndIsAudited() {
        holdAnImportLosing40Percent();

        assertThat(vault().approve(2, "alice", "40 moved to the new foundation")).isEqualTo(2);

        assertThat(vault().revision()).isEqualTo(2);
        assertThat(vault().persons()).hasSize(60);
        assertThat(vault().held()).isEmpty();
        assertThat(vault().snapshots(10)).extracting(SnapshotInfo::status)
                .containsExactly(SnapshotStatus.CURRENT, SnapshotStatus.ACCEPTED);
        AuditEntry audit = vault().audit(1).get(0);
        assertThat(audit.actor()).isEqualTo("alice");
        assertThat(audit.event()).isEqualTo("snapshot.approved");
        assertThat(audit.detail()).contains("snapshot 2", "40 moved to the new foundation");
        assertThatThrownBy(() -> vault().approve(2, "bob", "again"))
                .isInstanceOf(VaultException.class).hasMessageContaining("not held");
        assertThatThrownBy(() -> vault().approve(7, "bob", "why"))
                .isInstanceOf(VaultException.class).hasMessageContaining("no such snapshot");
        assertThatThrownBy(() -> vault().approve(2, "bob", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }

    @Test
    default void aNewerImportSupersedesTheHeldOne() {
        holdAnImportLosing40Percent();
        StoreResult stillBad = vault().storeSnapshot(People.snapshot(People.many(50, "Clerk")),
                AT_MOST_10_PERCENT_REMOVED);
        assertThat(stillBad.held()).isTrue();
        assertThat(vault().revision()).isEqualTo(1);

        StoreResult good = vault().storeSnapshot(People.snapshot(People.many(100, "Clerk")),
                AT_MOST_10_PERCENT_REMOVED);

        assertThat(good).isEqualTo(new StoreResult(4, false, List.of()));
        assertThat(vault().revision()).isEqualTo(4);
        assertThat(vault().held()).isEmpty();
        assertThat(vault().snapshots(10)).extracting(SnapshotInfo::status).containsExactly(
                SnapshotStatus.CURRENT, SnapshotStatus.SUPERSEDED, SnapshotStatus.SUPERSEDED,
                SnapshotStatus.ACCEPTED);
        assertThatThrownBy(() -> vault().approve(3, "alice", "late"))
                .isInstanceOf(VaultException.class).hasMessageContaining("superseded");
        assertThat(vault().personVersionCount()).isEqualTo(100);
        assertThat(vault().diff(1, 4).isEmpty()).isTrue();
    }

    @Test
    default void theFirstImportIsHeldOnlyWhenConfigured() {
        Thresholds tenPercent = Thresholds.parse("test", Map.of("added", "10%"));
        assertThat(vault().storeSnapshot(People.snapshot(People.many(5, "A")), tenPercent).held())
                .isFalse();
        assertThat(vault().storeSnapshot(People.snapshot(People.many(5, "A")), tenPercent).held())
                .isFalse();
    }

    @Test
    default void holdFirstHoldsTheFirstImportUntilApproved() {
        Thresholds holdFirst = Thresholds.parse("test", Map.of("added", "10%", "holdFirst", true));

        StoreResult first = vault().storeSnapshot(People.snapshot(People.many(5, "A")), holdFirst);

        assertThat(first.held()).isTrue();
        assertThat(vault().revision()).isZero();
        assertThat(vault().persons()).isEmpty();
        assertThat(vault().diff(0, 1).personIds(ChangeKind.JOINER)).hasSize(5);
        vault().approve(1, "alice", "initial load checked");
        assertThat(vault().revision()).isEqualTo(1);
        assertThat(vault().persons()).hasSize(5);
    }

    @Test
    default void blockedRecordsAreKeptAndCounted() {
        vault().storeSnapshot(People.snapshot(People.many(10, "A")));
        Snapshot s = People.snapshot(People.many(10, "A"));
        Snapshot blocked = new Snapshot(s.source(), s.importedAt(), s.asOf(), s.persons(),
                s.departments(), s.counts(), s.warnings(), List.of("record 7: no e-mail",
                        "record 8: no e-mail", "record 9: no start date"));

        StoreResult result = vault().storeSnapshot(blocked,
                Thresholds.parse("test", Map.of("blocked", "2")));

        assertThat(result.breaches()).containsExactly(
                "blocked 3 persons (30.0% of 10), over the limit of 2");
        assertThat(vault().held().orElseThrow().blocked()).containsExactlyElementsOf(blocked.blocked());
    }
}

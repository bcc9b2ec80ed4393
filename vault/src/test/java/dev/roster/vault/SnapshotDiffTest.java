package dev.roster.vault;

import static dev.roster.vault.ChangeKind.CONTRACT_ADDED;
import static dev.roster.vault.ChangeKind.CONTRACT_ENDED;
import static dev.roster.vault.ChangeKind.CUSTOM_FIELD;
import static dev.roster.vault.ChangeKind.JOINER;
import static dev.roster.vault.ChangeKind.LEAVER;
import static dev.roster.vault.ChangeKind.MOVER;
import static dev.roster.vault.ChangeKind.NAME_CHANGE;
import static dev.roster.vault.ChangeKind.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.Person;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {
    private final SnapshotDiff diff = SnapshotDiff.between(1, Organisation.before(), 2,
            Organisation.after());

    @Test
    void classifiesEachPersonOfTheFixtureOrganisation() {
        assertThat(diff.persons()).extracting(PersonChange::personId).containsExactly("E02", "E03",
                "E04", "E05", "E06", "E07", "E08", "E09", "E10", "E11", "E12", "E13", "E14");
        assertThat(kinds("E02")).containsExactly(MOVER);
        assertThat(kinds("E03")).containsExactly(MOVER);
        assertThat(kinds("E04")).containsExactly(MOVER);
        assertThat(kinds("E05")).containsExactly(NAME_CHANGE);
        assertThat(kinds("E06")).containsExactly(CONTRACT_ADDED);
        assertThat(kinds("E07")).containsExactly(CONTRACT_ENDED);
        assertThat(kinds("E08")).containsExactly(CUSTOM_FIELD);
        assertThat(kinds("E09")).containsExactly(LEAVER);
        assertThat(kinds("E10")).containsExactly(OTHER);
        assertThat(kinds("E11")).containsExactly(JOINER);
        assertThat(kinds("E12")).containsExactly(CONTRACT_ENDED, OTHER);
        assertThat(kinds("E13")).containsExactly(OTHER);
        assertThat(kinds("E14")).containsExactly(OTHER);
        assertThat(diff.personIds(MOVER)).containsExactly("E02", "E03", "E04");
        assertThat(diff.counts()).containsEntry(JOINER, 1).containsEntry(LEAVER, 1)
                .containsEntry(OTHER, 4).hasSize(ChangeKind.values().length);
        assertThat(diff.fromCount()).isEqualTo(13);
        assertThat(diff.toCount()).isEqualTo(13);
    }

    @Test
    void listsEachChangedValueWithItsPathBeforeAndAfter() {
        assertThat(lines("E02")).containsExactly("contracts[E02-1].departmentId: OE-210 -> OE-300",
                "contracts[E02-1].departmentName: Finance -> Sales");
        assertThat(lines("E05")).containsExactly("name.partnerName: (none) -> Bakker",
                "name.convention: B -> BP");
        assertThat(lines("E06")).containsExactly(
                "contracts[E06-2]: (none) -> 2025-02-01..open, OE-300 Sales, Advisor");
        assertThat(lines("E07")).containsExactly("contracts[E07-1].end: (none) -> 2025-03-31");
        assertThat(lines("E08")).containsExactly("fields[badge]: B-1 -> B-2",
                "contracts[E08-1].fields[grade]: 10 -> 11");
        assertThat(lines("E09")).containsExactly("person: Anna de Vries, 1 contract -> (none)");
        assertThat(lines("E10")).containsExactly("email: e10@example.org -> anna.new@example.org");
        assertThat(lines("E12")).containsExactly("birthDate: 1990-01-01 -> 1990-01-02",
                "contracts[E12-1]: 2022-01-01..open, OE-210 Finance, Advisor -> (none)");
        assertThat(lines("E13")).containsExactly("contracts[E13-1].end: 2025-03-31 -> 2025-06-30");
        assertThat(change("E05").displayName()).isEqualTo("Anna de Vries - Bakker");
    }

    @Test
    void isDeterministicWhateverTheInputOrder() {
        List<Person> shuffled = new ArrayList<>(Organisation.after());
        Collections.reverse(shuffled);

        assertThat(SnapshotDiff.between(1, Organisation.before(), 2, shuffled)).isEqualTo(diff);
        assertThat(SnapshotDiff.between(1, Organisation.before(), 1, Organisation.before()).isEmpty())
                .isTrue();
        assertThat(SnapshotDiff.between(0, List.of(), 1, Organisation.before()).personIds(JOINER))
                .hasSize(13);
    }

    @Test
    void refusesAPersonTwice() {
        List<Person> twice = new ArrayList<>(Organisation.before());
        twice.add(Organisation.before().get(0));

        assertThatThrownBy(() -> SnapshotDiff.between(1, twice, 2, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snapshot 1");
    }

    private Set<ChangeKind> kinds(String id) {
        return change(id).kinds();
    }

    private List<String> lines(String id) {
        return change(id).changes().stream().map(FieldChange::toString).toList();
    }

    private PersonChange change(String id) {
        return diff.person(id).orElseThrow();
    }
}

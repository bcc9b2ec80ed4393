package dev.roster.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.PrimaryContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PrimaryContract} lives in the model; the mapping configures it, so it is tested here. */
class PrimaryContractTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static Contract contract(String id, String start, String end, String hours, String priority) {
        return new Contract(id, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), "OE-1", "", "",
                "", "", "", "", hours == null ? null : new BigDecimal(hours),
                priority == null ? Map.of() : Map.of("udf.Prioriteit", priority));
    }

    private final Contract ended = contract("c-ended", "2015-01-01", "2020-12-31", "36", "1");
    private final Contract small = contract("c-small", "2018-01-01", null, "8", "1");
    private final Contract big = contract("c-big", "2023-01-01", null, "24", "3");
    private final Contract future = contract("c-future", "2025-09-01", null, "36", "2");
    private final List<Contract> all = List.of(ended, small, big, future);

    @Test
    void byDefaultTheActiveContractWithTheMostHoursIsPrimary() {
        assertThat(PrimaryContract.DEFAULT.choose(all, TODAY)).contains(big);
        assertThat(PrimaryContract.DEFAULT.choose(List.of(ended, future), TODAY)).as("future before ended").contains(future);
        assertThat(PrimaryContract.DEFAULT.choose(List.of(), TODAY)).isEmpty();
    }

    @Test
    void configuredCriteriaDecideInOrderIncludingACustomField() {
        PrimaryContract byPriority = PrimaryContract.parse("mapping.primaryContract",
                List.of("active-first", "field:udf.Prioriteit ascending"));
        PrimaryContract byPriorityDown = PrimaryContract.parse("mapping.primaryContract",
                List.of("field:udf.Prioriteit descending"));
        PrimaryContract earliest = PrimaryContract.parse("mapping.primaryContract", List.of("earliest-start"));

        assertThat(byPriority.choose(all, TODAY)).contains(small);
        assertThat(byPriorityDown.choose(all, TODAY)).contains(big);
        assertThat(earliest.choose(all, TODAY)).contains(ended);
        assertThat(PrimaryContract.parse("x", List.of("latest-end", "fewest-hours")).choose(all, TODAY)).contains(small);
    }

    @Test
    void numbersCompareAsNumbersAndEmptyValuesComeLast() {
        Contract ten = contract("a", "2020-01-01", null, null, "10");
        Contract nine = contract("b", "2020-01-01", null, null, "9");
        Contract none = contract("0", "2020-01-01", null, null, null);
        PrimaryContract ascending = PrimaryContract.parse("x", List.of("field:udf.Prioriteit"));
        PrimaryContract descending = PrimaryContract.parse("x", List.of("field:udf.Prioriteit descending"));

        assertThat(ascending.choose(List.of(none, ten, nine), TODAY)).contains(nine);
        assertThat(descending.choose(List.of(none, nine, ten), TODAY)).contains(ten);
        assertThat(ascending.choose(List.of(none), TODAY)).contains(none);
    }

    @Test
    void theContractIdDecidesATieSoTheChoiceNeverDependsOnTheOrder() {
        Contract a = contract("100-1-1", "2020-01-01", null, "20", null);
        Contract b = contract("100-2-1", "2020-01-01", null, "20", null);

        Optional<Contract> one = PrimaryContract.DEFAULT.choose(List.of(a, b), TODAY);
        Optional<Contract> other = PrimaryContract.DEFAULT.choose(List.of(b, a), TODAY);

        assertThat(one).contains(a);
        assertThat(other).contains(a);
    }

    @Test
    void anUnknownCriterionIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> PrimaryContract.parse("roster.yaml: mapping.primaryContract",
                List.of("active-first", "most-money")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("roster.yaml: mapping.primaryContract[1]: unknown criterion 'most-money'; "
                        + "the criteria are active-first, most-hours,");
        assertThatThrownBy(() -> PrimaryContract.parse("p", List.of("field:")))
                .hasMessage("p[0]: 'field:' must be field:NAME ascending or field:NAME descending");
    }
}

package dev.roster.source.visma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The export dates as the reader takes them: yyyy-MM-dd, strictly. */
class TablesDateTest {

    @Test
    void readsEveryDayOfALeapYearAsTheJdkDoes() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            assertThat(Tables.date(d.toString())).isEqualTo(d);
        }
        assertThat(Tables.date(" 2026-03-01 ")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Tables.date("")).isNull();
        assertThat(Tables.date(null)).isNull();
    }

    @Test
    void refusesADayTheMonthDoesNotHaveAndWhatIsNoDate() {
        for (String bad : new String[] {"2023-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                "2026-1-05", "05-01-2026", "2026/01/05", "2026-0a-05"}) {
            assertThatThrownBy(() -> Tables.date(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}

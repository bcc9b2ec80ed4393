package dev.roster.source.visma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.SourceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rows an export's CSV becomes: what the joins see of each cell. */
class CsvRowsTest {

    private static List<Map<String, String>> rows(String csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        CsvRows.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), List.of("employeeid"),
                "visma export employees (employees.csv)", new ValuePool(), header -> { }, rows::add);
        return rows;
    }

    @Test
    void aRowHoldsItsNonEmptyCellsByColumnAndARepeatedColumnKeepsTheFirst() throws IOException {
        List<Map<String, String>> rows = rows("""
                employeeid,firstname,lastname,firstname,email
                1001,Jan,,Johannes,jan@example.test
                1002,Anna,Smit
                """);

        assertThat(rows).hasSize(2);
        Map<String, String> jan = rows.get(0);
        assertThat(jan).isEqualTo(Map.of("employeeid", "1001", "firstname", "Jan", "email", "jan@example.test"))
                .hasSameHashCodeAs(Map.of("employeeid", "1001", "firstname", "Jan", "email", "jan@example.test"));
        assertThat(jan.get("lastname")).as("an empty cell is no value").isNull();
        assertThat(jan.containsKey("lastname")).isFalse();
        assertThat(jan.getOrDefault("lastname", "-")).isEqualTo("-");
        assertThat(jan.get(new String("firstname"))).as("found by name, not only by the header's instance").isEqualTo("Jan");
        assertThat(jan.keySet()).containsExactly("employeeid", "firstname", "email");
        assertThat(rows.get(1)).as("a short row has the cells it has").containsExactlyInAnyOrderEntriesOf(
                Map.of("employeeid", "1002", "firstname", "Anna", "lastname", "Smit")).hasSize(3);
        assertThat(Map.copyOf(rows.get(1))).isEqualTo(rows.get(1));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderNamesIsRefusedWithItsLine() {
        assertThatThrownBy(() -> rows("""
                employeeid,firstname
                1001,Jan
                1002,Anna,Smit
                """)).isInstanceOf(SourceException.class)
                .hasMessage("visma export employees (employees.csv): line 3 has 3 cells but the header names 2 columns");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefused() {
        assertThatThrownBy(() -> rows("""
                id,firstname
                1001,Jan
                """)).isInstanceOf(SourceException.class)
                .hasMessage("visma export employees (employees.csv): the file has no column 'employeeid'");
    }
}

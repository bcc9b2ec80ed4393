package dev.roster.source.visma;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CustomFieldsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);

    @Test
    void theValidPeriodWinsWhateverItsPlaceAndTheHistoryIsOrderedJson() {
        CustomFields fields = new CustomFields("employee");
        fields.add("7", "Rol", new CustomFields.Period("B", "Team \"Noord\"", LocalDate.of(2025, 1, 1), null));
        fields.add("7", "Rol", new CustomFields.Period("A", "", null, LocalDate.of(2024, 12, 31)));
        List<String> warnings = new ArrayList<>();

        assertThat(fields.take("7", AS_OF, warnings))
                .containsEntry("udf.Rol", "B")
                .containsEntry("udf.Rol.listname", "Team \"Noord\"")
                .containsEntry("udf.Rol.history", "[{\"value\":\"A\",\"listname\":\"\",\"start\":null,"
                        + "\"end\":\"2024-12-31\"},{\"value\":\"B\",\"listname\":\"Team \\\"Noord\\\"\","
                        + "\"start\":\"2025-01-01\",\"end\":null}]");
        assertThat(warnings).isEmpty();
        assertThat(fields.take("7", AS_OF, warnings)).as("taken once").isEmpty();
    }

    @Test
    void aFieldWithoutAValidPeriodKeepsOnlyItsHistory() {
        CustomFields fields = new CustomFields("contract");
        fields.add("7-1-1", "Locatie", new CustomFields.Period("L-01", "Zeist", LocalDate.of(2026, 1, 1), null));

        assertThat(fields.take("7-1-1", AS_OF, new ArrayList<>())).containsOnlyKeys("udf.Locatie.history");
    }
}

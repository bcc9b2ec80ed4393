package dev.roster.mapping;

import static dev.roster.mapping.Fixtures.jan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.SourceRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingPreviewTest {

    private static final String LEFT = "%-47s | ";

    @Test
    void showsTheSourceRecordBesideTheMappedPersonAndWhereEachValueCameFrom() {
        SourceRecord record = jan("2025-01-01");
        PersonMapper mapper = new PersonMapper(Yaml.mapping("""
                person:
                  email: { expression: "fn:lower(record.nickname) + '@example.nl'" }
                custom:
                  person:
                    personnelNumber: udf.Personeelsnummer
                """));

        List<String> lines = MappingPreview.render(record, mapper.map(List.of(record)), mapper.config()).lines().toList();

        assertThat(lines.get(0)).isEqualTo(String.format(LEFT, "source record 100235") + "person 100235");
        assertThat(lines.get(1)).isEqualTo(String.format(LEFT, "  bankaccount          NL91ABNA0417164300")
                + "  given                Johannes Petrus   [direct: firstname]");
        List<String> right = lines.stream().map(l -> l.length() > 50 ? l.substring(50) : "").toList();
        assertThat(right).contains(
                "  familyName           de Vries - Bakker   [derived, convention BP]",
                "  email                jan@example.nl   [expression: fn:lower(record.nickname) + '@example.nl']",
                "  displayName          Jan de Vries - Bakker   [format {callName} {familyName}]",
                "  sortName             Vries - Bakker, Jan de   [format {familyNameWithoutPrefix}, {callName} {prefix}]",
                "  personnelNumber      P-4711   [custom, direct: udf.Personeelsnummer]",
                "contract 100235-1-1",
                "  title                Senior verpleegkundige   [direct: functionname]",
                "  hours                32   [direct: weekhoursfixed]");
        assertThat(lines.get(10)).isEqualTo(String.format(LEFT, "  partnername          Bakker") + right.get(10));
        assertThat(lines).as("a raw column no mapping uses is shown but not kept")
                .filteredOn(l -> l.contains("bankaccount")).hasSize(1);
    }

    @Test
    void showsWhyABlockedRecordIsLeftOut() {
        SourceRecord record = jan("01-01-2025");

        String text = MappingPreview.render(record, new PersonMapper(FieldMap.visma()).map(List.of(record)));

        assertThat(text).startsWith(String.format(LEFT, "source record 100235") + "BLOCKED: left out of the snapshot\n"
                + String.format(LEFT, "  bankaccount          NL91ABNA0417164300") + "  record 100235 contract "
                + "100235-1-1, field startdate: '01-01-2025' is not a date (yyyy-MM-dd)\n");
        assertThat(text).contains("  startdate            01-01-2025");
    }
}

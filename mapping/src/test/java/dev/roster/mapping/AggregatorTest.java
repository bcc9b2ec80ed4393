package dev.roster.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregatorTest {

    private static Person record(String id, String initials, String prefix, String birthName,
            String born, String gender, String email, String start, Map<String, String> extra) {
        Map<String, String> fields = new HashMap<>(extra);
        fields.put("initials", initials);
        fields.put("prefixbirthname", prefix);
        fields.put("birthname", birthName);
        fields.put("dateofbirth", born);
        fields.put("gender", gender);
        fields.put("businessemailaddress", email);
        PersonName name = new PersonName("", "", initials, prefix, birthName, "", "", NamingConvention.B);
        List<Contract> contracts = start == null ? List.of() : List.of(new Contract(id + "-1-1",
                LocalDate.parse(start), null, "OE-210", "", "", "", "", "", "", null, Map.of()));
        return new Person(id, name, email, born.isEmpty() ? null : LocalDate.parse(born), gender,
                fields, contracts);
    }

    private static Person jan(String id, String start) {
        return record(id, "J.P.", "de", "Vries", "1984-06-21", "M", "jan.devries@example.nl", start, Map.of());
    }

    private final Aggregator byDefault = new Aggregator(AggregationRules.defaults());

    @Test
    void twoRecordsOfOnePersonBecomeOnePersonNamedAfterTheMostRecentRecord() {
        Person anna = record("100100", "A.", "", "Jansen", "1975-02-11", "V", "anna@example.nl", "2019-03-01", Map.of());
        AggregationResult result = byDefault.aggregate(List.of(jan("100235", "2025-01-01"), anna,
                jan("100234", "2021-09-01")));

        assertThat(result.persons()).extracting(Person::id).containsExactly("100235", "100100");
        Person merged = result.persons().get(0);
        assertThat(merged.contracts()).extracting(Contract::id).containsExactly("100234-1-1", "100235-1-1");
        assertThat(merged.fields()).containsEntry(Aggregator.RECORDS_FIELD, "100235,100234");
        assertThat(result.merged()).containsExactly(new Aggregated("100235", List.of("100235", "100234")));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.persons().get(1)).isSameAs(anna);
    }

    @Test
    void theKeyIgnoresCaseSpacesDotsAndDiacritics() {
        Person a = record("1", "N.", "van der", "Müller", "1990-01-02", "M", "", "2020-01-01", Map.of());
        Person b = record("2", "n", "Van  der", "MULLER", "1990-01-02", "m", "", "2024-01-01", Map.of());
        Person c = record("3", "Æ.", "", "Ærts", "1980-05-05", "V", "", "2020-01-01", Map.of());
        Person d = record("4", "ae", "", "aerts", "1980-05-05", "V", "", "2021-01-01", Map.of());

        AggregationResult result = byDefault.aggregate(List.of(a, b, c, d));

        assertThat(result.persons()).extracting(Person::id).containsExactly("2", "4");
        assertThat(AggregationKey.normalise(" Van der  Méér ")).isEqualTo("vandermeer");
    }

    @Test
    void aDifferentBirthDateOrEmptyKeyPartMeansAnotherPerson() {
        Person twin = record("2", "J.P.", "de", "Vries", "1984-06-22", "M", "", "2025-01-01", Map.of());
        Person noBirthDate = record("3", "J.P.", "de", "Vries", "", "M", "", "2025-01-01", Map.of());
        Person alsoNoBirthDate = record("4", "J.P.", "de", "Vries", "", "M", "", "2025-02-01", Map.of());

        AggregationResult result = byDefault.aggregate(List.of(jan("1", "2020-01-01"), twin,
                noBirthDate, alsoNoBirthDate));

        assertThat(result.persons()).hasSize(4);
        assertThat(result.merged()).isEmpty();
    }

    @Test
    void anotherEmailDomainIsAConflictKeptApartByDefaultAndMergedWhenConfigured() {
        Person elsewhere = record("100236", "J.P.", "de", "Vries", "1984-06-21", "M",
                "jan@other-employer.example", "2023-01-01", Map.of());
        List<Person> input = List.of(jan("100235", "2025-01-01"), elsewhere);

        AggregationResult apart = byDefault.aggregate(input);
        assertThat(apart.persons()).extracting(Person::id).containsExactly("100235", "100236");
        assertThat(apart.conflicts()).singleElement().hasToString("records 100235 and 100236 share an "
                + "aggregation key but differ in businessemailaddress (domain) ('example.nl' and "
                + "'other-employer.example'): kept apart (onConflict: keepApart)");

        AggregationResult merged = new Aggregator(AggregationRules.defaults()
                .withOnConflict(ConflictPolicy.MERGE)).aggregate(input);
        assertThat(merged.persons()).singleElement().satisfies(p ->
                assertThat(p.fields()).containsEntry(Aggregator.RECORDS_FIELD, "100235,100236"));
        assertThat(merged.conflicts()).singleElement().extracting(Conflict::policy).isEqualTo(ConflictPolicy.MERGE);
    }

    @Test
    void aCustomFieldKeyJoinsRecordsAndReportsADifferentBirthDate() {
        Person old = record("7", "A.", "", "Jansen", "1975-02-11", "V", "", "2010-01-01", Map.of("udf.UniqueID", "U-1"));
        Person renamed = record("9", "A.M.", "", "Bakker", "1975-02-11", "V", "", "2020-01-01", Map.of("udf.UniqueID", "u-1"));
        Person wrongBirth = record("8", "A.", "", "Jansen", "1976-02-11", "V", "", "2015-01-01", Map.of("udf.UniqueID", "U-1"));
        Person none = record("10", "A.", "", "Jansen", "1975-02-11", "V", "", "2015-01-01", Map.of());
        Aggregator byId = new Aggregator(AggregationRules.byCustomField("UniqueID", ConflictPolicy.KEEP_APART));

        AggregationResult result = byId.aggregate(List.of(old, renamed, wrongBirth, none));

        assertThat(result.persons()).extracting(Person::id).containsExactly("9", "8", "10");
        assertThat(result.persons().get(0).fields()).containsEntry(Aggregator.RECORDS_FIELD, "9,7");
        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.personId()).isEqualTo("9");
            assertThat(c.recordId()).isEqualTo("8");
            assertThat(c.field()).isEqualTo("dateofbirth");
        });
    }

    @Test
    void aRecordWithoutContractsIsNeverTheMostRecentAndThePolicyParsesFromConfiguration() {
        AggregationResult result = byDefault.aggregate(List.of(jan("5", "2020-01-01"), jan("6", null)));
        assertThat(result.persons()).extracting(Person::id).containsExactly("5");
        assertThat(ConflictPolicy.parse("aggregation.onConflict", "merge")).isEqualTo(ConflictPolicy.MERGE);
        assertThatThrownBy(() -> ConflictPolicy.parse("aggregation.onConflict", "join"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("aggregation.onConflict must be merge or keepApart, got 'join'");
    }
}

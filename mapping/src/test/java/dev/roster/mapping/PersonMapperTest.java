package dev.roster.mapping;

import static dev.roster.mapping.Fixtures.anna;
import static dev.roster.mapping.Fixtures.jan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.SourceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonMapperTest {

    private final PersonMapper mapper = new PersonMapper(FieldMap.visma());

    @Test
    void mapsTheVismaColumnsToAPersonWithNameContractAndManager() {
        Person p = mapper.map(jan("2025-01-01"));

        assertThat(p.id()).isEqualTo("100235");
        assertThat(p.name().convention()).isEqualTo(NamingConvention.BP);
        assertThat(p.name().displayName()).isEqualTo("Jan de Vries - Bakker");
        assertThat(p.fields()).containsEntry(PersonMapper.DISPLAY_NAME, "Jan de Vries - Bakker")
                .containsEntry(PersonMapper.SORT_NAME, "Vries - Bakker, Jan de");
        assertThat(p.email()).isEqualTo("jan.devries@example.nl");
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1984, 6, 21));
        assertThat(p.contracts()).singleElement().satisfies(c -> {
            assertThat(c.departmentId()).isEqualTo("OE-210");
            assertThat(c.departmentName()).isEqualTo("Wijkteam Noord");
            assertThat(c.managerId()).isEqualTo("100100");
            assertThat(c.costCenter()).isEqualTo("4100");
            assertThat(c.location()).isEqualTo("Noord");
            assertThat(c.hours()).isEqualByComparingTo(new BigDecimal("32"));
            assertThat(c.employer()).isEqualTo("Zorggroep Voorbeeld B.V.");
            assertThat(c.end()).isNull();
        });
    }

    @Test
    void aRecordWithAnUnreadableStartDateIsBlockedWithTheFieldAndTheOthersGoOn() {
        MappingResult result = mapper.map(List.of(jan("01-01-2025"), anna()));

        assertThat(result.persons()).extracting(Person::id).containsExactly("100100");
        assertThat(result.blocked()).singleElement().hasToString(
                "record 100235 contract 100235-1-1, field startdate: '01-01-2025' is not a date (yyyy-MM-dd)");
    }

    @Test
    void aRecordWithoutFamilyNameIsBlockedNamingTheSourceColumn() {
        MappingResult result = mapper.map(List.of(new SourceRecord("7", Map.of("firstname", "X"), List.of()), anna()));

        assertThat(result.persons()).extracting(Person::id).containsExactly("100100");
        assertThat(result.blocked()).singleElement()
                .isEqualTo(new Blocked("7", "birthname", "required field birthName is empty"));
    }

    @Test
    void configuredRequiredFieldsBlockOnlyThePersonsMissingThem() {
        PersonMapper strict = new PersonMapper(Yaml.mapping("""
                required: [birthName, email, contract.start, contract.title, contract.niveau]
                custom:
                  contract:
                    niveau: salaryscale
                """));
        SourceRecord noEmail = new SourceRecord("3", Map.of("birthname", "Smit"), List.of());
        SourceRecord noTitle = new SourceRecord("4", Map.of("birthname", "Smit", "businessemailaddress", "s@x.nl"),
                List.of(new dev.roster.model.SourceContract("4-1-1", Map.of("startdate", "2024-01-01",
                        "salaryscale", "FWG 40"))));

        MappingResult result = strict.map(List.of(jan("2025-01-01"), noEmail, noTitle));

        assertThat(result.persons()).extracting(Person::id).containsExactly("100235");
        assertThat(result.blocked()).containsExactly(
                new Blocked("3", "businessemailaddress", "required field email is empty"),
                new Blocked("4 contract 4-1-1", "functionname", "required field title is empty"));
    }

    @Test
    void aRequiredCustomFieldComputedEmptyIsNamedByItsConfiguredPath() {
        PersonMapper mapper = new PersonMapper(Yaml.mapping("""
                required: [birthName, code]
                custom:
                  person:
                    code: { expression: "fn:trim(record['udf.Personeelsnummer'])" }
                """));

        MappingResult result = mapper.map(List.of(jan("2025-01-01"), anna()));

        assertThat(result.persons()).extracting(Person::id).containsExactly("100235");
        assertThat(result.blocked()).containsExactly(new Blocked("100100", "custom.person.code", "required field code is empty"));
    }

    @Test
    void theFourVismaNameUsageLabelsGiveTheFourConventions() {
        assertThat(PersonMapper.convention("Eigen")).isEqualTo(NamingConvention.B);
        assertThat(PersonMapper.convention("Partner")).isEqualTo(NamingConvention.P);
        assertThat(PersonMapper.convention("Eig./Part.")).isEqualTo(NamingConvention.BP);
        assertThat(PersonMapper.convention("Part./eig.")).isEqualTo(NamingConvention.PB);
        assertThat(PersonMapper.convention("")).isEqualTo(NamingConvention.B);
    }

    @Test
    void onlyUsedSourceFieldsAndCustomFieldsAreKeptUnlessAllAreConfigured() {
        Person used = mapper.map(jan("2025-01-01"));
        assertThat(used.fields()).containsEntry("birthname", "Vries")
                .containsEntry("udf.Personeelsnummer", "P-4711")
                .doesNotContainKey("bankaccount");
        assertThat(used.contracts().get(0).fields()).containsEntry("udf.Locatie", "Noord")
                .containsEntry("orgunit", "OE-210").doesNotContainKey("salaryscale");

        Person all = new PersonMapper(Yaml.mapping("keepSourceFields: all")).map(jan("2025-01-01"));
        assertThat(all.fields()).containsEntry("bankaccount", "NL91ABNA0417164300");
        assertThat(all.contracts().get(0).fields()).containsEntry("salaryscale", "FWG 45");

        MappingConfig withRules = Yaml.mapping("keepSourceFields: []").withSourceFields(List.of("salaryscale"));
        Person lean = new PersonMapper(withRules).map(jan("2025-01-01"));
        assertThat(lean.fields()).doesNotContainKeys("udf.Personeelsnummer", "bankaccount");
        assertThat(lean.contracts().get(0).fields()).containsEntry("salaryscale", "FWG 45")
                .containsEntry("udf.Locatie", "Noord");
        assertThat(withRules.usedSourceFields()).contains("salaryscale", "birthname", "startdate")
                .doesNotContain("bankaccount");
    }
}

package dev.roster.mapping;

import static dev.roster.mapping.Fixtures.jan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.Person;
import dev.roster.model.PrimaryContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingConfigTest {

    @Test
    void anEmptySectionMapsVismaWithTheDefaults() {
        MappingConfig empty = Yaml.mapping("");

        assertThat(empty).isEqualTo(MappingConfig.defaults());
        assertThat(MappingConfig.parse("roster.yaml: mapping", null)).isEqualTo(MappingConfig.defaults());
        assertThat(empty.required()).containsExactly("birthName", "contract.start");
        assertThat(empty.primaryContract()).isEqualTo(PrimaryContract.DEFAULT);
        assertThat(new PersonMapper(empty).map(jan("2025-01-01")))
                .isEqualTo(new PersonMapper(FieldMap.visma()).map(jan("2025-01-01")));
    }

    @Test
    void personFieldsAreMappedDirectFixedOrByExpression() {
        Person p = new PersonMapper(Yaml.mapping("""
                person:
                  given: nickname                      # shorthand for direct
                  initials: { direct: initials }
                  gender: { fixed: X }
                  birthName: { expression: "fn:upper(record.birthname)" }
                  email: { expression: "fn:lower(fn:removeDiacritics(record.nickname + '.' + record.birthname)) + '@example.nl'" }
                """)).map(jan("2025-01-01"));

        assertThat(p.name().given()).isEqualTo("Jan");
        assertThat(p.name().initials()).isEqualTo("J.P.");
        assertThat(p.gender()).isEqualTo("X");
        assertThat(p.name().familyName()).isEqualTo("de VRIES - Bakker");
        assertThat(p.email()).isEqualTo("jan.vries@example.nl");
    }

    @Test
    void contractFieldsReadTheContractAndTheRecord() {
        Contract c = new PersonMapper(Yaml.mapping("""
                contract:
                  title: { expression: "fn:titleCase(contract.functionname)" }
                  location: { fixed: Hoofdkantoor }
                  employer: { expression: "record.companyname + ' (' + contract['orgunit.name'] + ')'" }
                  hours: { expression: "contract.weekhoursfixed / 2" }
                """)).map(jan("2025-01-01")).contracts().get(0);

        assertThat(c.title()).isEqualTo("Senior Verpleegkundige");
        assertThat(c.location()).isEqualTo("Hoofdkantoor");
        assertThat(c.employer()).isEqualTo("Zorggroep Voorbeeld B.V. (Wijkteam Noord)");
        assertThat(c.hours()).isEqualByComparingTo("16");
    }

    @Test
    void customFieldsGoToThePersonsAndContractsFieldsUnderTheirNames() {
        MappingConfig config = Yaml.mapping("""
                custom:
                  person:
                    personnelNumber: udf.Personeelsnummer
                    country: { fixed: NL }
                    sortKey: { expression: "fn:join(' ', record.birthname, record.prefixbirthname)" }
                  contract:
                    scale: { expression: "fn:substring(contract.salaryscale, 4, 6)" }
                """);
        Person p = new PersonMapper(config).map(jan("2025-01-01"));

        assertThat(p.fields()).containsEntry("personnelNumber", "P-4711").containsEntry("country", "NL")
                .containsEntry("sortKey", "Vries de");
        assertThat(p.contracts().get(0).fields()).containsEntry("scale", "45");
        assertThat(config.usedSourceFields()).contains("udf.Personeelsnummer", "salaryscale", "birthname",
                "prefixbirthname", "firstname", "startdate");
    }

    @Test
    void namesFormatsRequiredFieldsCriteriaAndManagerAreRead() {
        MappingConfig config = Yaml.mapping("""
                displayName: "{initials} {familyName}"
                sortName: "{familyName}, {initials}"
                required: [birthName, contract.start, contract.departmentId]
                primaryContract: [active-first, "field:udf.Prioriteit ascending"]
                managerFromDepartment: whenMissing
                """);
        Person p = new PersonMapper(config).map(jan("2025-01-01"));

        assertThat(p.fields()).containsEntry(PersonMapper.DISPLAY_NAME, "J.P. de Vries - Bakker")
                .containsEntry(PersonMapper.SORT_NAME, "De Vries - Bakker, J.P.");
        assertThat(config.required()).containsExactly("birthName", "contract.start", "contract.departmentId");
        assertThat(config.primaryContract().criteria()).containsExactly("active-first", "field:udf.Prioriteit ascending");
        assertThat(config.managerFromDepartment()).isEqualTo(ManagerResolver.Mode.WHEN_MISSING);
        assertThat(config.usedSourceFields()).contains("udf.Prioriteit");
    }

    @Test
    void everyErrorNamesTheFileAndThePathOfTheSetting() {
        assertError("person:\n  given: { expression: \"fn:lower(record.firstname\" }",
                "roster.yaml: mapping.person.given.expression: parsing error in 'firstname' (at 1:17)");
        assertError("person:\n  firstName: firstname",
                "roster.yaml: mapping.person.firstName: unknown field; the fields are [birthDate, birthName,");
        assertError("contract:\n  title: { direct: a, fixed: b }",
                "roster.yaml: mapping.contract.title: must be a source field name, or one of");
        assertError("contract:\n  title: { compute: x }", "roster.yaml: mapping.contract.title: must be");
        assertError("person:\n  given: { expression: \"contract.x\" }",
                "roster.yaml: mapping.person.given.expression: unknown name 'contract.x'; an expression reads record.<field> and");
        assertError("contract:\n  title: { expression: \"record.udf.Functie\" }",
                "roster.yaml: mapping.contract.title.expression: 'record.udf.Functie': write record.<field>, or record['a.b']");
        assertError("custom:\n  person:\n    email: businessemailaddress",
                "roster.yaml: mapping.custom.person.email: is a standard field; map it under person instead");
        assertError("custom:\n  people: {}", "roster.yaml: mapping.custom.people: must be person or contract");
        assertError("required: [birthName, contract.grade]",
                "roster.yaml: mapping.required[1]: 'contract.grade' is not a person field");
        assertError("primaryContract: [active-first, biggest]",
                "roster.yaml: mapping.primaryContract[1]: unknown criterion 'biggest'");
        assertError("primaryContract: [\"field:Prioriteit upward\"]",
                "roster.yaml: mapping.primaryContract[0]: 'field:Prioriteit upward' must be field:NAME ascending");
        assertError("managerFromDepartment: sometimes",
                "roster.yaml: mapping.managerFromDepartment: must be never, whenMissing or always, got 'sometimes'");
        assertError("keepSourceFields: some", "roster.yaml: mapping.keepSourceFields: must be used, all, or a list");
        assertError("displayName: \"{voornaam}\"", "roster.yaml: mapping.displayName: unknown placeholder {voornaam}");
        assertError("fields: {}", "roster.yaml: mapping.fields: is not a mapping setting; the settings are [contract,");
    }

    @Test
    void theFieldMapOfTheEngineStillBuildsAMapper() {
        FieldMap fields = FieldMap.visma().with("roster.yaml: mapping", Map.of("given", "nickname"), Map.of());
        Person p = new PersonMapper(fields).map(jan("2025-01-01"));
        assertThat(p.name().given()).isEqualTo("Jan");
        assertThat(MappingConfig.of(fields).person()).containsEntry("given", new FieldRule.Direct("nickname"));
        assertThat(List.of(MappingConfig.of(fields).contract().get("start").describe())).containsExactly("direct: startdate");
    }

    private static void assertError(String yaml, String messageStart) {
        assertThatThrownBy(() -> Yaml.mapping(yaml)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(messageStart);
    }
}

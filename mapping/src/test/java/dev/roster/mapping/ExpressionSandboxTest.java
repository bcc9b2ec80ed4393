package dev.roster.mapping;

import static dev.roster.mapping.Fixtures.anna;
import static dev.roster.mapping.Fixtures.jan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an expression cannot do: nothing outside reading fields and calling the fn: functions. */
class ExpressionSandboxTest {

    private static MappingConfig given(String expression) {
        return Yaml.mapping("person:\n  given: { expression: \"" + expression.replace("\"", "\\\"") + "\" }");
    }

    private static String refusedAtLoad(String expression) {
        try {
            given(expression);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("'" + expression + "' was accepted at load");
    }

    @Test
    void classAccessObjectCreationAndJavaNamesAreRefusedAtLoad() {
        assertThat(refusedAtLoad("''.getClass()")).isEqualTo("roster.yaml: mapping.person.given.expression: "
                + "not allowed in a mapping expression: method call error in '.getClass(...)' (at 1:3)");
        assertThat(refusedAtLoad("new('java.io.File', '/')")).isEqualTo("roster.yaml: mapping.person.given."
                + "expression: not allowed in a mapping expression: create instance error in 'new(..., ...)' (at 1:1)");
        assertThat(refusedAtLoad("java.lang.System")).startsWith("roster.yaml: mapping.person.given.expression: "
                + "unknown name 'java.lang.System'");
        assertThat(refusedAtLoad("record.firstname.length()")).contains("method call error");
        assertThat(refusedAtLoad("x = record.firstname")).contains("not allowed in a mapping expression");
        assertThat(refusedAtLoad("#pragma jexl.namespace.rt java.lang.Runtime\nrt:getRuntime()"))
                .contains("roster.yaml: mapping.person.given.expression: ");
        assertThat(refusedAtLoad("for (c : record) { 1 }")).contains("roster.yaml: mapping.person.given.expression: ");
        assertThat(refusedAtLoad("(x) -> x")).contains("roster.yaml: mapping.person.given.expression: ");
        assertThat(refusedAtLoad("record.firstname.bytes")).contains("write record.<field>");
        assertThat(refusedAtLoad("fn:upper(record.firstname).class.forName('java.lang.System')"))
                .contains("method call error");
    }

    @Test
    void propertiesOfValuesAndUnknownFunctionsAreRefusedAtRunTimeBlockingOnlyThatRecord() {
        for (String expression : List.of("fn:trim(record.firstname).class", "fn:lower(record.firstname)['bytes']",
                "fn:nope(record.firstname)", "rt:getRuntime()",
                "fn:getClass()", "fn:hashCode() + ''", "fn:wait(1)", "fn:notify()", "fn:toString()")) {
            MappingResult result = new PersonMapper(given(expression)).map(List.of(jan("2025-01-01"), anna()));

            assertThat(result.persons()).as(expression).isEmpty();
            assertThat(result.blocked()).as(expression).hasSize(2).allSatisfy(b -> {
                assertThat(b.field()).isEqualTo("person.given");
                assertThat(b.reason()).startsWith("the expression failed: ");
            });
        }
    }

    @Test
    void theMessageOfARunTimeFailureNamesWhatFailed() {
        MappingResult result = new PersonMapper(given("fn:trim(record.firstname).class"))
                .map(List.of(jan("2025-01-01")));

        assertThat(result.blocked()).singleElement().hasToString("record 100235, field person.given: "
                + "the expression failed: undefined property 'class' (at 1:31)");
    }

    @Test
    void aFailingExpressionBlocksItsRecordWithTheFieldAndTheOthersGoOn() {
        MappingConfig config = Yaml.mapping("""
                custom:
                  contract:
                    startIso: { expression: "fn:isoDate(contract.datum, 'dd-MM-yyyy')" }
                """);
        var good = new dev.roster.model.SourceRecord("1", java.util.Map.of("birthname", "Smit"), List.of(
                new dev.roster.model.SourceContract("1-1-1", java.util.Map.of("startdate", "2024-01-01", "datum", "01-02-2024"))));
        var bad = new dev.roster.model.SourceRecord("2", java.util.Map.of("birthname", "Smit"), List.of(
                new dev.roster.model.SourceContract("2-1-1", java.util.Map.of("startdate", "2024-01-01", "datum", "2024-02-01"))));

        MappingResult result = new PersonMapper(config).map(List.of(good, bad));

        assertThat(result.persons()).singleElement().satisfies(p ->
                assertThat(p.contracts().get(0).fields()).containsEntry("startIso", "2024-02-01"));
        assertThat(result.blocked()).singleElement().hasToString("record 2 contract 2-1-1, field custom.contract.startIso: "
                + "the expression failed: '2024-02-01' is not a date in the pattern 'dd-MM-yyyy' (at 1:11)");
    }

    @Test
    void aDottedFieldNameIsReadWithBrackets() {
        Person p = new PersonMapper(given("record['udf.Personeelsnummer']")).map(jan("2025-01-01"));

        assertThat(p.name().given()).isEqualTo("P-4711");
        assertThatThrownBy(() -> given("record.udf.Personeelsnummer")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("record['a.b'] for a field name with a dot");
    }
}

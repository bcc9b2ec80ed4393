package dev.roster.policy;

import static dev.roster.policy.People.TREE;
import static dev.roster.policy.People.contract;
import static dev.roster.policy.People.person;
import static dev.roster.policy.People.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    static final Person P = person("1", Map.of("udf.Vestiging", "UTR", "ismanager", "false"));

    static boolean holds(String yaml, Contract c) {
        return Conditions.parse("w", yaml(yaml)).test(P, c, TREE);
    }

    static final Contract NURSE = contract("c", "OE-212", "Verpleegkundige", 24, "2025-01-01", null);

    @Test
    void eachOperatorTestsTheValueAtItsPath() {
        assertThat(holds("{ field: contract.title, equals: Verpleegkundige }", NURSE)).isTrue();
        assertThat(holds("{ field: contract.title, equals: verpleegkundige }", NURSE)).isFalse();
        assertThat(holds("{ field: contract.title, equals: verpleegkundige, ignoreCase: true }", NURSE)).isTrue();
        assertThat(holds("{ field: contract.departmentId, in: [OE-211, OE-212] }", NURSE)).isTrue();
        assertThat(holds("{ field: contract.departmentId, in: [OE-210] }", NURSE)).isFalse();
        assertThat(holds("{ field: contract.title, startsWith: Verpleeg }", NURSE)).isTrue();
        assertThat(holds("{ field: contract.title, startsWith: [Arts, Verp] }", NURSE)).isTrue();
        assertThat(holds("{ field: contract.title, matches: 'Verpleeg.*' }", NURSE)).isTrue();
        assertThat(holds("{ field: contract.title, matches: 'Verpleeg' }", NURSE)).as("whole value").isFalse();
        assertThat(holds("{ field: person.field.udf.Vestiging, exists: true }", NURSE)).isTrue();
        assertThat(holds("{ field: person.field.nothing, exists: false }", NURSE)).isTrue();
        assertThat(holds("{ field: contract.hours, atLeast: 24 }", NURSE)).isTrue();
        assertThat(holds("{ field: contract.hours, atLeast: 24.5 }", NURSE)).isFalse();
        assertThat(holds("{ field: contract.hours, atMost: 24 }", NURSE)).isTrue();
        assertThat(holds("{ field: contract.hours, atMost: 23 }", NURSE)).isFalse();
        assertThat(holds("{ field: contract.title, atLeast: 1 }", NURSE)).as("not a number").isFalse();
    }

    @Test
    void subDepartmentsMatchThroughTheirAncestors() {
        String rule = "{ field: contract.departmentId, in: [OE-210], includeSubDepartments: true }";
        assertThat(holds(rule, NURSE)).isTrue();
        assertThat(holds(rule, contract("c", "OE-210", "", 1, "2025-01-01", null))).isTrue();
        assertThat(holds(rule, contract("c", "OE-211", "", 1, "2025-01-01", null))).as("a sibling").isFalse();
        assertThat(holds(rule, contract("c", "OE-999", "", 1, "2025-01-01", null))).as("unknown").isFalse();
        assertThat(holds("{ field: contract.departmentId, equals: OE-200, includeSubDepartments: true }", NURSE)).isTrue();
    }

    @Test
    void groupsCombineAndNegate() {
        String example = """
                all:
                  - { field: contract.departmentId, in: [OE-210, OE-211], includeSubDepartments: true }
                  - { field: contract.title, startsWith: Verpleeg }
                  - not: { field: person.field.udf.Vestiging, equals: AMF }
                  - any: [ { field: contract.hours, atLeast: 32 }, { field: person.field.ismanager, equals: "false" } ]
                """;
        assertThat(holds(example, NURSE)).isTrue();
        assertThat(holds(example.replace("equals: AMF", "equals: UTR"), NURSE)).isFalse();
        assertThat(holds(example.replace("equals: \"false\"", "equals: \"true\""), NURSE)).isFalse();
        assertThat(holds("[ { field: contract.title, startsWith: X } ]", NURSE)).as("a list is all").isFalse();
        assertThat(holds("any: []", NURSE)).isFalse();
        assertThat(holds("not: { not: { field: contract.id, equals: c } }", NURSE)).isTrue();
    }

    @Test
    void whyNotNamesTheFailingConditionAndTheActualValue() {
        Condition c = Conditions.parse("w", yaml("""
                all:
                  - { field: contract.departmentId, in: [OE-210, OE-211] }
                  - not: { field: person.field.udf.Vestiging, equals: UTR }
                """));
        Contract other = contract("c", "OE-300", "", 1, "2025-01-01", null);
        assertThat(c.whyNot(P, other, TREE)).isEqualTo("contract.departmentId is OE-300, not in [OE-210, OE-211]");
        assertThat(c.whyNot(P, contract("c", "OE-210", "", 1, "2025-01-01", null), TREE))
                .isEqualTo("person.field.udf.Vestiging is UTR, which must not be equal to UTR");
        assertThat(c.describe()).isEqualTo(
                "contract.departmentId in [OE-210, OE-211] and not person.field.udf.Vestiging equal to UTR");
        assertThat(Conditions.parse("w", yaml("any: [ { field: contract.hours, atLeast: 32 }, { field: contract.title, exists: true } ]"))
                .whyNot(P, contract("c", "X", "", 16, "2025-01-01", null), TREE))
                .isEqualTo("none of: contract.hours is 16, not at least 32; contract.title is empty, not present");
    }

    @Test
    void parseErrorsNameThePathInsideTheCondition() {
        assertError("all: [ { field: contract.title, startWith: X } ]",
                "w.all[0].startWith: is not an operator; the operators are equals, in, startsWith");
        assertError("all: [ {}, { field: contract.nope, equals: X } ]", "w.all[0].field: is required");
        assertError("any: [ { field: contract.nope, equals: X } ]", "w.any[0].field: unknown value 'contract.nope'");
        assertError("not: { field: contract.title, matches: '([a' }",
                "w.not.matches: '([a' is not a valid regular expression");
        assertError("{ field: contract.hours, atLeast: many }", "w.atLeast: 'many' is not a number");
        assertError("{ field: contract.title, equals: [a, b] }", "w.equals: takes one value, not a list; use in");
        assertError("{ field: contract.title, in: a }", "w.in: must be a list");
        assertError("{ field: contract.title, equals: a, in: [b] }", "w: has two operators, equals and in");
        assertError("{ field: contract.title }", "w: has no operator for contract.title");
        assertError("{ field: contract.title, equals: a, includeSubDepartments: true }",
                "w.equals: includeSubDepartments applies only to contract.departmentId");
        assertError("{ all: [], any: [] }", "w: must hold exactly one of all, any, not");
        assertError("{ field: contract.title, exists: maybe }", "w.exists: exists must be true or false");
    }

    private static void assertError(String yaml, String start) {
        assertThatThrownBy(() -> Conditions.parse("w", yaml(yaml)))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(start);
    }
}

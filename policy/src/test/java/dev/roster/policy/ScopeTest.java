package dev.roster.policy;

import static dev.roster.policy.People.TREE;
import static dev.roster.policy.People.contract;
import static dev.roster.policy.People.day;
import static dev.roster.policy.People.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.Person;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeTest {

    static final Policy POLICY = People.policy("""
            targets: { ad: {} }
            rules:
              - { name: any, target: ad, permissions: [p-any],
                  when: { contracts: any, field: contract.departmentId, equals: OE-210 } }
              - { name: primary, target: ad, permissions: [p-primary],
                  when: { contracts: primary, field: contract.departmentId, equals: OE-210 } }
              - { name: all, target: ad, permissions: [p-all],
                  when: { contracts: all, field: contract.departmentId, equals: OE-210 } }
              - { name: person-only, target: ad, permissions: [p-utrecht],
                  when: { contracts: primary, field: person.field.udf.Vestiging, equals: UTR } }
            """);

    static Map<String, ?> permissions(Person p) {
        return POLICY.evaluate(p, TREE, day("2026-03-01")).get(0).permissions();
    }

    @Test
    void anyNeedsOneContractPrimaryTheMainOneAllEveryRunningOne() {
        Person secondaryInCare = person("1", contract("a", "OE-210", "", 24, "2025-01-01", null),
                contract("b", "OE-300", "", 32, "2025-01-01", null));
        assertThat(permissions(secondaryInCare)).containsOnlyKeys("p-any");

        Person primaryInCare = person("2", contract("a", "OE-210", "", 32, "2025-01-01", null),
                contract("b", "OE-300", "", 24, "2025-01-01", null));
        assertThat(permissions(primaryInCare)).containsOnlyKeys("p-any", "p-primary");

        Person onlyCare = person("3", contract("a", "OE-210", "", 32, "2025-01-01", null),
                contract("b", "OE-210", "", 8, "2025-06-01", null));
        assertThat(permissions(onlyCare)).containsOnlyKeys("p-any", "p-primary", "p-all");
    }

    @Test
    void anEndedContractOutsideTheScopeDoesNotCountForAll() {
        Person p = person("4", contract("a", "OE-300", "", 32, "2024-01-01", "2025-12-31"),
                contract("b", "OE-210", "", 32, "2026-01-01", null));
        assertThat(permissions(p)).containsOnlyKeys("p-any", "p-primary", "p-all");
    }

    @Test
    void aPersonOnlyConditionAppliesToEveryScope() {
        Person p = person("5", Map.of("udf.Vestiging", "UTR"), contract("a", "OE-300", "", 32, "2025-01-01", null));
        assertThat(permissions(p)).containsOnlyKeys("p-utrecht");
        Person elsewhere = person("6", Map.of("udf.Vestiging", "AMF"), contract("a", "OE-300", "", 32, "2025-01-01", null));
        assertThat(POLICY.evaluate(elsewhere, TREE, day("2026-03-01"))).isEmpty();
    }

    @Test
    void explainSaysWhichRunningContractFailsAll() {
        Person p = person("7", contract("a", "OE-210", "", 24, "2025-01-01", null),
                contract("b", "OE-300", "", 32, "2025-01-01", null));
        Explanation.RuleOutcome all = POLICY.explain(p, TREE, day("2026-03-01")).targets().get(0).rules().get(2);
        assertThat(all.matched()).isFalse();
        assertThat(all.failures()).containsExactly(
                "contract b (every running contract must match): contract.departmentId is OE-300, not equal to OE-210");
    }
}

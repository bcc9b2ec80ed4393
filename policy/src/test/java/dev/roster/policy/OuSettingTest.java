package dev.roster.policy;

import static dev.roster.policy.People.contract;
import static dev.roster.policy.People.day;
import static dev.roster.policy.People.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OU a directory account lives in: a template looked up in a table, usersOu otherwise. */
class OuSettingTest {

    static final String USERS = "OU=Employees,DC=example,DC=test";
    static final String NURSING = "OU=Verpleging,OU=Employees,DC=example,DC=test";
    static final String FACILITIES = "OU=Facilitair,OU=Employees,DC=example,DC=test";

    static final String CONFIG = """
            targets:
              ad:
                type: active-directory
                usersOu: "OU=Employees,DC=example,DC=test"
                attributes: { displayName: "{person.displayName}" }
                ou:
                  value: "{contract.departmentId}"
                  table:
                    OE-210: "OU=Verpleging,OU=Employees,DC=example,DC=test"
                    OE-300: " OU=Facilitair,OU=Employees,DC=example,DC=test "
                    OE-400: 'OU=Zorg\\, Welzijn,OU=Employees,DC=example,DC=test'
            rules:
              - { name: staff, target: ad, access: enabled }
            """;

    static String ouOf(Policy policy, dev.roster.model.Person person, String asOf) {
        return policy.evaluate(List.of(person), day(asOf)).in("ad").get(person.id()).attributes().get("ou");
    }

    @Test
    void anAccountLivesInItsDepartmentsOuAndMovesWithTheDepartment() {
        Policy policy = People.policy(CONFIG);
        var mover = person("100600", contract("c1", "OE-210", "Verpleegkundige", 32, "2024-01-01", "2026-03-31"),
                contract("c2", "OE-300", "Teamleider", 32, "2026-04-01", null));

        assertThat(ouOf(policy, mover, "2026-03-31")).isEqualTo(NURSING);
        assertThat(ouOf(policy, mover, "2026-04-01")).as("table values are trimmed").isEqualTo(FACILITIES);
        assertThat(policy.evaluate(List.of(mover), day("2026-04-01")).in("ad").get("100600").createOnly())
                .as("kept up to date by default").doesNotContain("ou");
    }

    @Test
    void anOuWithAnEscapedCommaIsADn() {
        assertThat(ouOf(People.policy(CONFIG), person("3", contract("c", "OE-400", "Kok", 20, "2025-01-01", null)),
                "2026-03-01")).isEqualTo("OU=Zorg\\, Welzijn,OU=Employees,DC=example,DC=test");
    }

    @Test
    void aDepartmentNotInTheTableOrNoneGoesToUsersOu() {
        Policy policy = People.policy(CONFIG);

        assertThat(ouOf(policy, person("1", contract("c", "OE-999", "Kok", 20, "2025-01-01", null)), "2026-03-01"))
                .isEqualTo(USERS);
        assertThat(ouOf(policy, person("2", contract("c", "", "Kok", 20, "2025-01-01", null)), "2026-03-01"))
                .isEqualTo(USERS);
    }

    @Test
    void onCreatePlacesNewAccountsOnly() {
        Policy policy = People.policy(CONFIG.replace("    value:", "    on: create\n      value:"));

        assertThat(policy.evaluate(List.of(person("1", contract("c", "OE-210", "Kok", 20, "2025-01-01", null))),
                day("2026-03-01")).in("ad").get("1").createOnly()).contains("ou");
    }

    @Test
    void mistakesInTheTableAreReportedWithTheSetting() {
        assertError(CONFIG.replace("\"OU=Verpleging,OU=Employees,DC=example,DC=test\"", "Verpleging"),
                "test.yaml: targets.ad.ou.table.OE-210: 'Verpleging' is not a DN");
        assertError(CONFIG.replace("\"OU=Verpleging,OU=Employees,DC=example,DC=test\"", "\"\""),
                "test.yaml: targets.ad.ou.table.OE-210: is empty");
        assertError(CONFIG.replace("usersOu: \"OU=Employees,DC=example,DC=test\"", "usersOu: \"\""),
                "test.yaml: targets.ad.usersOu: is required with ou");
        assertError(CONFIG.replace("usersOu: \"OU=Employees,DC=example,DC=test\"", "usersOu: Employees"),
                "test.yaml: targets.ad.usersOu: 'Employees' is not a DN");
        assertError(CONFIG.replace("value: \"{contract.departmentId}\"", "value: \"{contract.department}\""),
                "test.yaml: targets.ad.ou.value: unknown value 'contract.department'");
        assertError(CONFIG.replace("    table:", "    tabel:"), "test.yaml: targets.ad.ou.tabel: is not a known setting");
        assertError("""
                targets:
                  ad: { usersOu: "OU=Employees,DC=example,DC=test", ou: "OU=Staff,DC=example,DC=test" }
                rules: []
                """, "test.yaml: targets.ad.ou: must have a value (a template) and a table of OUs");
        assertError("""
                targets:
                  ad: { attributes: { ou: "{contract.departmentId}" } }
                rules: []
                """, "test.yaml: targets.ad.attributes.ou: is where the account lives, not an attribute");
    }

    private static void assertError(String yaml, String start) {
        assertThatThrownBy(() -> People.policy(yaml)).isInstanceOf(ConfigException.class).hasMessageStartingWith(start);
    }
}

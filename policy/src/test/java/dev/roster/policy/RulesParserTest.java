package dev.roster.policy;

import static dev.roster.policy.People.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesParserTest {

    static List<Rule> parse(String rules) {
        return RulesParser.parse("roster.yaml", yaml(rules), Set.of("ad", "ons"));
    }

    @Test
    void aRuleReadsItsScopeConditionAccessAndPermissions() {
        Rule r = parse("""
                - name: nurses
                  target: ad
                  access: disabled
                  when:
                    contracts: primary
                    all:
                      - { field: contract.departmentId, in: [OE-210, OE-211], includeSubDepartments: true }
                      - { field: contract.title, startsWith: Verpleeg }
                  permissions: [ nurses ]
                  contractPermissions: [ "dep-{contract.departmentId}" ]
                """).get(0);
        assertThat(r.name()).isEqualTo("nurses");
        assertThat(r.scope()).isEqualTo(ContractScope.PRIMARY);
        assertThat(r.access()).isFalse();
        assertThat(r.when().describe()).isEqualTo(
                "contract.departmentId in [OE-210, OE-211] or a sub-department and contract.title starting with Verpleeg");
        assertThat(r.permissions()).containsExactly("nurses");
        assertThat(r.contractPermissions()).extracting(Template::toString).containsExactly("dep-{contract.departmentId}");
        assertThat(parse("[ { name: s, target: ad } ]").get(0).when()).isEqualTo(Condition.ALWAYS);
        assertThat(parse("[ { name: s, target: ad, when: { contracts: all } } ]").get(0).scope()).isEqualTo(ContractScope.ALL);
    }

    @Test
    void everyProblemNamesTheFileAndTheSetting() {
        assertError("[]", "roster.yaml: rules: must hold at least one rule");
        assertError("[ { name: s, target: nope } ]", "roster.yaml: rules[0].target: names 'nope', which is not among the targets [ad, ons]");
        assertError("[ { name: s, target: ad }, { name: s, target: ons } ]",
                "roster.yaml: rules[1].name: 's' is also the name of rules[0]; rule names must be unique");
        assertError("[ { name: s, target: ad, access: maybe } ]", "roster.yaml: rules[0].access: must be enabled or disabled");
        assertError("[ { name: s, target: ad, permission: [x] } ]", "roster.yaml: rules[0].permission: is not a known setting");
        assertError("[ { target: ad } ]", "roster.yaml: rules[0].name: is required");
        assertError("[ { name: s, target: ad, when: { contracts: some } } ]",
                "roster.yaml: rules[0].when.contracts: must be any, primary or all, not 'some'");
        assertError("[ { name: s, target: ad, when: { all: [ { field: contract.title, equal: x } ] } } ]",
                "roster.yaml: rules[0].when.all[0].equal: is not an operator");
        assertError("[ { name: s, target: ad, contractPermissions: [ \"dep-{contract.dept}\" ] } ]",
                "roster.yaml: rules[0].contractPermissions[0]: unknown value 'contract.dept'");
    }

    @Test
    void targetPoliciesReadAttributesAndLifecycle() {
        var targets = TargetPoliciesParser.parse("roster.yaml", yaml("""
                ad:
                  type: active-directory
                  url: ldaps://dc
                  attributes:
                    sAMAccountName: { value: "{person.callName|username}", on: create }
                    displayName: "{person.displayName}"
                  lifecycle: { createDaysBefore: 14, deleteDaysAfter: 90 }
                """));
        TargetPolicy ad = targets.get("ad");
        assertThat(ad.lifecycle()).isEqualTo(new Lifecycle(14, 0, 0, 90));
        assertThat(ad.createOnly()).containsExactly("sAMAccountName");
        assertThat(ad.correlation().toString()).isEqualTo("{person.id}");
        assertThatThrownBy(() -> TargetPoliciesParser.parse("roster.yaml", yaml("ad: { attributes: { cn: { value: x, on: never } } }")))
                .hasMessage("roster.yaml: targets.ad.attributes.cn.on: must be always or create, not 'never'");
    }

    @Test
    void anAttributeWhoseSourceIsEmptyIsClearedUnlessTheMappingKeepsIt() {
        TargetPolicy ad = TargetPoliciesParser.parse("roster.yaml", yaml("""
                ad:
                  attributes:
                    mobile: { value: "{person.field.Mobiel}", ifEmpty: keep }
                    pager: "{person.field.Mobiel}"
                  lifecycle: {}
                """)).get("ad");
        Rule staff = new Rule("staff", "ad", true, List.of(), List.of());
        dev.roster.model.Person noMobile = PolicyTest.person("100235", PolicyTest.contract("c1", "OE-210",
                PolicyTest.TODAY.minusYears(1), null, 24));

        DesiredAccount a = new Policy(List.of(staff), java.util.Map.of("ad", ad))
                .evaluate(List.of(noMobile), PolicyTest.TODAY).in("ad").get("100235");

        assertThat(a.attributes()).as("pager is cleared, mobile left as the target has it")
                .containsEntry("pager", "").doesNotContainKey("mobile");
        assertThatThrownBy(() -> TargetPoliciesParser.parse("roster.yaml",
                yaml("ad: { attributes: { mobile: { value: x, ifEmpty: skip } } }")))
                .hasMessageContaining("targets.ad.attributes.mobile.ifEmpty: must be clear or keep, not 'skip'");
    }

    @Test
    void driftAndManagedGroupsAreReadPerTargetAndWrongOnesNamed() {
        TargetPolicy ad = TargetPoliciesParser.parse("roster.yaml", yaml("""
                ad:
                  type: active-directory
                  managedGroups: [ GG-Finance, "CN=GG-VPN,OU=Groups,DC=example,DC=test" ]
                  attributes:
                    title: { value: "{contract.title}", drift: true }
                    department: { value: "{contract.departmentName}", drift: false }
                    displayName: "{person.displayName}"
                """)).get("ad");
        assertThat(ad.driftAttributes()).containsExactly("title");
        assertThat(ad.managedGroups()).containsExactly("CN=GG-VPN,OU=Groups,DC=example,DC=test", "GG-Finance");
        assertThat(ad.observes()).isTrue();
        TargetPolicy plain = TargetPoliciesParser.parse("roster.yaml", yaml("ad: { attributes: { title: x } }")).get("ad");
        assertThat(plain.observes()).as("nothing to read from the target").isFalse();

        assertThatThrownBy(() -> TargetPoliciesParser.parse("roster.yaml",
                yaml("ad: { attributes: { cn: { value: x, on: create, drift: true } } }")))
                .hasMessage("roster.yaml: targets.ad.attributes.cn.drift: an attribute written only at creation"
                        + " (on: create) is never corrected; remove drift or write on: always");
        assertThatThrownBy(() -> TargetPoliciesParser.parse("roster.yaml",
                yaml("ad: { attributes: { title: { value: x, drift: yes please } } }")))
                .hasMessage("roster.yaml: targets.ad.attributes.title.drift: must be true or false, not 'yes please'");
        assertThatThrownBy(() -> TargetPoliciesParser.parse("roster.yaml", yaml("ad: { managedGroups: [ a, A ] }")))
                .hasMessage("roster.yaml: targets.ad.managedGroups[1]: names A a second time");
        assertThatThrownBy(() -> TargetPoliciesParser.parse("roster.yaml", yaml("ad: { managedGroups: [ a, '' ] }")))
                .hasMessage("roster.yaml: targets.ad.managedGroups[1]: is empty; name a group");
        assertThatThrownBy(() -> TargetPoliciesParser.parse("roster.yaml", yaml("ad: { managedGroups: { a: b } }")))
                .hasMessage("roster.yaml: targets.ad.managedGroups: must be a list of group names or DNs");
    }

    private static void assertError(String yaml, String start) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ConfigException.class).hasMessageStartingWith(start);
    }
}

package dev.roster.policy;

import static dev.roster.policy.People.TREE;
import static dev.roster.policy.People.contract;
import static dev.roster.policy.People.day;
import static dev.roster.policy.People.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.roster.model.Person;
import org.junit.jupiter.api.Test;

class ExplainTest {

    static final Policy POLICY = People.resourcePolicy();
    static final Person FACILITY = person("100235",
            contract("100235-1-1", "OE-300", "Verpleegkundige", 24, "2025-01-01", "2026-03-31"));

    @Test
    void aFailedRuleNamesTheConditionTheContractAndTheValue() {
        Explanation x = POLICY.explain(FACILITY, TREE, day("2026-03-01"));
        Explanation.TargetExplanation ad = x.targets().get(0);
        assertThat(ad.target()).isEqualTo("ad");
        assertThat(ad.account().state()).isEqualTo(AccountState.ENABLED);
        assertThat(ad.contractsInScope()).containsExactly("100235-1-1");
        assertThat(ad.rules()).extracting(Explanation.RuleOutcome::matched).containsExactly(true, false);
        assertThat(ad.rules().get(1).failures()).containsExactly("contract 100235-1-1: contract.departmentId is "
                + "OE-300, not in [OE-210, OE-211] or a sub-department");

        String text = ExplanationText.render(x);
        assertThat(text)
                .contains("Zoë van der Çelik (100235) as of 2026-03-01")
                .contains("100235-1-1  2025-01-01 .. 2026-03-31  OE-300 Team OE-300, Verpleegkundige, 24 h  [running, primary]")
                .contains("Target ad: enabled (staff: contract 100235-1-1 in Team OE-300 (OE-300) runs from 2025-01-01 to 2026-03-31)")
                .contains("    dep-OE-300  (staff: contract 100235-1-1")
                .contains("[x] rule staff (contracts: any; when always): matched on 100235-1-1")
                .contains("rule nurses: contract 100235-1-1: contract.departmentId is OE-300, not in [OE-210, OE-211] or a sub-department")
                .contains("2026-04-01  disable  rule staff: contract 100235-1-1 ended 2026-03-31; disabled 0 days after, on 2026-04-01")
                .contains("2026-05-01  delete  rule staff")
                .contains("Target ons: no account")
                .contains("rule care: contract 100235-1-1: contract.departmentId is OE-300, not equal to OE-200 or a sub-department");
    }

    @Test
    void theExplanationShowsWhichAttributesAreCorrectedAndWhichManagedGroupsThePersonKeeps() {
        Policy policy = People.policy("""
                targets:
                  ad:
                    managedGroups: [ dep-OE-300, GG-Finance ]
                    attributes:
                      title: { value: "{contract.title}", drift: true }
                      displayName: "{person.displayName}"
                rules:
                  - { name: staff, target: ad, contractPermissions: [ "dep-{contract.departmentId}" ] }
                """);

        Explanation.TargetExplanation ad = policy.explain(FACILITY, TREE, day("2026-03-01")).targets().get(0);

        assertThat(ad.driftAttributes()).containsExactly("title");
        assertThat(ad.managedGroups()).containsExactly(new Explanation.ManagedGroup("GG-Finance", false),
                new Explanation.ManagedGroup("dep-OE-300", true));
        assertThat(ExplanationText.render(policy.explain(FACILITY, TREE, day("2026-03-01"))))
                .contains("    title = Verpleegkundige  (drift: a change by hand is corrected)\n")
                .contains("    displayName = Zoë van der Çelik\n")
                .contains("  fully managed groups (members are exactly those the rules give):\n"
                        + "    GG-Finance  (not given: removed from it if a member)\n"
                        + "    dep-OE-300  (given by the rules)\n");
    }

    @Test
    void theExplanationSerialisesToJsonAsIs() throws Exception {
        Explanation x = POLICY.explain(FACILITY, TREE, day("2026-03-01"));
        String json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(x);
        assertThat(json).contains("\"personId\":\"100235\"", "\"state\":\"ENABLED\"", "\"matched\":false",
                "\"kind\":\"DISABLE\"");
    }
}

package dev.roster.policy;

import static dev.roster.policy.People.TREE;
import static dev.roster.policy.People.contract;
import static dev.roster.policy.People.day;
import static dev.roster.policy.People.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    /** Created 10 days before, enabled 3 days before, disabled 5 days after, deleted 20 days after that. */
    static final Policy POLICY = People.policy("""
            targets:
              ad:
                lifecycle: { createDaysBefore: 10, enableDaysBefore: 3, disableDaysAfter: 5, deleteDaysAfter: 20 }
            rules:
              - { name: staff, target: ad, contractPermissions: ["dep-{contract.departmentId}"] }
            """);

    static final Contract C = contract("c1", "OE-300", "", 36, "2026-03-10", "2026-06-30");

    static String state(Person p, String day) {
        List<DesiredAccount> a = POLICY.evaluate(p, TREE, day(day));
        return a.isEmpty() ? "none" : a.get(0).state().name();
    }

    @Test
    void eachBoundaryFallsOnItsDay() {
        Person p = person("1", C);
        assertThat(state(p, "2026-02-27")).isEqualTo("none");
        assertThat(state(p, "2026-02-28")).isEqualTo("DISABLED");
        assertThat(state(p, "2026-03-06")).isEqualTo("DISABLED");
        assertThat(state(p, "2026-03-07")).isEqualTo("ENABLED");
        assertThat(state(p, "2026-07-05")).isEqualTo("ENABLED");
        assertThat(state(p, "2026-07-06")).isEqualTo("ENDED");
        assertThat(state(p, "2026-07-25")).isEqualTo("ENDED");
        assertThat(state(p, "2026-07-26")).isEqualTo("DELETED");
        assertThat(state(p, "2036-01-01")).isEqualTo("DELETED");
    }

    @Test
    void everyStateSaysWhichContractAndDateRuleCauseIt() {
        Person p = person("1", C);
        assertThat(POLICY.evaluate(p, TREE, day("2026-03-01")).get(0).reason().toString()).isEqualTo(
                "staff: contract c1 starts 2026-03-10; created 10 days before, enabled from 2026-03-07 (lifecycle of target ad)");
        assertThat(POLICY.evaluate(p, TREE, day("2026-03-08")).get(0).reason().toString()).isEqualTo(
                "staff: contract c1 starts 2026-03-10; enabled 3 days before (lifecycle of target ad)");
        assertThat(POLICY.evaluate(p, TREE, day("2026-07-02")).get(0).reason().toString()).isEqualTo(
                "staff: contract c1 ended 2026-06-30; stays enabled 5 days after, until 2026-07-05 (lifecycle of target ad)");
        assertThat(POLICY.evaluate(p, TREE, day("2026-07-06")).get(0).reason().because()).isEqualTo(
                "contract c1 ended 2026-06-30; disabled 5 days after, on 2026-07-06; deleted on 2026-07-26 (lifecycle of target ad)");
        DesiredAccount deleted = POLICY.evaluate(p, TREE, day("2026-07-26")).get(0);
        assertThat(deleted.reason().because()).isEqualTo(
                "contract c1 ended 2026-06-30; disabled on 2026-07-06, deleted 20 days after, on 2026-07-26 (lifecycle of target ad)");
        assertThat(deleted.attributes()).isEmpty();
        assertThat(deleted.permissions()).isEmpty();
    }

    @Test
    void permissionsFollowTheContractsEnabledWindow() {
        Person p = person("1", C);
        assertThat(POLICY.evaluate(p, TREE, day("2026-03-06")).get(0).permissions()).isEmpty();
        assertThat(POLICY.evaluate(p, TREE, day("2026-03-07")).get(0).permissions()).containsOnlyKeys("dep-OE-300");
        assertThat(POLICY.evaluate(p, TREE, day("2026-07-06")).get(0).permissions()).isEmpty();
    }

    @Test
    void aRehireBeforeTheDeleteDateReEnablesOnlyWithinItsOwnWindow() {
        Person p = person("1", C, contract("c2", "OE-300", "", 36, "2026-07-20", null));
        assertThat(state(p, "2026-07-16")).isEqualTo("DISABLED");
        assertThat(state(p, "2026-07-17")).isEqualTo("ENABLED");
        assertThat(POLICY.evaluate(p, TREE, day("2026-07-17")).get(0).reason().because())
                .startsWith("contract c2 starts 2026-07-20; enabled 3 days before");
    }

    @Test
    void aShortGapBetweenContractsLeavesTheAccountEnabled() {
        Person p = person("1", C, contract("c2", "OE-300", "", 36, "2026-07-05", null));
        for (String d : List.of("2026-06-30", "2026-07-01", "2026-07-02", "2026-07-05", "2026-07-06")) {
            assertThat(state(p, d)).as(d).isEqualTo("ENABLED");
        }
    }

    @Test
    void aRehireAfterTheDeleteDateMakesANewAccountInItsCreateWindow() {
        Person p = person("1", C, contract("c2", "OE-300", "", 36, "2026-09-01", null));
        assertThat(state(p, "2026-08-21")).isEqualTo("DELETED");
        assertThat(state(p, "2026-08-22")).isEqualTo("DISABLED");
        assertThat(state(p, "2026-08-29")).isEqualTo("ENABLED");
    }

    @Test
    void byDefaultTheAccountIsMadeOnTheStartAndNeverDeleted() {
        Policy defaults = People.policy("{ targets: { ad: {} }, rules: [ { name: s, target: ad } ] }");
        Person p = person("1", C);
        assertThat(defaults.evaluate(p, TREE, day("2026-03-09"))).isEmpty();
        assertThat(defaults.evaluate(p, TREE, day("2026-03-10")).get(0).state()).isEqualTo(AccountState.ENABLED);
        assertThat(defaults.evaluate(p, TREE, day("2026-06-30")).get(0).state()).isEqualTo(AccountState.ENABLED);
        assertThat(defaults.evaluate(p, TREE, day("2026-07-01")).get(0).state()).isEqualTo(AccountState.ENDED);
        assertThat(defaults.evaluate(p, TREE, day("2046-07-01")).get(0).state()).isEqualTo(AccountState.ENDED);
    }

    @Test
    void aRuleWithoutAccessGivesADisabledAccount() {
        Policy noAccess = People.policy("{ targets: { ad: {} }, rules: [ { name: s, target: ad, access: disabled, permissions: [p] } ] }");
        DesiredAccount a = noAccess.evaluate(person("1", C), TREE, day("2026-04-01")).get(0);
        assertThat(a.state()).isEqualTo(AccountState.DISABLED);
        assertThat(a.reason().because()).startsWith("rule s gives the account without access; contract c1");
    }

    @Test
    void lifecycleSettingsAreChecked() {
        assertThatThrownBy(() -> People.policy("{ targets: { ad: { lifecycle: { enableDaysBefore: 5 } } }, rules: [ { name: s, target: ad } ] }"))
                .isInstanceOf(ConfigException.class).hasMessage("test.yaml: targets.ad.lifecycle: enableDaysBefore (5) "
                        + "is more than createDaysBefore (0): an account cannot be enabled before it is created");
        assertThatThrownBy(() -> People.policy("{ targets: { ad: { lifecycle: { deleteDaysAfter: soon } } }, rules: [ { name: s, target: ad } ] }"))
                .hasMessageStartingWith("test.yaml: targets.ad.lifecycle.deleteDaysAfter: must be a whole number of days");
        assertThatThrownBy(() -> People.policy("{ targets: { ad: { lifecycle: { deleteAfter: 5 } } }, rules: [ { name: s, target: ad } ] }"))
                .hasMessageStartingWith("test.yaml: targets.ad.lifecycle.deleteAfter: is not a known setting");
        assertThat(People.policy("{ targets: { ad: { lifecycle: { deleteDaysAfter: never } } }, rules: [ { name: s, target: ad } ] }")
                .targets().get("ad").lifecycle()).isEqualTo(Lifecycle.DEFAULT);
    }
}

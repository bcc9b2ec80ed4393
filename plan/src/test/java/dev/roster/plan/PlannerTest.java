package dev.roster.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Plan;
import dev.roster.model.Reason;
import dev.roster.policy.DesiredAccount;
import dev.roster.policy.DesiredState;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlannerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final Reason WHY = new Reason("staff", "contract c1 in Wijkteam Noord (OE-210) runs from 2025-01-01");

    static DesiredState desired(String... groups) {
        TreeMap<String, Reason> perms = new TreeMap<>();
        for (String g : groups) {
            perms.put(g, WHY);
        }
        DesiredAccount a = new DesiredAccount("ad", "100235", "100235", true,
                new TreeMap<>(Map.of("sAMAccountName", "jan.devries", "displayName", "Jan de Vries")),
                Set.of("sAMAccountName"), perms, WHY);
        return new DesiredState(TODAY, new TreeMap<>(Map.of("ad", new TreeMap<>(Map.of("100235", a)))));
    }

    static Map<String, Map<String, LedgerEntry>> ledger(Map<String, String> attributes, Set<String> groups,
            boolean enabled) {
        return Map.of("ad", Map.of("100235", new LedgerEntry("ad", "100235", new AccountRef("abc"), enabled,
                attributes, groups)));
    }

    private final Planner planner = new Planner();

    @Test
    void aNewPersonIsCreatedThenGrantedEachGroupWithTheRuleAsReason() {
        Plan plan = planner.plan(desired("dep-OE-210", "all-staff"), Map.of(), 7);

        assertThat(plan.vaultRevision()).isEqualTo(7);
        assertThat(plan.actions()).extracting(Action::summary).containsExactly(
                "create ad account for 100235 (enabled)",
                "grant all-staff in ad to 100235",
                "grant dep-OE-210 in ad to 100235");
        assertThat(plan.actions()).allSatisfy(a -> assertThat(a.reason()).isEqualTo(WHY));
    }

    @Test
    void whenTheLedgerMatchesTheDesiredStateThePlanIsEmpty() {
        Plan plan = planner.plan(desired("dep-OE-210"),
                ledger(Map.of("sAMAccountName", "jan.devries2", "displayName", "Jan de Vries"),
                        Set.of("dep-OE-210"), true), 8);

        assertThat(plan.isEmpty()).as("create-only names may differ from the template").isTrue();
        assertThat(PlanText.render(plan)).contains("nothing to do");
    }

    @Test
    void aMoverGetsTheNewGroupAndLosesTheOldOneAndANameChangeUpdatesTheDisplayName() {
        Plan plan = planner.plan(desired("dep-OE-300"),
                ledger(Map.of("displayName", "Jan Bakker"), Set.of("dep-OE-210"), true), 9);

        assertThat(plan.actions()).extracting(Action::summary).containsExactly(
                "update ad account of 100235: displayName 'Jan Bakker' -> 'Jan de Vries'",
                "grant dep-OE-300 in ad to 100235",
                "revoke dep-OE-210 in ad from 100235");
        assertThat(plan.actions().get(2).reason().because())
                .isEqualTo("no rule grants dep-OE-210 to this person any more");
    }

    @Test
    void aLeaverLosesGrantedGroupsAndIsDisabled() {
        Plan plan = planner.plan(new DesiredState(TODAY, new TreeMap<>()),
                ledger(Map.of(), Set.of("dep-OE-210"), true), 10);

        assertThat(plan.actions()).extracting(Action::summary).containsExactly(
                "revoke dep-OE-210 in ad from 100235", "disable ad account of 100235");
    }

    @Test
    void theSamePlanGivesTheSameJsonAndReadsBackEqual() {
        Plan plan = planner.plan(desired("b", "a"), Map.of(), 3);

        String json = PlanJson.write(plan);

        assertThat(PlanJson.write(planner.plan(desired("a", "b"), Map.of(), 3))).isEqualTo(json);
        assertThat(PlanJson.read(json)).isEqualTo(plan);
        assertThat(json).contains("\"action\" : \"create\"").doesNotContain("\"empty\"");
    }

    static DesiredState inState(dev.roster.policy.AccountState state) {
        DesiredAccount a = new DesiredAccount("ad", "100235", "100235", state,
                new TreeMap<>(Map.of("displayName", "Jan de Vries")), Set.of(), new TreeMap<>(),
                new Reason("staff", "contract c1 ended 2026-01-31; deleted 30 days after it was disabled"));
        return new DesiredState(TODAY, new TreeMap<>(Map.of("ad", new TreeMap<>(Map.of("100235", a)))));
    }

    @Test
    void anAccountDueForDeletionLosesItsGroupsIsDisabledAndDeletedWithTheLifecycleAsReason() {
        Plan plan = planner.plan(inState(dev.roster.policy.AccountState.DELETED),
                ledger(Map.of("displayName", "Jan de Vries"), Set.of("dep-OE-210"), true), 11);

        assertThat(plan.actions()).extracting(Action::summary).containsExactly(
                "revoke dep-OE-210 in ad from 100235", "disable ad account of 100235", "delete ad account of 100235");
        assertThat(plan.actions().get(2).reason().because()).contains("deleted 30 days after it was disabled");
        assertThat(planner.plan(inState(dev.roster.policy.AccountState.DELETED), Map.of(), 11).isEmpty())
                .as("nothing to delete when Roster has no account").isTrue();
    }

    @Test
    void aPreHireAccountIsCreatedDisabled() {
        Plan plan = planner.plan(inState(dev.roster.policy.AccountState.DISABLED), Map.of(), 12);

        assertThat(plan.actions()).extracting(Action::summary).containsExactly("create ad account for 100235 (disabled)");
    }

    @Test
    void noAccountIsCreatedForSomeoneWhoseContractsHaveEndedButAnExistingOneIsDisabled() {
        assertThat(planner.plan(inState(dev.roster.policy.AccountState.ENDED), Map.of(), 13).isEmpty()).isTrue();

        Plan plan = planner.plan(inState(dev.roster.policy.AccountState.ENDED),
                ledger(Map.of("displayName", "Jan de Vries"), Set.of("dep-OE-210"), true), 13);

        assertThat(plan.actions()).extracting(Action::summary).containsExactly(
                "revoke dep-OE-210 in ad from 100235", "disable ad account of 100235");
    }

    @Test
    void aTargetThatCannotDisableGetsItsConfiguredAlternativeAndNothingItCannotDo() {
        var noDisable = java.util.EnumSet.complementOf(java.util.EnumSet.of(dev.roster.model.Capability.DISABLE,
                dev.roster.model.Capability.ENABLE));
        Map<String, Map<String, LedgerEntry>> leaver = ledger(Map.of(), Set.of("dep-OE-210"), true);

        Plan deleting = new Planner(Map.of("ad", new Capabilities(noDisable, Capabilities.WithoutDisable.DELETE)))
                .plan(new DesiredState(TODAY, new TreeMap<>()), leaver, 14);
        Plan keeping = new Planner(Map.of("ad", new Capabilities(noDisable, Capabilities.WithoutDisable.KEEP)))
                .plan(new DesiredState(TODAY, new TreeMap<>()), leaver, 14);

        assertThat(deleting.actions()).extracting(Action::summary).containsExactly(
                "revoke dep-OE-210 in ad from 100235", "delete ad account of 100235");
        assertThat(deleting.actions().get(1).reason().because()).endsWith(
                "target ad cannot disable, so the account is deleted instead (withoutDisable: delete)");
        assertThat(keeping.actions()).extracting(Action::summary).containsExactly("revoke dep-OE-210 in ad from 100235");
    }

    static final String WIJKTEAM = "OU=Wijkteam Noord,OU=Employees,DC=example,DC=test";
    static final String FACILITAIR = "OU=Facilitair,OU=Employees,DC=example,DC=test";

    static DesiredState inOu(String ou) {
        DesiredAccount a = new DesiredAccount("ad", "100235", "100235", true,
                new TreeMap<>(Map.of("displayName", "Jan de Vries", "ou", ou)), Set.of(), new TreeMap<>(), WHY);
        return new DesiredState(TODAY, new TreeMap<>(Map.of("ad", new TreeMap<>(Map.of("100235", a)))));
    }

    @Test
    void aMoveToAnotherOuIsPlannedWithTheOldAndTheNewOu() {
        Plan plan = planner.plan(inOu(FACILITAIR),
                ledger(Map.of("displayName", "Jan de Vries", "ou", WIJKTEAM), Set.of(), true), 15);

        assertThat(plan.actions()).extracting(Action::summary).containsExactly("update ad account of 100235: ou '"
                + WIJKTEAM + "' -> '" + FACILITAIR + "'");
    }

    @Test
    void aRehireInAnotherDepartmentIsMovedOnPaperFirstAndEnabledInTheNewOu() {
        Plan plan = planner.plan(inOu(FACILITAIR),
                ledger(Map.of("displayName", "Jan de Vries", "ou", WIJKTEAM), Set.of(), false), 16);

        assertThat(plan.actions()).extracting(Action::summary).containsExactly(
                "update ad account of 100235: ou '" + WIJKTEAM + "' -> '" + FACILITAIR + "'",
                "enable ad account of 100235 in " + FACILITAIR);
        assertThat(((Action.Enable) plan.actions().get(1)).ou()).isEqualTo(FACILITAIR);
        assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
        assertThat(planner.plan(desired(), ledger(Map.of("displayName", "Jan de Vries"), Set.of(), false), 16)
                .actions()).singleElement().satisfies(a -> {
                    assertThat(((Action.Enable) a).ou()).as("no OU mapped").isNull();
                    assertThat(PlanJson.write(new Plan(16, TODAY, java.util.List.of(a)))).doesNotContain("\"ou\"");
                });
    }
}

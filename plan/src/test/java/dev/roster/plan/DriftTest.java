package dev.roster.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Change;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Observation;
import dev.roster.model.Plan;
import dev.roster.model.Reason;
import dev.roster.policy.DesiredAccount;
import dev.roster.policy.DesiredState;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What an administrator sees in the plan when attributes with drift correction were changed by hand. */
class DriftTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final Reason WHY = new Reason("staff", "contract 100-1 in Finance (OE-400) runs from 2025-01-01");
    static final AccountRef JAN = new AccountRef("guid-100");
    static final AccountRef EVA = new AccountRef("guid-200");

    final Map<String, DesiredAccount> want = new TreeMap<>();
    final Map<String, LedgerEntry> have = new HashMap<>();

    void person(String id, AccountRef ref, Map<String, String> desired, Map<String, String> ledger) {
        want.put(id, new DesiredAccount("ad", id, id, true, new TreeMap<>(desired), Set.of(), new TreeMap<>(), WHY));
        have.put(id, new LedgerEntry("ad", id, ref, true, ledger, Set.of()));
    }

    Plan plan(Set<String> drift, Map<AccountRef, Map<String, List<String>>> values) {
        return new Planner(Map.of(), Map.of("ad", new Watch(drift, Set.of())))
                .plan(new DesiredState(TODAY, new TreeMap<>(Map.of("ad", new TreeMap<>(want)))), Map.of("ad", have), 5,
                        Map.of("ad", new Observation("ad", values, Map.of())));
    }

    @Test
    void aTitleChangedByHandIsSetBackWithTheDirectorysValueAsBefore() {
        person("100", JAN, Map.of("title", "Controller", "department", "Finance"),
                Map.of("title", "Controller", "department", "Finance"));

        Plan plan = plan(Set.of("title"), Map.of(JAN, Map.of("title", List.of("Chief Everything"),
                "department", List.of("Sales"))));

        assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(Action.Update.class, u -> {
            assertThat(u.changes()).containsExactly(Map.entry("title", new Change("Chief Everything", "Controller")));
            assertThat(u.reason()).isEqualTo(new Reason("staff",
                    "drift: title was changed by hand in ad and is set back to what the rules give"));
        });
        assertThat(PlanText.render(plan)).contains(
                "update ad account of 100: title 'Chief Everything' -> 'Controller'  [staff: drift: title was changed by hand");
    }

    @Test
    void anAttributeWithoutDriftIsNotComparedWithTheTarget() {
        person("100", JAN, Map.of("department", "Finance"), Map.of("department", "Finance"));

        assertThat(plan(Set.of("title"), Map.of(JAN, Map.of("department", List.of("Sales")))).isEmpty()).isTrue();
    }

    @Test
    void anHrChangeReadsAsBeforeAndARemovedValueIsPutBack() {
        person("100", JAN, Map.of("title", "Senior Controller", "department", "Finance"),
                Map.of("title", "Controller", "department", "Finance"));

        Plan hr = plan(Set.of("title", "department"), Map.of(JAN, Map.of("title", List.of("Controller"),
                "department", List.of())));

        assertThat(hr.actions()).singleElement().isInstanceOfSatisfying(Action.Update.class, u -> {
            assertThat(u.changes()).containsExactly(
                    Map.entry("department", new Change(null, "Finance")),
                    Map.entry("title", new Change("Controller", "Senior Controller")));
            assertThat(u.reason().because()).isEqualTo("the person's data changed in HR; drift: department was"
                    + " changed by hand in ad and is set back to what the rules give");
        });
    }

    @Test
    void aTargetValueThatAlreadyMatchesTheRulesOnlyBringsTheLedgerInStep() {
        person("100", JAN, Map.of("title", "Senior Controller"), Map.of("title", "Controller"));

        Plan plan = plan(Set.of("title"), Map.of(JAN, Map.of("title", List.of("Senior Controller"))));

        assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(Action.Update.class, u -> {
            assertThat(u.changes()).containsExactly(Map.entry("title", new Change("Controller", "Senior Controller")));
            assertThat(u.reason().because()).isEqualTo("the person's data changed in HR");
        });
    }

    @Test
    void aManagerReferenceIsComparedAsThePersonItPointsAt() {
        person("100", JAN, Map.of("manager", "person:200"), Map.of("manager", "person:200"));
        person("200", EVA, Map.of(), Map.of());

        assertThat(plan(Set.of("manager"), Map.of(JAN, Map.of("manager", List.of("ref:guid-200")))).isEmpty()).isTrue();
        Plan changed = plan(Set.of("manager"), Map.of(JAN, Map.of("manager",
                List.of("CN=Somebody Else,OU=Employees,DC=example,DC=test"))));
        assertThat(((Action.Update) changed.actions().get(0)).changes()).containsExactly(Map.entry("manager",
                new Change("CN=Somebody Else,OU=Employees,DC=example,DC=test", "person:200")));
    }

    @Test
    void severalValuesAreShownTogetherAndReplacedByTheOne() {
        person("100", JAN, Map.of("title", "Controller"), Map.of("title", "Controller"));

        Plan plan = plan(Set.of("title"), Map.of(JAN, Map.of("title", List.of("Controller", "Auditor"))));

        assertThat(((Action.Update) plan.actions().get(0)).changes())
                .containsExactly(Map.entry("title", new Change("Controller; Auditor", "Controller")));
    }

    @Test
    void anAccountTheTargetNoLongerHasIsNotCorrected() {
        person("100", JAN, Map.of("title", "Controller"), Map.of("title", "Controller"));

        assertThat(plan(Set.of("title"), Map.of()).isEmpty()).isTrue();
    }
}

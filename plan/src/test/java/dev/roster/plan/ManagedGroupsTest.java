package dev.roster.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.AccountRef;
import dev.roster.model.Action;
import dev.roster.model.Capability;
import dev.roster.model.LedgerEntry;
import dev.roster.model.Observation;
import dev.roster.model.Observation.Member;
import dev.roster.model.Plan;
import dev.roster.model.Reason;
import dev.roster.policy.AccountState;
import dev.roster.policy.DesiredAccount;
import dev.roster.policy.DesiredState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What an administrator sees in the plan of a target with fully managed groups. */
class ManagedGroupsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final String FINANCE = "GG-Finance";
    static final String FINANCE_DN = "CN=GG-Finance,OU=Groups,DC=example,DC=test";
    static final Member STRANGER = Member.account(new AccountRef("f00d"), "CN=svc-backup,OU=Service,DC=example,DC=test", "");

    final Map<String, DesiredAccount> want = new TreeMap<>();
    final Map<String, LedgerEntry> have = new HashMap<>();

    static Reason why(String person) {
        return new Reason("finance", "contract " + person + "-1 in Finance (OE-400) runs from 2025-01-01");
    }

    /** A person whose rules give an enabled account with these groups. */
    void wants(String person, String... groups) {
        TreeMap<String, Reason> perms = new TreeMap<>();
        for (String g : groups) {
            perms.put(g, why(person));
        }
        want.put(person, new DesiredAccount("ad", person, person, true, new TreeMap<>(Map.of("title", "Controller")),
                Set.of(), perms, why(person)));
    }

    /** Roster has an account for the person, with the groups it granted. */
    void has(String person, String... granted) {
        have.put(person, new LedgerEntry("ad", person, ref(person), true, Map.of("title", "Controller"), Set.of(granted)));
    }

    static AccountRef ref(String person) {
        return new AccountRef("guid-" + person);
    }

    static Member roster(String person) {
        return Member.account(ref(person), "CN=Person " + person + ",OU=Employees,DC=example,DC=test", person);
    }

    static Observation seen(List<Member> financeMembers) {
        return new Observation("ad", Map.of(), Map.of(FINANCE, new Observation.Group(FINANCE,
                Set.of(FINANCE_DN, "GG-Finance"), financeMembers)));
    }

    Plan plan(Observation observation) {
        return new Planner(Map.of(), Map.of("ad", new Watch(Set.of(), Set.of(FINANCE))))
                .plan(new DesiredState(TODAY, new TreeMap<>(Map.of("ad", new TreeMap<>(want)))), Map.of("ad", have), 21,
                        Map.of("ad", observation));
    }

    @Test
    void aStrangerAndAPersonWhoseRulesDoNotGiveTheGroupAreRemovedAndTheOthersKept() {
        wants("100", FINANCE);
        has("100", FINANCE);
        wants("200");
        has("200");
        Member nested = new Member(Member.Kind.GROUP, new AccountRef("beef"), "CN=GG-Auditors,OU=Groups,DC=example,DC=test", "");
        Member outside = new Member(Member.Kind.OUT_OF_REACH, null, "CN=ext,DC=partner,DC=test", "");

        Plan plan = plan(seen(List.of(roster("100"), roster("200"), STRANGER, nested, outside)));

        assertThat(plan.actions()).extracting(Action::summary).containsExactly(
                "revoke GG-Finance in ad from 200",
                "revoke GG-Finance in ad from CN=svc-backup,OU=Service,DC=example,DC=test (not a Roster account)");
        assertThat(plan.actions()).extracting(a -> a.reason().toString()).containsExactly(
                "managedGroups: group GG-Finance is fully managed; no rule gives it to this person",
                "managedGroups: group GG-Finance is fully managed; no rule gives it to"
                        + " CN=svc-backup,OU=Service,DC=example,DC=test, which belongs to no person Roster manages");
        Action.Revoke foreign = (Action.Revoke) plan.actions().get(1);
        assertThat(foreign.personId()).isNull();
        assertThat(foreign.account().ref()).isEqualTo(new AccountRef("f00d"));
        assertThat(PlanText.render(plan)).contains("2 revoke").contains("(not a Roster account)  [managedGroups: ");
    }

    @Test
    void aMembershipRosterGrantedAndSomeoneRemovedByHandIsGrantedAgain() {
        wants("100", FINANCE);
        has("100", FINANCE);

        Plan plan = plan(seen(List.of()));

        assertThat(plan.actions()).extracting(Action::summary).containsExactly("grant GG-Finance in ad to 100");
        assertThat(plan.actions().get(0).reason()).isEqualTo(new Reason("finance", why("100").because()
                + "; group GG-Finance is fully managed and this membership was removed by hand in ad, so it is granted again"));
    }

    @Test
    void aGroupRosterGrantedAndNoRuleGivesAnyMoreIsRevokedOnceForTheOrdinaryReason() {
        wants("100");
        has("100", FINANCE);

        Plan plan = plan(seen(List.of(roster("100"))));

        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.summary()).isEqualTo("revoke GG-Finance in ad from 100");
            assertThat(a.reason().because()).isEqualTo("no rule grants GG-Finance to this person any more");
        });
    }

    @Test
    void aLeaversHandAddedMembershipIsRemovedWithTheAccountsDisable() {
        has("300");

        Plan plan = plan(seen(List.of(roster("300"))));

        assertThat(plan.actions()).extracting(Action::summary).containsExactly(
                "revoke GG-Finance in ad from 300", "disable ad account of 300");
    }

    @Test
    void theGroupIsRecognisedByAnyOfItsNamesIgnoringCase() {
        wants("100", "gg-finance");
        has("100", "gg-finance");
        wants("200", FINANCE_DN.toLowerCase());
        has("200", FINANCE_DN.toLowerCase());

        assertThat(plan(seen(List.of(roster("100"), roster("200")))).actions()).isEmpty();
    }

    @Test
    void anAccountThePlanIsAboutToLinkIsLeftAloneUntilItIsLinked() {
        wants("400", FINANCE);
        Member existing = Member.account(new AccountRef("a11"), "CN=Existing,OU=Employees,DC=example,DC=test", "400");

        Plan plan = plan(seen(List.of(existing)));

        assertThat(plan.actions()).extracting(Action::summary).containsExactly(
                "create ad account for 400 (enabled)", "grant GG-Finance in ad to 400");
    }

    @Test
    void withoutAnObservationAWatchedTargetIsNotPlanned() {
        assertThatThrownBy(() -> new Planner(Map.of(), Map.of("ad", new Watch(Set.of(), Set.of(FINANCE))))
                .plan(new DesiredState(TODAY, new TreeMap<>()), Map.of(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target ad has drift correction or fully managed groups, but was not observed");
        assertThatThrownBy(() -> plan(new Observation("ad", Map.of(), Map.of())))
                .hasMessage("the observation of ad lacks the fully managed group GG-Finance");
    }

    @Test
    void strangersAreListedInTheSameOrderWhateverOrderTheTargetGaveThemAndTheJsonIsTheSame() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(Member.account(new AccountRef("s" + i), "CN=Stranger " + i + ",DC=example,DC=test", ""));
        }
        Plan forward = plan(seen(members));
        List<Member> reversed = new ArrayList<>(members);
        java.util.Collections.reverse(reversed);
        Plan backward = plan(seen(reversed));

        String json = PlanJson.write(forward);
        assertThat(PlanJson.write(backward)).isEqualTo(json);
        assertThat(PlanJson.read(json)).isEqualTo(forward);
        assertThat(json).contains("\"account\" : {").doesNotContain("\"personId\" : null");
    }

    @Test
    void aPersonsRevokeReadsAsItAlwaysDidInJson() {
        String json = PlanJson.write(new Plan(3, TODAY, List.of(new Action.Revoke("ad", "100", "dep-1", why("100")))));

        assertThat(json).isEqualTo("""
                {
                  "vaultRevision" : 3,
                  "asOf" : "2026-03-01",
                  "actions" : [ {
                    "action" : "revoke",
                    "target" : "ad",
                    "personId" : "100",
                    "permission" : "dep-1",
                    "reason" : {
                      "rule" : "finance",
                      "because" : "contract 100-1 in Finance (OE-400) runs from 2025-01-01"
                    }
                  } ]
                }""");
    }

    @Test
    void manyStrangersAreHeldByTheRevokeThreshold() {
        List<Member> members = new ArrayList<>(List.of(roster("100")));
        for (int i = 0; i < 40; i++) {
            members.add(Member.account(new AccountRef("s" + i), "CN=Stranger " + i + ",DC=example,DC=test", ""));
        }
        wants("100", FINANCE);
        has("100", FINANCE);
        Plan plan = plan(seen(members));

        Thresholds.Split split = new Thresholds(Map.of("ad", Map.of("revoke", Limit.parse("x", "10"))))
                .split(plan, Map.of("ad", 1L), Set.of());

        assertThat(split.held()).hasSize(40).allMatch(a -> a instanceof Action.Revoke r && r.foreign());
        assertThat(split.breaches()).singleElement().hasToString("ad: 40 revoke actions, over the limit of 10");
        assertThat(split.release().actions()).isEmpty();
    }

    @Test
    void aTargetThatCannotRevokeGetsNoRevokes() {
        wants("100", FINANCE);
        has("100");
        Plan plan = new Planner(Map.of("ad", new Capabilities(EnumSet.complementOf(EnumSet.of(Capability.REVOKE)),
                Capabilities.WithoutDisable.KEEP)), Map.of("ad", new Watch(Set.of(), Set.of(FINANCE))))
                .plan(new DesiredState(TODAY, new TreeMap<>(Map.of("ad", new TreeMap<>(want)))), Map.of("ad", have), 21,
                        Map.of("ad", seen(List.of(STRANGER))));

        assertThat(plan.actions()).extracting(Action::summary).containsExactly("grant GG-Finance in ad to 100");
    }

    @Test
    void aDeletedAccountsStateGivesNoGroup() {
        has("500");
        want.put("500", new DesiredAccount("ad", "500", "500", AccountState.DELETED, new TreeMap<>(), Set.of(),
                new TreeMap<>(), new Reason("finance", "deleted 30 days after it was disabled")));

        assertThat(plan(seen(List.of(roster("500")))).actions()).extracting(Action::summary).containsExactly(
                "revoke GG-Finance in ad from 500", "disable ad account of 500", "delete ad account of 500");
    }
}

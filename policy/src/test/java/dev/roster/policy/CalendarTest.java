package dev.roster.policy;

import static dev.roster.policy.People.TREE;
import static dev.roster.policy.People.contract;
import static dev.roster.policy.People.day;
import static dev.roster.policy.People.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarTest {

    static final Policy POLICY = People.resourcePolicy();

    @Test
    void thirtyDaysOfEventsSortedByDateTargetAndPerson() {
        var joiner = person("100235", contract("100235-1-1", "OE-212", "Verpleegkundige", 24, "2026-03-10", null));
        var leaver = person("300200", contract("300200-1-1", "OE-300", "Schoonmaker", 20, "2024-01-01", "2026-02-28"));
        var future = person("500400", contract("500400-1-1", "OE-300", "", 24, "2026-04-10", null));
        var steady = person("600500", contract("600500-1-1", "OE-210", "Verpleegkundige", 36, "2020-01-01", null));

        List<LifecycleEvent> events = POLICY.calendar(List.of(future, steady, joiner, leaver), TREE,
                day("2026-03-01"), day("2026-03-30"));

        assertThat(events).extracting(e -> e.date() + " " + e.target() + " " + e.personId() + " " + e.kind().verb()
                + " " + e.rule() + " " + e.contractId()).containsExactly(
                "2026-03-01 ad 300200 disable staff 300200-1-1",
                "2026-03-10 ad 100235 enable staff 100235-1-1",
                "2026-03-10 ons 100235 create care 100235-1-1",
                "2026-03-10 ons 100235 enable care 100235-1-1",
                "2026-03-27 ad 500400 create staff 500400-1-1");
        assertThat(events.get(0).because()).isEqualTo(
                "contract 300200-1-1 ended 2026-02-28; disabled 0 days after, on 2026-03-01; deleted on 2026-03-31 (lifecycle of target ad)");

        String text = CalendarText.render(events);
        assertThat(text).startsWith("2026-03-01 Sunday\n  ad  disable  300200 (Zoë van der Çelik)  rule staff, contract 300200-1-1: ")
                .contains("\n\n2026-03-10 Tuesday\n  ad  enable   100235")
                .contains("\n  ons  create   100235");
        assertThat(POLICY.calendar(List.of(future, steady, joiner, leaver), TREE, day("2026-03-31"), day("2026-03-31")))
                .extracting(e -> e.kind().verb() + " " + e.personId()).containsExactly("delete 300200");
    }

    @Test
    void noEventsRendersAsSuch() {
        assertThat(CalendarText.render(List.of())).isEqualTo("No lifecycle events.\n");
    }
}

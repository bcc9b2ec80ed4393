package dev.roster.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.Action;
import dev.roster.model.Plan;
import dev.roster.model.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    static final Reason WHY = new Reason("staff", "test");

    static Plan plan(int disables, int grants) {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < grants; i++) {
            actions.add(new Action.Grant("ad", "p" + i, "dep-1", WHY));
        }
        for (int i = 0; i < disables; i++) {
            actions.add(new Action.Disable("ad", "q" + i, WHY));
        }
        return new Plan(4, LocalDate.of(2026, 3, 1), actions);
    }

    final Thresholds thresholds = new Thresholds(Map.of("ad", Map.of(
            "disable", Limit.parse("x", "5%"), "grant", Limit.parse("x", "100"))));

    @Test
    void aBreachHoldsOnlyTheBreachingKindAndTheRestGoesAhead() {
        Thresholds.Split split = thresholds.split(plan(60, 30), Map.of("ad", 1000L), Set.of());

        assertThat(split.release().actions()).hasSize(30).allMatch(a -> a instanceof Action.Grant);
        assertThat(split.held()).hasSize(60).allMatch(a -> a instanceof Action.Disable);
        assertThat(split.breaches()).singleElement().hasToString(
                "ad: 60 disable actions, over the limit of 5% of 1000 managed accounts (50)");
    }

    @Test
    void withinTheLimitsOrApprovedNothingIsHeld() {
        assertThat(thresholds.split(plan(50, 100), Map.of("ad", 1000L), Set.of()).held()).isEmpty();
        assertThat(thresholds.split(plan(60, 30), Map.of("ad", 1000L), Set.of("ad/disable")).held()).isEmpty();
    }

    @Test
    void aLimitIsACountOrAPercentage() {
        assertThat(Limit.parse("t", "10%").allowed(1234)).isEqualTo(123);
        assertThat(Limit.parse("t", " 25 ").allowed(1234)).isEqualTo(25);
        assertThatThrownBy(() -> Limit.parse("targets.ad.thresholds.delete", "ten"))
                .hasMessage("targets.ad.thresholds.delete: 'ten' is not a limit; write a whole number (50) or a percentage (5%)");
    }
}

package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
    private static final String WHERE = "roster.yaml: source.thresholds";

    @Test
    void readsAbsoluteAndPercentLimits() {
        Thresholds t = Thresholds.parse(WHERE, Map.of("added", 50, "removed", "10%",
                "blocked", "2.5 %", "holdFirst", true));

        assertThat(t.added().orElseThrow()).hasToString("50");
        assertThat(t.removed().orElseThrow()).hasToString("10%");
        assertThat(t.blocked().orElseThrow()).hasToString("2.5%");
        assertThat(t.holdFirst()).isTrue();
        assertThat(Thresholds.parse(WHERE, null)).isEqualTo(Thresholds.NONE);
        assertThat(Thresholds.parse(WHERE, Map.of())).isEqualTo(Thresholds.NONE);
    }

    @Test
    void namesTheSettingOfABadValue() {
        assertThatThrownBy(() -> Thresholds.parse(WHERE, Map.of("removed", "ten")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("roster.yaml: source.thresholds.removed must be a whole number of"
                        + " persons or a percentage such as 50 or 10%, not 'ten'");
        assertThatThrownBy(() -> Thresholds.parse(WHERE, Map.of("added", "-5")))
                .hasMessageStartingWith(WHERE + ".added must be");
        assertThatThrownBy(() -> Thresholds.parse(WHERE, Map.of("added", "1.5")))
                .hasMessageStartingWith(WHERE + ".added must be");
        assertThatThrownBy(() -> Thresholds.parse(WHERE, Map.of("deleted", "5")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(WHERE + ".deleted is not a threshold");
        assertThatThrownBy(() -> Thresholds.parse(WHERE, Map.of("holdFirst", "maybe")))
                .hasMessageStartingWith(WHERE + ".holdFirst must be true or false");
    }

    @Test
    void aCountStrictlyOverTheLimitIsABreach() {
        Thresholds t = Thresholds.parse(WHERE, Map.of("added", "50", "removed", "10%",
                "blocked", "1%"));

        assertThat(t.breaches(1000, 50, 100, 10)).isEmpty();
        assertThat(t.breaches(1000, 51, 412, 11)).containsExactly(
                "added 51 persons (5.1% of 1000), over the limit of 50",
                "removed 412 persons (41.2% of 1000), over the limit of 10%",
                "blocked 11 persons (1.1% of 1000), over the limit of 1%");
    }

    @Test
    void theFirstSnapshotIsCheckedOnlyWhenAsked() {
        Map<String, Object> limits = Map.of("added", "10%");

        assertThat(Thresholds.parse(WHERE, limits).breaches(-1, 1000, 0, 0)).isEmpty();
        assertThat(Thresholds.parse(WHERE, Map.of("added", "10%", "holdFirst", "true"))
                .breaches(-1, 1, 0, 0))
                .containsExactly("added 1 person (no previous snapshot), over the limit of 10%");
    }
}

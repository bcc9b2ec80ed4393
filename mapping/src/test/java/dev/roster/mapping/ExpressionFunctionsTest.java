package dev.roster.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpressionFunctionsTest {

    private final ExpressionFunctions fn = new ExpressionFunctions();

    @Test
    void textHelpers() {
        assertThat(fn.removeDiacritics("Müller-Lüdenscheidt Ørsted Æsa Çelik")).isEqualTo("Muller-Ludenscheidt Orsted AEsa Celik");
        assertThat(fn.titleCase("ijsbrand o'NEIL-de jong")).isEqualTo("IJsbrand O'Neil-De Jong");
        assertThat(fn.substring("Vries", 0, 3)).isEqualTo("Vri");
        assertThat(fn.substring("Vries", 3, 99)).isEqualTo("es");
        assertThat(fn.substring("Vries", 9, 12)).isEmpty();
        assertThat(fn.substring(null, 0, 1)).isEmpty();
        assertThat(fn.substring("Vries", 2)).isEqualTo("ies");
        assertThat(fn.lower("JAN")).isEqualTo("jan");
        assertThat(fn.upper("jan")).isEqualTo("JAN");
        assertThat(fn.trim("  van   der  Meer ")).isEqualTo("van der Meer");
        assertThat(fn.coalesce(null, " ", "", "Jan", "Johannes")).isEqualTo("Jan");
        assertThat(fn.coalesce()).isEmpty();
        assertThat(fn.join(" ", "van der", "", null, "Meer")).isEqualTo("van der Meer");
        assertThat(fn.replace("a.b.c", ".", "")).isEqualTo("abc");
        assertThat(fn.initials("Johannes petrus ijsbrand")).isEqualTo("J.P.IJ.");
        assertThat(fn.isoDate("21-06-1984", "dd-MM-yyyy")).isEqualTo("1984-06-21");
        assertThat(fn.isoDate(" ", "dd-MM-yyyy")).isEmpty();
        assertThatThrownBy(() -> fn.isoDate("1984-06-21", "dd-MM-yyyy"))
                .hasMessage("'1984-06-21' is not a date in the pattern 'dd-MM-yyyy'");
    }
}

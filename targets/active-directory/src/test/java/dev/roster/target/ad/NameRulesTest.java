package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameRulesTest {

    @Test
    void removesEveryCharacterAdForbidsAndControlCharacters() {
        assertThat(NameRules.samAccountName("a\"b/c\\d[e]f:g;h|i=j,k+l*m?n<o>p\tq"))
                .contains("abcdefghijklmnopq");
    }

    @Test
    void keepsLettersDigitsDotsDashesUnderscoresAndNonLatinLetters() {
        assertThat(NameRules.samAccountName("jan.de-vries_2")).contains("jan.de-vries_2");
        assertThat(NameRules.samAccountName("łukasz.李")).contains("łukasz.李");
    }

    @Test
    void dropsTrailingDotsAndSpacesAndRefusesWhatIsLeftEmpty() {
        assertThat(NameRules.samAccountName(" jan. . ")).contains("jan");
        assertThat(NameRules.samAccountName("*?<>")).isEmpty();
        assertThat(NameRules.samAccountName(". . .")).isEmpty();
    }
}

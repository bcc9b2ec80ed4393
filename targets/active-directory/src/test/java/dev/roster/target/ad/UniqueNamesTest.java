package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UniqueNamesTest {
    private static final Map<String, String> NAMES = Map.of("cn", "Janine van den Boele",
            "sAMAccountName", "janine.van.den.boele", "userPrincipalName",
            "janine.vandenboele@example.com", "mail", "janine.vandenboele@example.com",
            "title", "Nurse");

    @Test
    void firstAttemptKeepsTheNames() {
        assertThat(UniqueNames.forAttempt(NAMES, 1)).isEqualTo(NAMES);
    }

    @Test
    void laterAttemptsSuffixEveryNameCuttingSamAccountNameFirst() {
        assertThat(UniqueNames.forAttempt(NAMES, 2))
                .containsEntry("cn", "Janine van den Boele2")
                .containsEntry("sAMAccountName", "janine.van.den.boel2")
                .containsEntry("userPrincipalName", "janine.vandenboele2@example.com")
                .containsEntry("mail", "janine.vandenboele2@example.com")
                .containsEntry("title", "Nurse");
        assertThat(UniqueNames.forAttempt(NAMES, 12).get("sAMAccountName"))
                .isEqualTo("janine.van.den.boe12");
    }

    @Test
    void cutsALongSamAccountNameEvenOnTheFirstAttempt() {
        assertThat(UniqueNames.forAttempt(Map.of("sAMAccountName", "a".repeat(25)), 1)
                .get("sAMAccountName")).hasSize(20);
    }

    @Test
    void keepsCnWithinSixtyFourCharacters() {
        String cn = "x".repeat(64);
        assertThat(UniqueNames.forAttempt(Map.of("cn", cn), 99).get("cn"))
                .isEqualTo("x".repeat(62) + "99");
    }
}

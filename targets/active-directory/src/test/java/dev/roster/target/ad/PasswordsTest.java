package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void usesEveryClassAtTheConfiguredLength() {
        PasswordPolicy policy = new PasswordPolicy(true, 16,
                EnumSet.allOf(PasswordPolicy.CharClass.class), false);
        Passwords passwords = new Passwords(policy);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = passwords.get();
            assertThat(password).hasSize(16).matches(".*[a-z].*").matches(".*[A-Z].*")
                    .matches(".*[0-9].*").matches(".*[^A-Za-z0-9].*")
                    .doesNotContain("\"", "\\", "'", " ");
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void drawsOnlyFromTheConfiguredClasses() {
        Passwords digits = new Passwords(new PasswordPolicy(true, 8,
                EnumSet.of(PasswordPolicy.CharClass.DIGIT), false));
        assertThat(digits.get()).matches("[2-9]{8}");
    }

    @Test
    void unicodePwdIsTheQuotedPasswordInUtf16LittleEndian() {
        assertThat(Passwords.unicodePwd("Ab1!")).isEqualTo(
                new byte[] {'"', 0, 'A', 0, 'b', 0, '1', 0, '!', 0, '"', 0});
        assertThat(new String(Passwords.unicodePwd("é"), StandardCharsets.UTF_16LE))
                .isEqualTo("\"é\"");
    }
}

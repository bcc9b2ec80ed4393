package dev.roster.target.ad;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes initial passwords to a {@link PasswordPolicy} from a {@link SecureRandom}: at least one
 * character of every class, the rest from all classes, in random order. Thread-safe.
 */
final class Passwords implements Supplier<String> {
    private final PasswordPolicy policy;
    private final SecureRandom random = new SecureRandom();

    Passwords(PasswordPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String get() {
        List<Character> chars = new ArrayList<>(policy.length());
        StringBuilder all = new StringBuilder();
        for (PasswordPolicy.CharClass c : policy.classes()) {
            chars.add(pick(c.characters));
            all.append(c.characters);
        }
        while (chars.size() < policy.length()) {
            chars.add(pick(all));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder(chars.size());
        chars.forEach(password::append);
        return password.toString();
    }

    private char pick(CharSequence from) {
        return from.charAt(random.nextInt(from.length()));
    }

    /** @return the value AD's unicodePwd takes: the password in double quotes, UTF-16LE */
    static byte[] unicodePwd(String password) {
        return ("\"" + password + "\"").getBytes(StandardCharsets.UTF_16LE);
    }
}

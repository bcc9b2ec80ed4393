package dev.roster.target.ad;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How initial passwords are made, from the {@code password} section of the settings.
 *
 * @param initial    whether a new account gets a password (default: when the connection is
 *                   encrypted)
 * @param length     how many characters (default 16, 8 to 128)
 * @param classes    the character classes, each used at least once (default all four)
 * @param mustChange whether the user must change it at first logon (pwdLastSet=0)
 */
record PasswordPolicy(boolean initial, int length, Set<CharClass> classes, boolean mustChange) {

    /** A class of characters a password draws from. Symbols avoid quotes and backslashes. */
    enum CharClass {
        LOWER("abcdefghijkmnopqrstuvwxyz"),
        UPPER("ABCDEFGHJKLMNPQRSTUVWXYZ"),
        DIGIT("23456789"),
        SYMBOL("!#$%&()*+,-./:;<=>?@[]^_{|}~");

        final String characters;

        CharClass(String characters) {
            this.characters = characters;
        }
    }

    PasswordPolicy {
        classes = Set.copyOf(classes);
        if (classes.isEmpty() || length < classes.size()) {
            throw new IllegalArgumentException("length " + length + ", classes " + classes);
        }
    }

    /** @param encrypted whether the connection is encrypted, which decides the default */
    static PasswordPolicy parse(SettingsReader password, boolean encrypted) {
        boolean initial = password.bool("initial", encrypted);
        int length = password.integer("length", 16, 8, 128);
        Set<CharClass> classes = EnumSet.noneOf(CharClass.class);
        for (String name : password.list("classes", List.of("lower", "upper", "digit",
                "symbol"))) {
            try {
                classes.add(CharClass.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw password.invalid("classes", "'" + name
                        + "' is none of lower, upper, digit, symbol");
            }
        }
        if (classes.isEmpty()) {
            throw password.invalid("classes", "needs at least one of lower, upper, digit, symbol");
        }
        boolean mustChange = password.bool("mustChange", false);
        return new PasswordPolicy(initial, length, classes, mustChange);
    }
}

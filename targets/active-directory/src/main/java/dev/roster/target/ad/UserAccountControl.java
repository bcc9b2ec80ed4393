package dev.roster.target.ad;

import dev.roster.model.TargetException;
import java.util.function.Supplier;

/** AD's userAccountControl flags as Roster changes them: only ACCOUNTDISABLE (0x2). Pure. */
final class UserAccountControl {
    static final String NAME = "userAccountControl";
    static final int ACCOUNT_DISABLE = 0x2;
    static final int NORMAL_ACCOUNT = 0x200;

    private UserAccountControl() {
    }

    /**
     * @param value the flags as text; null means NORMAL_ACCOUNT
     * @throws TargetException from {@code invalid} when the text is not a number
     */
    static int parse(String value, Supplier<TargetException> invalid) {
        if (value == null) {
            return NORMAL_ACCOUNT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid.get();
        }
    }

    static int disabled(int flags) {
        return flags | ACCOUNT_DISABLE;
    }

    static int enabled(int flags) {
        return flags & ~ACCOUNT_DISABLE;
    }

    static boolean isDisabled(int flags) {
        return (flags & ACCOUNT_DISABLE) != 0;
    }
}

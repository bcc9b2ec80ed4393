package dev.roster.target.ad;

import java.util.Optional;

/**
 * AD's rules for a user's sAMAccountName, enforced by Roster because Samba does not enforce
 * them all: none of {@code " / \ [ ] : ; | = , + * ? < >} nor control characters, no leading or
 * trailing spaces, no trailing dot, not only dots and spaces, at most
 * {@value UniqueNames#SAM_MAX} characters (cut by {@link UniqueNames}). Pure.
 */
final class NameRules {
    private static final String FORBIDDEN = "\"/\\[]:;|=,+*?<>";

    private NameRules() {
    }

    /**
     * @return {@code name} without the characters AD forbids and without trailing dots or
     *         spaces; empty when nothing usable is left
     */
    static Optional<String> samAccountName(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> FORBIDDEN.indexOf(c) < 0 && !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String result = kept.toString().strip();
        int end = result.length();
        while (end > 0 && (result.charAt(end - 1) == '.' || result.charAt(end - 1) == ' ')) {
            end--;
        }
        result = result.substring(0, end);
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
    }
}

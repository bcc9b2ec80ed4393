package dev.roster.model;

import java.util.Objects;

/**
 * The parts of a Dutch person's name as the HR system keeps them.
 *
 * <p>All parts are non-null; an absent part is the empty string. {@code birthName} is the own
 * family name without its prefix ("Vries"), {@code birthNamePrefix} its prefix ("de").
 */
public record PersonName(
        String given,
        String nickname,
        String initials,
        String birthNamePrefix,
        String birthName,
        String partnerNamePrefix,
        String partnerName,
        NamingConvention convention) {

    public PersonName {
        given = clean(given);
        nickname = clean(nickname);
        initials = clean(initials);
        birthNamePrefix = clean(birthNamePrefix);
        birthName = clean(birthName);
        partnerNamePrefix = clean(partnerNamePrefix);
        partnerName = clean(partnerName);
        Objects.requireNonNull(convention, "convention");
    }

    /** The name used day to day: the nickname, or the first given name when there is none. */
    public String callName() {
        if (!nickname.isEmpty()) {
            return nickname;
        }
        int space = given.indexOf(' ');
        return space < 0 ? given : given.substring(0, space);
    }

    /**
     * The family name as the person uses it under their convention, prefixes included:
     * B "de Vries", P "Bakker", BP "de Vries - Bakker", PB "Bakker - de Vries". Without a partner
     * name every convention falls back to the own name.
     */
    public String familyName() {
        String own = join(birthNamePrefix, birthName);
        String partner = join(partnerNamePrefix, partnerName);
        if (partner.isEmpty()) {
            return own;
        }
        return switch (convention) {
            case B -> own;
            case P -> partner;
            case BP -> own + " - " + partner;
            case PB -> partner + " - " + own;
        };
    }

    /** Call name and family name: "Jan de Vries". */
    public String displayName() {
        return join(callName(), familyName());
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + " " + second;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s{2,}|[\\t\\n\\r\\f]");

    private static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s.strip();
        return SPACES.matcher(t).find() ? t.replaceAll("\\s+", " ") : t;
    }
}

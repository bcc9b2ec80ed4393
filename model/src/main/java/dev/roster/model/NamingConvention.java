package dev.roster.model;

/**
 * The Dutch name-usage convention: which family name a person goes by.
 *
 * <p>B uses the own (birth) name, P the partner's name, BP the own name followed by the
 * partner's, PB the partner's followed by the own.
 */
public enum NamingConvention {
    B, P, BP, PB;

    /** The convention for a code such as "BP"; blank or unknown codes give {@link #B}. */
    public static NamingConvention ofCode(String code) {
        if (code == null) {
            return B;
        }
        return switch (code.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "P" -> P;
            case "BP" -> BP;
            case "PB" -> PB;
            default -> B;
        };
    }
}

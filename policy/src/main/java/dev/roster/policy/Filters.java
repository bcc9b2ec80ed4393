package dev.roster.policy;

import dev.roster.model.ConfigException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The filters a template placeholder may apply: {@code lower}, {@code upper}, {@code ascii}
 * (diacritics and ligatures folded: "Çelik" to "Celik", "Ærts" to "Aerts"), {@code username}
 * (ascii, lower case, only {@code a-z 0-9 . - _} kept: "d'Hondt" to "dhondt"), {@code first}
 * (the first character), {@code max:N} (at most N characters).
 */
final class Filters {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, String> LIGATURES = Map.ofEntries(
            Map.entry("æ", "ae"), Map.entry("Æ", "Ae"), Map.entry("ø", "o"), Map.entry("Ø", "O"),
            Map.entry("ß", "ss"), Map.entry("œ", "oe"), Map.entry("Œ", "Oe"), Map.entry("đ", "d"),
            Map.entry("Đ", "D"), Map.entry("ł", "l"), Map.entry("Ł", "L"), Map.entry("ĳ", "ij"),
            Map.entry("Ĳ", "IJ"), Map.entry("þ", "th"), Map.entry("ı", "i"));

    private Filters() {
    }

    static Function<String, String> parse(String where, String filter) {
        if (filter.startsWith("max:")) {
            int max;
            try {
                max = Integer.parseInt(filter.substring(4).strip());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1) {
                throw new ConfigException(where + ": filter '" + filter + "' needs a positive length, e.g. max:20");
            }
            int limit = max;
            return s -> s.length() <= limit ? s : s.substring(0, limit);
        }
        return switch (filter) {
            case "lower" -> s -> s.toLowerCase(Locale.ROOT);
            case "upper" -> s -> s.toUpperCase(Locale.ROOT);
            case "ascii" -> Filters::ascii;
            case "username" -> Filters::username;
            case "first" -> s -> s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1));
            case "account" -> s -> s.isEmpty() ? s : dev.roster.model.AccountReference.PREFIX + s;
            default -> throw new ConfigException(where + ": unknown filter '" + filter
                    + "'; known filters are lower, upper, ascii, username, first, account, max:N");
        };
    }

    /** Folds diacritics and common ligatures to plain Latin letters. */
    static String ascii(String s) {
        if (isAscii(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            b.append(LIGATURES.getOrDefault(ch, ch));
        });
        return MARKS.matcher(Normalizer.normalize(b, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String username(String s) {
        String folded = ascii(s);
        StringBuilder b = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            boolean keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')
                    || lower == '.' || lower == '-' || lower == '_';
            if (b == null && keep && lower == c) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(folded.length()).append(folded, 0, i);
            }
            if (keep) {
                b.append(lower);
            }
        }
        return b == null ? folded : b.toString();
    }
}

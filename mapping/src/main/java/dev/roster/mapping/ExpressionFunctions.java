package dev.roster.mapping;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The functions a mapping expression may call, as {@code fn:name(...)}; nothing else is callable.
 * Every argument may be any value: null counts as the empty string, other values as their text.
 * No function throws for odd input except {@link #isoDate}, whose failure blocks the record.
 * Stateless and thread-safe. Public only because the expression engine must see it.
 */
public final class ExpressionFunctions {

    /** The namespace the functions are called under: {@code fn:lower(record.firstname)}. */
    public static final String NAMESPACE = "fn";

    ExpressionFunctions() {
    }

    /** "Müller-Lüdenscheidt Ørsted" to "Muller-Ludenscheidt Orsted"; ligatures (æ, ß) spelled out. */
    public String removeDiacritics(Object s) {
        String decomposed = Normalizer.normalize(text(s), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ß' -> out.append("ss");
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'ı' -> out.append('i');
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Each word with a capital and the rest lower case, also after a hyphen or apostrophe; a word
     * starting with the Dutch "ij" capitalises both letters: "ijsbrand o'NEIL-de jong" gives
     * "IJsbrand O'Neil-De Jong".
     */
    public String titleCase(Object s) {
        String lower = text(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (start && Character.isLetter(c)) {
                out.append(Character.toUpperCase(c));
                if (c == 'i' && i + 1 < lower.length() && lower.charAt(i + 1) == 'j') {
                    out.append('J');
                    i++;
                }
                start = false;
            } else {
                out.append(c);
                start = !Character.isLetterOrDigit(c);
            }
        }
        return out.toString();
    }

    /** The characters from {@code from} (inclusive) to {@code to} (exclusive), clamped to the text. */
    public String substring(Object s, int from, int to) {
        String t = text(s);
        int begin = Math.max(0, Math.min(from, t.length()));
        int end = Math.max(begin, Math.min(to, t.length()));
        return t.substring(begin, end);
    }

    /** The characters from {@code from} to the end, clamped to the text. */
    public String substring(Object s, int from) {
        return substring(s, from, Integer.MAX_VALUE);
    }

    public String lower(Object s) {
        return text(s).toLowerCase(Locale.ROOT);
    }

    public String upper(Object s) {
        return text(s).toUpperCase(Locale.ROOT);
    }

    /** Without leading and trailing white space, inner runs of white space made one space. */
    public String trim(Object s) {
        return text(s).strip().replaceAll("\\s+", " ");
    }

    /** The first argument that is not empty or blank, as text; the empty string when none is. */
    public String coalesce(Object... values) {
        for (Object v : values) {
            if (!text(v).isBlank()) {
                return text(v);
            }
        }
        return "";
    }

    /** The non-blank parts, trimmed, joined by {@code separator}: join(' ', 'de', '', 'Vries'). */
    public String join(Object separator, Object... parts) {
        List<String> kept = new ArrayList<>(parts.length);
        for (Object p : parts) {
            if (!text(p).isBlank()) {
                kept.add(text(p).strip());
            }
        }
        return String.join(text(separator), kept);
    }

    /** Every occurrence of {@code target} (literal text, not a pattern) replaced. */
    public String replace(Object s, Object target, Object replacement) {
        String t = text(target);
        return t.isEmpty() ? text(s) : text(s).replace(t, text(replacement));
    }

    /** The initials of the given names, each with a dot: "Johannes petrus" gives "J.P.". */
    public String initials(Object givenNames) {
        StringBuilder out = new StringBuilder();
        for (String word : trim(givenNames).split("[ -]")) {
            if (!word.isEmpty()) {
                out.append(word.toLowerCase(Locale.ROOT).startsWith("ij") ? "IJ"
                        : word.substring(0, 1).toUpperCase(Locale.ROOT)).append('.');
            }
        }
        return out.toString();
    }

    /**
     * A date in {@code pattern} (as java.time: "dd-MM-yyyy") as yyyy-MM-dd; blank stays blank.
     *
     * @throws IllegalArgumentException when the value does not match the pattern
     */
    public String isoDate(Object s, Object pattern) {
        String t = text(s).strip();
        if (t.isEmpty()) {
            return "";
        }
        try {
            return LocalDate.parse(t, DateTimeFormatter.ofPattern(text(pattern), Locale.ROOT)).toString();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date in the pattern '"
                    + text(pattern) + "'");
        }
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}

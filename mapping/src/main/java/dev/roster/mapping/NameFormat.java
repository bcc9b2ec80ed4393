package dev.roster.mapping;

import dev.roster.model.ConfigException;
import dev.roster.model.PersonName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A configurable way to write a person's name, such as the display name
 * {@code "{callName} {familyName}"} ("Jan de Vries - Bakker") or the sort name
 * {@code "{familyNameWithoutPrefix}, {callName} {prefix}"} ("Vries - Bakker, Jan de").
 *
 * <p>Placeholders: {@code given}, {@code nickname}, {@code callName}, {@code initials},
 * {@code birthName} (own name with prefix, "de Vries"), {@code partnerName} (with prefix),
 * {@code familyName} (as used under the convention, see {@link PersonName#familyName()}),
 * {@code prefix} (the leading prefix of the family name, "de") and
 * {@code familyNameWithoutPrefix} ("Vries - Bakker"). Empty parts leave no double spaces or
 * dangling commas. Following Dutch usage, a name that starts with its family name's prefix gets
 * a capital: "{familyName}, {initials}" gives "De Vries, J.P.". Immutable and thread-safe.
 */
public final class NameFormat {

    /** The placeholders a format may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("given", "nickname", "callName", "initials",
            "birthName", "partnerName", "familyName", "prefix", "familyNameWithoutPrefix");

    /** "Jan de Vries". */
    public static final NameFormat DISPLAY = new NameFormat("{callName} {familyName}");

    /** "Vries, Jan de": the family name without prefix first, the prefix after the call name. */
    public static final NameFormat SORT = new NameFormat("{familyNameWithoutPrefix}, {callName} {prefix}");

    private final String template;
    private final List<String> parts;

    /** @throws ConfigException for an empty format, an unknown placeholder or an unclosed brace */
    public NameFormat(String template) {
        this.parts = parts(template);
        this.template = template;
    }

    /** The format as configured. */
    public String template() {
        return template;
    }

    /**
     * @param where the configuration path, e.g. {@code roster.yaml: mapping.displayName}
     * @throws ConfigException naming {@code where} for an unknown placeholder or an unclosed brace
     */
    public static NameFormat parse(String where, String template) {
        try {
            return new NameFormat(template);
        } catch (ConfigException e) {
            throw new ConfigException(where + ": " + e.getMessage());
        }
    }

    /** The name of {@code name} in this format; never null. */
    public String apply(PersonName name) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append(part.startsWith("{") ? value(name, part.substring(1, part.length() - 1)) : part);
        }
        String text = tidy(out);
        String prefix = prefix(name);
        if (!prefix.isEmpty() && text.startsWith(prefix + " ")) {
            text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }

    /** Runs of white space made one space, no space before a comma, no separator at either end. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                if (c == ',' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append(c);
            }
        }
        int begin = 0;
        int end = out.length();
        while (begin < end && " ,;-".indexOf(out.charAt(begin)) >= 0) {
            begin++;
        }
        while (end > begin && " ,;-".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        return out.substring(begin, end);
    }

    /** The prefix the family name under the convention starts with: "de" for "de Vries - Bakker". */
    public static String prefix(PersonName name) {
        String family = name.familyName();
        for (String p : List.of(name.birthNamePrefix(), name.partnerNamePrefix())) {
            if (!p.isEmpty() && family.startsWith(p + " ")) {
                return p;
            }
        }
        return "";
    }

    /** The family name under the convention without its leading prefix: "Vries - Bakker". */
    public static String familyNameWithoutPrefix(PersonName name) {
        String prefix = prefix(name);
        return prefix.isEmpty() ? name.familyName() : name.familyName().substring(prefix.length() + 1);
    }

    private static String value(PersonName n, String placeholder) {
        return switch (placeholder) {
            case "given" -> n.given();
            case "nickname" -> n.nickname();
            case "callName" -> n.callName();
            case "initials" -> n.initials();
            case "birthName" -> (n.birthNamePrefix() + " " + n.birthName()).strip();
            case "partnerName" -> (n.partnerNamePrefix() + " " + n.partnerName()).strip();
            case "familyName" -> n.familyName();
            case "prefix" -> prefix(n);
            case "familyNameWithoutPrefix" -> familyNameWithoutPrefix(n);
            default -> throw new IllegalStateException(placeholder);
        };
    }

    /** Literal text and {placeholder} parts, in order. */
    private static List<String> parts(String template) {
        if (template == null || template.isBlank()) {
            throw new ConfigException("a name format must not be empty");
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                parts.add(template.substring(i));
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new ConfigException("'" + template + "' has a '{' without '}'");
            }
            String name = template.substring(open + 1, close).strip();
            if (!PLACEHOLDERS.contains(name)) {
                throw new ConfigException("unknown placeholder {" + name + "} in '" + template
                        + "'; the placeholders are " + PLACEHOLDERS.stream().sorted().toList());
            }
            if (open > i) {
                parts.add(template.substring(i, open));
            }
            parts.add("{" + name + "}");
            i = close + 1;
        }
        return List.copyOf(parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameFormat f && f.template.equals(template);
    }

    @Override
    public int hashCode() {
        return template.hashCode();
    }

    @Override
    public String toString() {
        return template;
    }
}

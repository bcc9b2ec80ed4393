package dev.roster.mapping;

import dev.roster.model.Person;
import java.text.Normalizer;

/** Builds normalised aggregation keys. Pure; thread-safe. */
final class AggregationKey {

    private AggregationKey() {
    }

    /**
     * The key of {@code person} under {@code rules}: the normalised key fields joined with '|', or
     * null when a required part is empty (such a record is never aggregated).
     */
    static String of(Person person, AggregationRules rules) {
        StringBuilder key = new StringBuilder(48);
        for (String field : rules.keyFields()) {
            String part = normalise(person.fields().getOrDefault(field, ""));
            if (part.isEmpty() && !AggregationRules.OPTIONAL_PARTS.contains(field)) {
                return null;
            }
            key.append(part).append('|');
        }
        return key.toString();
    }

    /**
     * Lower case, diacritics and ligatures folded (é to e, æ to ae, ß to ss), and everything that
     * is not a letter or digit removed: "van der Meer" and "Van der  Méér" give "vandermeer",
     * "J.P." gives "jp", "1984-06-21" gives "19840621".
     */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = Character.toLowerCase(decomposed.charAt(k));
            switch (c) {
                case 'æ': out.append("ae"); break;
                case 'œ': out.append("oe"); break;
                case 'ß': out.append("ss"); break;
                case 'ø': out.append('o'); break;
                case 'ł': out.append('l'); break;
                case 'đ': out.append('d'); break;
                case 'ı': out.append('i'); break;
                default:
                    if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}

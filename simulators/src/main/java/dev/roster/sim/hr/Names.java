package dev.roster.sim.hr;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Dutch (and some not so Dutch) names to draw from. */
final class Names {

    /** Full given names, the name used day-to-day, and gender. */
    record Given(String full, String nickname, String gender) {
    }

    /** A family name and its prefix ("tussenvoegsel"), possibly empty. */
    record Family(String prefix, String name) {
    }

    static final List<Given> GIVEN = List.of(
            new Given("Johannes Petrus", "Jan", "M"), new Given("Hendrikus Johannes", "Henk", "M"),
            new Given("Cornelis", "Kees", "M"), new Given("Adrianus Maria", "Ad", "M"),
            new Given("Franciscus", "Frank", "M"), new Given("Theodorus", "Theo", "M"),
            new Given("Jacobus", "Koos", "M"), new Given("Gerardus Antonius", "Gerard", "M"),
            new Given("Wilhelmus", "Wim", "M"), new Given("Daan", "Daan", "M"),
            new Given("Abraham", "Bram", "M"), new Given("Sem", "Sem", "M"),
            new Given("Noël", "Noël", "M"), new Given("Mohammed", "Mo", "M"),
            new Given("Ömer", "Ömer", "M"), new Given("Emre", "Emre", "M"),
            new Given("Pieter Jan", "Pieter", "M"), new Given("Lucas", "Luuk", "M"),
            new Given("Wilhelmina Maria", "Willeke", "V"), new Given("Geertruida", "Truus", "V"),
            new Given("Catharina", "Karin", "V"), new Given("Maria Elisabeth", "Marieke", "V"),
            new Given("Johanna", "Anneke", "V"), new Given("Petronella", "Nel", "V"),
            new Given("Elisabeth", "Lisa", "V"), new Given("Zoë", "Zoë", "V"),
            new Given("Anaïs", "Anaïs", "V"), new Given("Chloë", "Chloë", "V"),
            new Given("Renée", "Renée", "V"), new Given("Fatima", "Fatima", "V"),
            new Given("Ayşe", "Ayşe", "V"), new Given("Sanne", "Sanne", "V"),
            new Given("Charlotte", "Lotte", "V"), new Given("Eline", "Eline", "V"),
            new Given("Noor", "Noor", "V"), new Given("Anna Maria", "Anna", "V"),
            new Given("Hendrika", "Riet", "V"), new Given("Sophie", "Fie", "V"));

    static final List<Family> FAMILY = List.of(
            new Family("", "Jansen"), new Family("de", "Vries"), new Family("van den", "Berg"),
            new Family("van", "Dijk"), new Family("", "Bakker"), new Family("", "Visser"),
            new Family("", "Smit"), new Family("de", "Boer"), new Family("", "Mulder"),
            new Family("de", "Groot"), new Family("", "Bos"), new Family("", "Vos"),
            new Family("", "Peters"), new Family("", "Hendriks"), new Family("van", "Leeuwen"),
            new Family("", "Dekker"), new Family("", "Brouwer"), new Family("de", "Wit"),
            new Family("", "Dijkstra"), new Family("de", "Graaf"), new Family("van der", "Meer"),
            new Family("van der", "Linden"), new Family("", "Kok"), new Family("de", "Haan"),
            new Family("", "Vermeulen"), new Family("van den", "Heuvel"),
            new Family("van der", "Veen"), new Family("van den", "Broek"),
            new Family("de", "Jong"), new Family("ter", "Horst"), new Family("ter", "Beek"),
            new Family("", "Müller"), new Family("", "Çelik"), new Family("", "Ærts"),
            new Family("", "Yılmaz"), new Family("", "El Amrani"), new Family("", "Öztürk"),
            new Family("van", "Beek"), new Family("", "Schouten"), new Family("", "Willems"));

    static final List<String> STREETS = List.of(
            "Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Julianalaan", "Beatrixstraat",
            "Schoolstraat", "Lindelaan", "Eikenlaan", "Prinses Irenestraat", "Utrechtseweg");

    private Names() {
    }

    /** "Johannes Petrus" becomes "J.P."; "Anaïs" becomes "A.". */
    static String initials(String given) {
        StringBuilder sb = new StringBuilder();
        for (String part : given.split(" ")) {
            sb.append(part.charAt(0)).append('.');
        }
        return sb.toString();
    }

    /** A family name with its prefix: "van der Meer", or "Jansen". */
    static String full(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + " " + name;
    }

    /** Lower case ASCII for e-mail addresses: "Zoë van der Meer" gives "zoevandermeer". */
    static String mailPart(String text) {
        String plain = Normalizer.normalize(text.replace("Æ", "Ae").replace("ı", "i"),
                Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        for (int k = 0; k < plain.length(); k++) {
            char c = plain.charAt(k);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

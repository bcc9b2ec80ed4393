package dev.roster.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.NamingConvention;
import dev.roster.model.PersonName;
import org.junit.jupiter.api.Test;

class NameFormatTest {

    /** Jan (Johannes Petrus) de Vries, married to a Bakker, under {@code convention}. */
    private static PersonName jan(NamingConvention convention) {
        return new PersonName("Johannes Petrus", "Jan", "J.P.", "de", "Vries", "", "Bakker", convention);
    }

    @Test
    void eachConventionGivesItsFamilyDisplayAndSortName() {
        assertThat(jan(NamingConvention.B).familyName()).isEqualTo("de Vries");
        assertThat(jan(NamingConvention.P).familyName()).isEqualTo("Bakker");
        assertThat(jan(NamingConvention.BP).familyName()).isEqualTo("de Vries - Bakker");
        assertThat(jan(NamingConvention.PB).familyName()).isEqualTo("Bakker - de Vries");

        assertThat(NameFormat.DISPLAY.apply(jan(NamingConvention.B))).isEqualTo("Jan de Vries");
        assertThat(NameFormat.DISPLAY.apply(jan(NamingConvention.P))).isEqualTo("Jan Bakker");
        assertThat(NameFormat.DISPLAY.apply(jan(NamingConvention.BP))).isEqualTo("Jan de Vries - Bakker");
        assertThat(NameFormat.DISPLAY.apply(jan(NamingConvention.PB))).isEqualTo("Jan Bakker - de Vries");

        assertThat(NameFormat.SORT.apply(jan(NamingConvention.B))).isEqualTo("Vries, Jan de");
        assertThat(NameFormat.SORT.apply(jan(NamingConvention.P))).isEqualTo("Bakker, Jan");
        assertThat(NameFormat.SORT.apply(jan(NamingConvention.BP))).isEqualTo("Vries - Bakker, Jan de");
        assertThat(NameFormat.SORT.apply(jan(NamingConvention.PB))).isEqualTo("Bakker - de Vries, Jan");
    }

    @Test
    void thePartnersPrefixMovesLikeTheOwnOne() {
        PersonName anna = new PersonName("Anna", "", "A.", "", "Jansen", "van den", "Berg", NamingConvention.PB);

        assertThat(anna.familyName()).isEqualTo("van den Berg - Jansen");
        assertThat(NameFormat.prefix(anna)).isEqualTo("van den");
        assertThat(NameFormat.familyNameWithoutPrefix(anna)).isEqualTo("Berg - Jansen");
        assertThat(NameFormat.SORT.apply(anna)).isEqualTo("Berg - Jansen, Anna van den");
    }

    @Test
    void aConfiguredFormatWritesTheNameThatWayAndANameStartingWithItsPrefixGetsACapital() {
        PersonName b = jan(NamingConvention.B);

        assertThat(new NameFormat("{initials} {familyName}").apply(b)).isEqualTo("J.P. de Vries");
        assertThat(new NameFormat("{familyName}, {callName}").apply(b)).isEqualTo("De Vries, Jan");
        assertThat(new NameFormat("{familyName}, {initials}").apply(jan(NamingConvention.PB)))
                .isEqualTo("Bakker - de Vries, J.P.");
        assertThat(new NameFormat("{familyNameWithoutPrefix}, {initials} {prefix}").apply(b))
                .isEqualTo("Vries, J.P. de");
        assertThat(new NameFormat("{given} ({nickname}) {birthName}").apply(b))
                .isEqualTo("Johannes Petrus (Jan) de Vries");
    }

    @Test
    void emptyPartsLeaveNoDoubleSpacesOrDanglingCommas() {
        PersonName bare = new PersonName("", "", "", "", "Bakker", "", "", NamingConvention.B);

        assertThat(new NameFormat("{initials} {familyName}").apply(bare)).isEqualTo("Bakker");
        assertThat(new NameFormat("{familyName}, {callName}").apply(bare)).isEqualTo("Bakker");
        assertThat(NameFormat.SORT.apply(bare)).isEqualTo("Bakker");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> NameFormat.parse("roster.yaml: mapping.displayName", "{firstName} {familyName}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("roster.yaml: mapping.displayName: unknown placeholder {firstName}");
        assertThatThrownBy(() -> NameFormat.parse("x", "{callName"))
                .hasMessage("x: '{callName' has a '{' without '}'");
    }
}

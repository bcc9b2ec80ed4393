package dev.roster.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    static PersonName janine(NamingConvention c) {
        return new PersonName("Janine Maria", "", "J.M.", "van den", "Boele", "de", "Vries", c);
    }

    @Test
    void eachConventionGivesItsFamilyNameAndDisplayName() {
        assertThat(janine(NamingConvention.B).displayName()).isEqualTo("Janine van den Boele");
        assertThat(janine(NamingConvention.P).displayName()).isEqualTo("Janine de Vries");
        assertThat(janine(NamingConvention.BP).displayName()).isEqualTo("Janine van den Boele - de Vries");
        assertThat(janine(NamingConvention.PB).displayName()).isEqualTo("Janine de Vries - van den Boele");
    }

    @Test
    void withoutAPartnerNameEveryConventionUsesTheOwnName() {
        PersonName n = new PersonName("Anna", "", "A.", "", "Jansen", "", "", NamingConvention.PB);
        assertThat(n.familyName()).isEqualTo("Jansen");
    }

    @Test
    void theNicknameIsTheCallNameAndExtraSpacesAreTidied() {
        PersonName n = new PersonName(" Johannes  Petrus ", "Jan", "J.P.", "de", "Vries", "", "", NamingConvention.B);
        assertThat(n.callName()).isEqualTo("Jan");
        assertThat(n.given()).isEqualTo("Johannes Petrus");
        assertThat(new PersonName("Johannes Petrus", "", "", "", "Vries", "", "", NamingConvention.B).callName())
                .isEqualTo("Johannes");
    }
}

package dev.roster.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void anAddressAloneOrWithANameIsAccepted() {
        assertThat(Addresses.problem("servicedesk@example.com")).isEmpty();
        assertThat(Addresses.problem("Service desk <servicedesk@example.com>")).isEmpty();
    }

    @Test
    void somethingThatIsNotOneAddressIsNamedInTheProblem() {
        assertThat(Addresses.problem("servicedesk")).get().asString()
                .isEqualTo("'servicedesk' is not an e-mail address (it needs a name, '@' and a domain)");
        assertThat(Addresses.problem("a@example.com, b@example.com")).get().asString().contains("must be one address");
        assertThat(Addresses.problem("jan devries@example.com")).get().asString().startsWith("'jan devries@example.com' is not");
        assertThat(Addresses.problem(" ")).contains("is empty");
        assertThat(Addresses.problem("@example.com")).isPresent();
    }
}

package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Names as AD needs them: allowed characters, unique in the domain, reserved ones skipped. */
class NamesIT {
    EmbeddedDirectory directory;
    LDAPConnection ldap;
    final List<Target> opened = new java.util.ArrayList<>();

    @BeforeEach
    void start() throws LDAPException {
        directory = EmbeddedDirectory.start(TestDirectory.tlsOptions());
        directory.ensureOrganizationalUnit(TestDirectory.USERS);
        ldap = directory.connection();
    }

    @AfterEach
    void stop() {
        opened.forEach(Target::close);
        ldap.close();
        directory.close();
    }

    private Target.Creates open(List<String> reserved) {
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.put("reservedNames", reserved);
        Target target = TestDirectory.open(settings);
        opened.add(target);
        return (Target.Creates) target;
    }

    private static NewAccount jan(String id) {
        return new NewAccount("p" + id, id, Map.of("cn", "Jan de Vries", "displayName",
                "Jan de Vries", "sAMAccountName", "jan.devries", "userPrincipalName",
                "jan.devries@example.test", "mail", "jan.devries@example.test"), false);
    }

    @Test
    void twoJanDeVriesGetDifferentPredictableNames() {
        Target.Creates target = open(List.of());
        Created first = target.create(jan("1"));
        Created second = target.create(jan("2"));

        assertThat(first.attributes()).containsEntry("sAMAccountName", "jan.devries")
                .containsEntry("cn", "Jan de Vries")
                .containsEntry("userPrincipalName", "jan.devries@example.test");
        assertThat(second.attributes()).containsEntry("sAMAccountName", "jan.devries2")
                .containsEntry("cn", "Jan de Vries2")
                .containsEntry("userPrincipalName", "jan.devries2@example.test")
                .containsEntry("mail", "jan.devries2@example.test")
                .containsEntry("displayName", "Jan de Vries");
        LdapProbe probe = new LdapProbe(ldap, TestDirectory.BASE, TestDirectory.GROUPS);
        assertThat(probe.attribute(second.account(), "sAMAccountName")).contains("jan.devries2");
    }

    @Test
    void aReservedNameOfADeletedAccountIsNotHandedOut() {
        Target.Creates target = open(List.of("Jan.DeVries", "jan.devries2"));
        assertThat(target.create(jan("1")).attributes())
                .containsEntry("sAMAccountName", "jan.devries3")
                .containsEntry("cn", "Jan de Vries3");
    }

    @Test
    void anAddressUsedAsSomeonesMailOrProxyAddressIsTaken() throws LDAPException {
        ldap.add(new Entry("CN=Other,OU=Employees,DC=example,DC=test", List.of(
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("cn", "Other"), new Attribute("sAMAccountName", "other"),
                new Attribute("mail", "jan.devries@example.test"),
                new Attribute("proxyAddresses", "SMTP:jan.devries2@example.test"))));
        assertThat(open(List.of()).create(jan("1")).attributes())
                .containsEntry("sAMAccountName", "jan.devries3")
                .containsEntry("userPrincipalName", "jan.devries3@example.test");
    }

    @Test
    void charactersAdForbidsAreRemovedAndTwentyCharactersKept() {
        Created created = open(List.of()).create(new NewAccount("p", "9", Map.of("cn",
                "Anna-Lena \"Q\" d'Hondt", "sAMAccountName",
                "a\"n/n\\a[l]e:n;a|d=h,o+n*d?t<v>an.der.berg."), false));
        assertThat(created.attributes().get("sAMAccountName")).isEqualTo("annalenadhondtvan.de")
                .hasSize(20);
        assertThatThrownBy(() -> open(List.of()).create(new NewAccount("q", "10", Map.of("cn",
                "Nobody", "sAMAccountName", "*?<>..."), false))).isInstanceOfSatisfying(
                        TargetException.class, e -> assertThat(e.getMessage())
                                .contains("person q", "has no character AD allows"));
    }

    @Test
    void thePlanIsToldTheNamesEachCreateWillGiveAndTheCreateGivesThem() {
        Target.Creates target = open(List.of("jan.devries3"));
        Created existing = target.create(jan("1"));

        List<Map<String, String>> chosen = ((Target.Names) target).choose(List.of(jan("1"), jan("2"), jan("3")));

        assertThat(chosen.get(0)).as("person 1 has an account: it is linked, not named").isEmpty();
        assertThat(chosen.get(1)).containsEntry("sAMAccountName", "jan.devries2")
                .containsEntry("cn", "Jan de Vries2").containsEntry("mail", "jan.devries2@example.test")
                .doesNotContainKey("displayName");
        assertThat(chosen.get(2)).as("the plan's second new Jan skips the first's name and the reserved one")
                .containsEntry("sAMAccountName", "jan.devries4").containsEntry("userPrincipalName",
                        "jan.devries4@example.test");
        Map<String, String> planned = new java.util.HashMap<>(jan("3").attributes());
        planned.putAll(chosen.get(2));
        Created third = target.create(new NewAccount("p3", "3", planned, false));
        assertThat(third.attributes()).containsEntry("sAMAccountName", "jan.devries4");
        assertThat(existing.attributes()).containsEntry("sAMAccountName", "jan.devries");
    }

    @Test
    void aNamesakeWhoseAddressDiffersGetsTheIterationAnothersAddressSkipped() throws LDAPException {
        ldap.add(new Entry("CN=Other,OU=Employees,DC=example,DC=test", List.of(
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("cn", "Other"), new Attribute("sAMAccountName", "other"),
                new Attribute("mail", "jan.devries3@example.test"))));
        NewAccount elsewhere = new NewAccount("p9", "9", Map.of("cn", "Jan de Vries", "sAMAccountName",
                "jan.devries", "userPrincipalName", "jan.devries@other.test", "mail", "jan.devries@other.test"), false);

        List<Map<String, String>> chosen = ((Target.Names) open(List.of()))
                .choose(List.of(jan("1"), jan("2"), jan("3"), elsewhere, jan("4")));

        assertThat(chosen).extracting(names -> names.get("sAMAccountName")).as("jan.devries3@example.test is"
                + " someone's mail, so the third Jan of example.test skips iteration 3, which the one of other.test"
                + " can have").containsExactly("jan.devries", "jan.devries2", "jan.devries4", "jan.devries3",
                        "jan.devries5");
        assertThat(chosen.get(3)).containsEntry("mail", "jan.devries3@other.test");
    }

    @Test
    void namesakesBeyondTheLastIterationAreLeftToTheCreate() {
        List<NewAccount> accounts = new java.util.ArrayList<>();
        for (int i = 1; i <= 101; i++) {
            accounts.add(jan(Integer.toString(i)));
        }
        List<Map<String, String>> chosen = ((Target.Names) open(List.of("jan.devries7"))).choose(accounts);

        assertThat(chosen.get(5)).containsEntry("sAMAccountName", "jan.devries6");
        assertThat(chosen.get(6)).as("the reserved iteration is skipped").containsEntry("sAMAccountName", "jan.devries8");
        assertThat(chosen.get(97)).containsEntry("sAMAccountName", "jan.devries99");
        assertThat(chosen.subList(98, 101)).as("99 iterations, one reserved: the 99th Jan and on get no names")
                .allSatisfy(names -> assertThat(names).isEmpty());
    }

    @Test
    void aCreateWithoutPlannedNamesDoesNotTakeTheNamesThePlanShowedForAnother() {
        Target.Creates target = open(List.of());
        target.create(jan("1"));
        Map<String, String> planned = new java.util.HashMap<>(jan("2").attributes());
        planned.putAll(((Target.Names) target).choose(List.of(jan("2"))).get(0));
        NewAccount second = new NewAccount("p2", "2", planned, false);
        // the third Jan's names were never chosen (say, planned while the directory was down)
        ((Target.Names) target).hold(List.of(second, jan("3")));

        Created third = target.create(jan("3"));
        Created secondMade = target.create(second);

        assertThat(third.attributes()).as("iteration 2 is held for person p2").containsEntry("sAMAccountName",
                "jan.devries3").containsEntry("mail", "jan.devries3@example.test");
        assertThat(secondMade.attributes()).as("the names the plan showed").containsEntry("sAMAccountName",
                "jan.devries2").containsEntry("cn", "Jan de Vries2");
        Map<String, String> fifth = new java.util.HashMap<>(jan("5").attributes());
        fifth.putAll(((Target.Names) target).choose(List.of(jan("5"))).get(0));
        ((Target.Names) target).hold(List.of(new NewAccount("p5", "5", fifth, false)));
        ((Target.Names) target).hold(List.of());
        assertThat(target.create(jan("6")).attributes()).as("held no longer").containsEntry("sAMAccountName",
                "jan.devries4");
    }
}

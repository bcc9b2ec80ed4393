package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.model.AccountRef;
import dev.roster.model.Capability;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import dev.roster.model.TargetFactory;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActiveDirectoryTargetIT {
    static final String BASE = "DC=example,DC=test";
    static final String USERS = "OU=Employees," + BASE;
    static final String GROUPS = "OU=Groups," + BASE;

    EmbeddedDirectory directory;
    LDAPConnection ldap;
    Target target;

    @BeforeEach
    void start() throws LDAPException {
        directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword("s3cret"));
        directory.ensureOrganizationalUnit(USERS);
        ldap = directory.connection();
        target = open(directory);
    }

    @AfterEach
    void stop() {
        target.close();
        ldap.close();
        directory.close();
    }

    static Target open(EmbeddedDirectory directory) {
        TargetFactory factory = ServiceLoader.load(TargetFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.type().equals("active-directory"))
                .findFirst().orElseThrow();
        Map<String, Object> settings = Map.of("type", "active-directory",
                "url", directory.ldapUrl(), "allowPlainLdap", true,
                "bindDn", directory.bindDn(), "bindPassword", "env:AD_PASSWORD",
                "baseDn", BASE, "usersOu", USERS, "groupsBaseDn", GROUPS, "poolSize", 2,
                "correlationRefreshSeconds", 0);
        return factory.open("ad", settings, (setting, reference) -> {
            assertThat(setting).isEqualTo("targets.ad.bindPassword");
            assertThat(reference).isEqualTo("env:AD_PASSWORD");
            return "s3cret";
        });
    }

    @Test
    void aCreateAfterTheDirectoryDroppedTheConnectionsGoesThroughOnANewOne() throws LDAPException {
        creates().create(account("5001", "Anna", "anna", true));

        // The connections read their answers on the sending thread (synchronous mode), so nothing
        // notices the close until the next operation: that one must be retried, not fail.
        directory.dropClientConnections();
        Created created = creates().create(account("5002", "Bram", "bram", true));

        ldap.close();
        ldap = directory.connection();
        assertThat(entry(created.account()).getAttributeValue("sAMAccountName")).isEqualTo("bram");
    }

    Target.Creates creates() {
        return (Target.Creates) target;
    }

    static NewAccount account(String id, String cn, String sam, boolean enabled) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("cn", cn);
        attributes.put("sAMAccountName", sam);
        attributes.put("userPrincipalName", sam + "@example.test");
        attributes.put("mail", sam + "@example.test");
        attributes.put("employeeID", id);
        return new NewAccount("p-" + id, id, attributes, enabled);
    }

    SearchResultEntry entry(AccountRef ref) throws LDAPException {
        return ldap.getEntry("<GUID=" + ref.id() + ">", "*", "memberOf");
    }

    @Test
    void hasEveryCapability() {
        assertThat(target.name()).isEqualTo("ad");
        assertThat(target.capabilities()).containsExactlyInAnyOrder(Capability.values());
    }

    @Test
    void createsAnAccountWithAllItsAttributes() throws LDAPException {
        Map<String, String> attributes = new HashMap<>(Map.of("cn", "Janine van den Boele",
                "sAMAccountName", "janine.vandenboele", "userPrincipalName",
                "janine.vandenboele@example.test", "givenName", "Janine", "sn", "van den Boele",
                "displayName", "Janine van den Boele", "mail", "janine.vandenboele@example.test",
                "employeeID", "1001", "department", "Finance", "title", "Controller"));
        attributes.put("initials", "J.");
        attributes.put("company", "");
        Created created = creates().create(new NewAccount("p1", "1001", attributes, false));

        assertThat(created.correlated()).isFalse();
        assertThat(created.account().id()).matches("[0-9a-f]{32}");
        Map<String, String> written = new HashMap<>(attributes);
        written.remove("company");
        assertThat(created.attributes()).isEqualTo(written);
        SearchResultEntry entry = entry(created.account());
        assertThat(entry.getDN()).isEqualTo("cn=Janine van den Boele," + USERS);
        written.forEach((name, value) -> assertThat(entry.getAttributeValue(name))
                .as(name).isEqualTo(value));
        assertThat(entry.hasAttribute("company")).isFalse();
        assertThat(entry.getAttributeValues("objectClass"))
                .contains("top", "person", "organizationalPerson", "user");
        assertThat(entry.getAttributeValue("userAccountControl")).isEqualTo("514");
        assertThat(HexFormat.of().formatHex(entry.getAttributeValueBytes("objectGUID")))
                .isEqualTo(created.account().id());
    }

    @Test
    void aSecondCreateForTheSamePersonCorrelates() throws LDAPException {
        Created first = creates().create(account("2001", "Piet Puk", "ppuk", true));
        Created second = creates().create(account("2001", "Piet Puk", "ppuk", true));

        assertThat(second.correlated()).isTrue();
        assertThat(second.account()).isEqualTo(first.account());
        assertThat(second.attributes()).containsEntry("sAMAccountName", "ppuk")
                .containsEntry("cn", "Piet Puk");
        assertThat(ldap.search(BASE, com.unboundid.ldap.sdk.SearchScope.SUB, "(employeeID=2001)")
                .getEntryCount()).isEqualTo(1);
        assertThat(entry(first.account()).getAttributeValue("userAccountControl"))
                .isEqualTo("512");
    }

    @Test
    void severalCorrelatedAccountsAreATerminalErrorNamingThem() throws Exception {
        directory.ensureOrganizationalUnit("OU=Old," + BASE);
        creates().create(account("3001", "Kees", "kees", true));
        ldap.add("dn: cn=Kees Old,OU=Old," + BASE, "objectClass: user", "cn: Kees Old",
                "employeeID: 3001");

        assertThatThrownBy(() -> creates().create(account("3001", "Kees", "kees", true)))
                .isInstanceOfSatisfying(TargetException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("p-3001", "cn=Kees," + USERS,
                            "cn=Kees Old,OU=Old," + BASE);
                });
    }

    @Test
    void aTakenNameGetsSuffixTwo() throws LDAPException {
        creates().create(account("4001", "Jan Jansen", "jjansen", true));
        Created second = creates().create(account("4002", "Jan Jansen", "jjansen", true));
        creates().create(account("4003", "Anna Long", "abcdefghijklmnopqrst", true));
        Created samOnly = creates().create(account("4004", "Other Long", "abcdefghijklmnopqrst",
                true));

        assertThat(second.correlated()).isFalse();
        assertThat(second.attributes()).containsEntry("cn", "Jan Jansen2")
                .containsEntry("sAMAccountName", "jjansen2")
                .containsEntry("userPrincipalName", "jjansen2@example.test")
                .containsEntry("mail", "jjansen2@example.test");
        assertThat(entry(second.account()).getDN()).isEqualTo("cn=Jan Jansen2," + USERS);
        assertThat(samOnly.attributes()).containsEntry("sAMAccountName", "abcdefghijklmnopqrs2")
                .containsEntry("cn", "Other Long2");
    }

    @Test
    void aHostileCnIsEscapedAndFoundAgain() throws LDAPException {
        String cn = "#Smith, John+Jr \"Q\" \\ * (x) Łukasz Ærøskøbing 李 ";
        Created created = creates().create(account("5001", cn, "jsmith", true));

        SearchResultEntry entry = entry(created.account());
        assertThat(new DN(entry.getDN())).isEqualTo(new DN(new RDN("cn", cn), new DN(USERS)));
        assertThat(entry.getAttributeValue("cn")).isEqualTo(cn);
        assertThat(ldap.getEntry(new DN(new RDN("cn", cn), new DN(USERS)).toString()))
                .isNotNull();
        ((Target.Enables) target).disable(created.account());
        assertThat(entry(created.account()).getAttributeValue("userAccountControl"))
                .isEqualTo("514");
        assertThat(creates().create(account("5001", cn, "jsmith", true)).correlated()).isTrue();
    }

    @Test
    void updateReplacesAndClears() throws LDAPException {
        Created created = creates().create(account("6001", "Rob", "rob", true));
        Map<String, String> changes = new HashMap<>();
        changes.put("title", "Nurse");
        changes.put("department", "Care");
        changes.put("mail", null);
        ((Target.Updates) target).update(created.account(), changes);
        ((Target.Updates) target).update(created.account(), Map.of("title", "Head nurse",
                "department", ""));

        SearchResultEntry entry = entry(created.account());
        assertThat(entry.getAttributeValue("title")).isEqualTo("Head nurse");
        assertThat(entry.hasAttribute("department")).isFalse();
        assertThat(entry.hasAttribute("mail")).isFalse();
        assertThat(entry.getAttributeValue("sAMAccountName")).isEqualTo("rob");
    }

    @Test
    void aCnChangeRenamesAndTheReferenceStillResolves() throws LDAPException {
        Created created = creates().create(account("7001", "Ann Old", "ann", true));
        ((Target.Updates) target).update(created.account(), Map.of("cn", "Ann New, Jr",
                "sn", "New"));

        SearchResultEntry entry = entry(created.account());
        assertThat(new DN(entry.getDN()))
                .isEqualTo(new DN(new RDN("cn", "Ann New, Jr"), new DN(USERS)));
        assertThat(entry.getAttributeValue("sn")).isEqualTo("New");
        assertThat(ldap.getEntry("cn=Ann Old," + USERS)).isNull();
        ((Target.Updates) target).update(created.account(), Map.of("cn", "Ann New, Jr"));
        ((Target.Enables) target).disable(created.account());
    }

    @Test
    void enableAndDisableKeepTheOtherFlags() throws LDAPException {
        Map<String, String> attributes = new HashMap<>(account("8001", "Uma", "uma", true)
                .attributes());
        attributes.put("userAccountControl", "66048");
        Created created = creates().create(new NewAccount("p-8001", "8001", attributes, false));
        Target.Enables enables = (Target.Enables) target;

        assertThat(uac(created)).isEqualTo("66050");
        enables.enable(created.account());
        assertThat(uac(created)).isEqualTo("66048");
        enables.enable(created.account());
        assertThat(uac(created)).isEqualTo("66048");
        enables.disable(created.account());
        enables.disable(created.account());
        assertThat(uac(created)).isEqualTo("66050");
    }

    private String uac(Created created) throws LDAPException {
        return entry(created.account()).getAttributeValue("userAccountControl");
    }

    @Test
    void grantAndRevokeChangeGroupMembersIdempotently() throws LDAPException {
        String sales = directory.ensureGroup("Sales", GROUPS);
        String care = directory.ensureGroup("Care", GROUPS);
        Created created = creates().create(account("9001", "Gert", "gert", true));
        String user = entry(created.account()).getDN();
        Target.Grants grants = (Target.Grants) target;

        grants.grant(created.account(), "Sales");
        grants.grant(created.account(), "sales");
        grants.grant(created.account(), care);
        assertThat(ldap.getEntry(sales).getAttributeValues("member")).containsExactly(user);
        assertThat(ldap.getEntry(care).getAttributeValues("member")).containsExactly(user);
        assertThat(entry(created.account()).getAttributeValues("memberOf"))
                .containsExactlyInAnyOrder(sales, care);

        grants.revoke(created.account(), "Sales");
        grants.revoke(created.account(), "Sales");
        assertThat(ldap.getEntry(sales).hasAttribute("member")).isFalse();
        assertThat(ldap.getEntry(care).getAttributeValues("member")).containsExactly(user);
    }

    @Test
    void aMissingGroupIsATerminalErrorNamingIt() {
        Created created = creates().create(account("9101", "Mia", "mia", true));
        assertThatThrownBy(() -> ((Target.Grants) target).grant(created.account(), "No Such"))
                .isInstanceOfSatisfying(TargetException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("No Such", GROUPS);
                });
        assertThatThrownBy(() -> ((Target.Grants) target).grant(created.account(),
                "CN=Gone," + GROUPS)).isInstanceOfSatisfying(TargetException.class,
                        e -> assertThat(e.getMessage()).contains("CN=Gone," + GROUPS));
    }

    @Test
    void aListedGroupThatDoesNotExistFailsWhenTheTargetOpens() throws LDAPException {
        directory.ensureGroup("Sales", GROUPS);
        Map<String, Object> settings = new HashMap<>(Map.of("type", "active-directory",
                "url", directory.ldapUrl(), "allowPlainLdap", true,
                "bindDn", directory.bindDn(), "bindPassword", "env:AD_PASSWORD",
                "baseDn", BASE, "usersOu", USERS, "groupsBaseDn", GROUPS));
        settings.put("groups", java.util.List.of("Sales", "CN=Sales," + GROUPS));
        TargetFactory factory = new ActiveDirectoryTargetFactory();
        factory.open("ad", settings, (s, r) -> "s3cret").close();
        settings.put("groups", java.util.List.of("Sales", "Marketing"));
        assertThatThrownBy(() -> factory.open("ad", settings, (s, r) -> "s3cret"))
                .isInstanceOf(dev.roster.model.ConfigException.class)
                .hasMessageContaining("targets.ad.groups")
                .hasMessageContaining("no group named Marketing below " + GROUPS);
    }

    @Test
    void deleteTwiceSucceeds() throws LDAPException {
        Created created = creates().create(account("9201", "Bo", "bo", true));
        ((Target.Deletes) target).delete(created.account());
        ((Target.Deletes) target).delete(created.account());
        assertThat(entry(created.account())).isNull();
        ((Target.Grants) target).revoke(created.account(), "Anything");
    }

    @Test
    void aLostServerIsARetryableError() {
        Created created = creates().create(account("9301", "Lou", "lou", true));
        directory.close();
        assertThatThrownBy(() -> ((Target.Enables) target).disable(created.account()))
                .isInstanceOfSatisfying(TargetException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("ad: disable account",
                            created.account().id());
                });
    }
}

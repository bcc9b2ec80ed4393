package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import dev.roster.model.AccountRef;
import dev.roster.model.ConfigException;
import dev.roster.model.Created;
import dev.roster.model.Observation;
import dev.roster.model.Observation.Member;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the AD target observes in the embedded directory (with AD's page and value limits): the
 * members of a fully managed group as an administrator left them, of every kind, and the current
 * values of attributes changed by hand.
 */
class ObserverIT {
    EmbeddedDirectory directory;
    LDAPConnection ldap;
    LdapProbe hand;
    Target target;
    String managed;

    @BeforeEach
    void start() throws LDAPException {
        directory = EmbeddedDirectory.start(TestDirectory.tlsOptions().withAdLimits());
        directory.ensureOrganizationalUnit(TestDirectory.USERS);
        directory.ensureOrganizationalUnit("OU=Service," + TestDirectory.BASE);
        managed = directory.ensureGroup("GG-Finance", TestDirectory.GROUPS);
        directory.ensureGroup("GG-Auditors", TestDirectory.GROUPS);
        ldap = directory.connection();
        hand = new LdapProbe(ldap, TestDirectory.BASE, TestDirectory.GROUPS);
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.put("managedGroups", List.of("GG-Finance"));
        target = TestDirectory.open(settings);
    }

    @AfterEach
    void stop() {
        target.close();
        ldap.close();
        directory.close();
    }

    Created create(String id) {
        return ((Target.Creates) target).create(EmbeddedContractIT.adAccount(id, true));
    }

    Target.Observes observes() {
        return (Target.Observes) target;
    }

    /** A service account an administrator made by hand, without an employeeID. */
    AccountRef serviceAccount(String name) throws LDAPException {
        DN dn = new DN(new RDN("cn", name), new DN("OU=Service," + TestDirectory.BASE));
        ldap.add(new Entry(dn, List.of(new Attribute("objectClass", "top", "person",
                "organizationalPerson", "user"), new Attribute("sAMAccountName", name))));
        return new AccountRef(HexFormat.of().formatHex(ldap.getEntry(dn.toString(), "objectGUID")
                .getAttributeValueBytes("objectGUID")));
    }

    @Test
    void aManagedGroupIsReadWithEveryKindOfMemberAnAdministratorCanAdd() throws LDAPException {
        Created roster = create("obs1");
        ((Target.Grants) target).grant(roster.account(), "GG-Finance");
        AccountRef service = serviceAccount("svc-backup");
        String serviceDn = "cn=svc-backup,OU=Service," + TestDirectory.BASE;
        hand.addMember(serviceDn, "GG-Finance");
        hand.addMember("CN=GG-Auditors," + TestDirectory.GROUPS, "GG-Finance");
        hand.addMember("CN=Partner,DC=partner,DC=test", "GG-Finance");

        Observation seen = observes().observe(Set.of(roster.account()), Set.of(), Set.of("GG-Finance"));

        Observation.Group group = seen.groups().get("GG-Finance");
        assertThat(group.isNamed(managed)).isTrue();
        assertThat(group.isNamed("gg-finance")).isTrue();
        assertThat(group.accounts()).extracting(Member::account, Member::correlationId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(roster.account(), "obs1"),
                        org.assertj.core.groups.Tuple.tuple(service, ""));
        assertThat(group.accounts()).filteredOn(m -> m.account().equals(service)).singleElement()
                .extracting(Member::name).asString().isEqualToIgnoringCase(serviceDn);
        assertThat(group.members()).filteredOn(m -> m.kind() == Member.Kind.GROUP).singleElement()
                .extracting(Member::name).asString().startsWith("CN=GG-Auditors");
        assertThat(group.members()).filteredOn(m -> m.kind() == Member.Kind.OUT_OF_REACH).singleElement()
                .extracting(Member::name).isEqualTo("CN=Partner,DC=partner,DC=test");
    }

    @Test
    void valuesChangedByHandAreReadForTheAskedAccountsAndAManagerIsTheAccountItPointsAt() {
        Created jan = create("obs2");
        Created eva = create("obs3");
        hand.setAttribute(jan.account(), "title", "Chief Everything");
        hand.setAttribute(jan.account(), "manager", hand.entry(eva.account()).getDN());
        hand.setAttribute(eva.account(), "title", null);

        Observation seen = observes().observe(Set.of(jan.account(), eva.account(), new AccountRef("0".repeat(32))),
                Set.of("title", "manager", "department"), Set.of());

        assertThat(seen.valuesOf(jan.account())).containsEntry("title", List.of("Chief Everything"))
                .containsEntry("manager", List.of("ref:" + eva.account().id()))
                .containsEntry("department", List.of());
        assertThat(seen.valuesOf(eva.account())).containsEntry("title", List.of()).containsEntry("manager", List.of());
        assertThat(seen.attributes()).as("an account the directory does not have").hasSize(2);
        assertThat(seen.groups()).isEmpty();
    }

    @Test
    void passwordsAreNeverReadAndAMissingGroupIsAClearError() {
        assertThatThrownBy(() -> observes().observe(Set.of(), Set.of("unicodePwd"), Set.of()))
                .isInstanceOf(TargetException.class)
                .hasMessage("ad: observe attribute unicodePwd: passwords are never read");
        assertThatThrownBy(() -> observes().observe(Set.of(), Set.of(), Set.of("GG-Nobody")))
                .isInstanceOfSatisfying(TargetException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessage("ad: read members of : no group named GG-Nobody below " + TestDirectory.GROUPS);
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.put("managedGroups", List.of("GG-Finance", "GG-Nobody"));
        assertThatThrownBy(() -> TestDirectory.open(settings)).isInstanceOf(ConfigException.class)
                .hasMessage("targets.ad.managedGroups: ad: find group : no group named GG-Nobody below "
                        + TestDirectory.GROUPS);
    }

    @Test
    void anUnreachableDirectoryFailsTheWholeObservation() {
        create("obs4");
        directory.close();

        assertThatThrownBy(() -> observes().observe(Set.of(), Set.of("title"), Set.of("GG-Finance")))
                .isInstanceOfSatisfying(TargetException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageStartingWith("ad: observe the accounts below DC=example,DC=test failed: ");
    }
}

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
import dev.roster.model.NewAccount;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts live in the OU the mapping gives: created there, moved with their cn when it changes,
 * parked in disabledOu while disabled and brought home when enabled; on the embedded directory.
 */
class OuIT {
    static final String NURSING = "OU=Wijkteam Noord," + TestDirectory.USERS;
    static final String FACILITIES = "OU=Facilitair," + TestDirectory.USERS;

    EmbeddedDirectory directory;
    LDAPConnection ldap;
    LdapProbe probe;
    ActiveDirectoryTarget target;

    @BeforeEach
    void start() throws LDAPException {
        directory = EmbeddedDirectory.start(TestDirectory.tlsOptions());
        for (String ou : List.of(TestDirectory.USERS, TestDirectory.DISABLED, NURSING, FACILITIES)) {
            directory.ensureOrganizationalUnit(ou);
        }
        directory.ensureGroup("Wijkteam", TestDirectory.GROUPS);
        ldap = directory.connection();
        probe = new LdapProbe(ldap, TestDirectory.BASE, TestDirectory.GROUPS);
        AdSettings parsed = AdSettings.parse("ad", settings(), (s, r) -> TestDirectory.PASSWORD);
        target = new ActiveDirectoryTarget(parsed, ldap, () -> { }, AccountLifecycleIT.JUNE_30,
                () -> "unused");
    }

    @AfterEach
    void stop() {
        ldap.close();
        directory.close();
    }

    Map<String, Object> settings() {
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.put("url", directory.ldapUrl());
        settings.put("allowPlainLdap", true);
        settings.put("ou", Map.of("value", "{contract.departmentId}", "table",
                Map.of("OE-210", NURSING, "OE-300", FACILITIES)));
        return settings;
    }

    static NewAccount in(String ou, String id, boolean enabled) {
        Map<String, String> attributes = new HashMap<>(EmbeddedContractIT.adAccount(id, enabled).attributes());
        attributes.put(Target.OU, ou);
        return new NewAccount("p-" + id, id, attributes, enabled);
    }

    DN where(AccountRef ref) throws LDAPException {
        return new DN(probe.entry(ref).getDN());
    }

    @Test
    void anAccountIsCreatedInItsOuAndInUsersOuWhenTheMappingGivesNone() throws LDAPException {
        Created nurse = target.create(in(NURSING, "o1", false));
        Created other = target.create(in("", "o2", false));
        Created plain = target.create(EmbeddedContractIT.adAccount("o3", false));

        assertThat(where(nurse.account())).isEqualTo(new DN(new RDN("cn", "Contract o1"), new DN(NURSING)));
        assertThat(nurse.attributes()).containsEntry(Target.OU, NURSING);
        assertThat(probe.entry(nurse.account()).hasAttribute("ou")).as("ou is no LDAP attribute here").isFalse();
        assertThat(where(other.account()).getParent()).isEqualTo(new DN(TestDirectory.USERS));
        assertThat(where(plain.account()).getParent()).isEqualTo(new DN(TestDirectory.USERS));
        assertThat(plain.attributes()).doesNotContainKey(Target.OU);
    }

    @Test
    void aChangedOuMovesTheAccountKeepingItsCnAndGroups() throws LDAPException {
        AccountRef ref = target.create(in(NURSING, "o4", true)).account();
        target.grant(ref, "Wijkteam");

        target.update(ref, Map.of(Target.OU, FACILITIES, "title", "Teamleider"));
        target.update(ref, Map.of(Target.OU, FACILITIES));

        assertThat(where(ref)).isEqualTo(new DN(new RDN("cn", "Contract o4"), new DN(FACILITIES)));
        assertThat(probe.attribute(ref, "title")).contains("Teamleider");
        assertThat(probe.hasPermission(ref, "Wijkteam")).as("membership follows the move").isTrue();
        assertThat(probe.enabled(ref)).isTrue();

        target.update(ref, Map.of(Target.OU, "", "cn", "Contract o4 renamed"));
        assertThat(where(ref)).as("rename and move in one").isEqualTo(new DN(new RDN("cn",
                "Contract o4 renamed"), new DN(TestDirectory.USERS)));
    }

    @Test
    void aCnTakenInTheNewOuGetsTheReferenceAppended() throws LDAPException {
        AccountRef ref = target.create(in(NURSING, "o5", true)).account();
        ldap.add(new Entry(new DN(new RDN("cn", "Contract o5"), new DN(FACILITIES)), List.of(
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("cn", "Contract o5"))));

        target.update(ref, Map.of(Target.OU, FACILITIES));

        assertThat(where(ref)).isEqualTo(new DN(new RDN("cn", "Contract o5 (" + ref.id().substring(0, 8) + ")"),
                new DN(FACILITIES)));
    }

    @Test
    void aDisabledAccountStaysInDisabledOuWhenItsOuChangesAndIsEnabledInTheNewOne() throws LDAPException {
        AccountRef ref = target.create(in(NURSING, "o6", true)).account();
        target.disable(ref, "contract c1 ended 2026-06-29");
        assertThat(where(ref).getParent()).isEqualTo(new DN(TestDirectory.DISABLED));

        target.update(ref, Map.of(Target.OU, FACILITIES));
        assertThat(where(ref).getParent()).as("parked until enabled").isEqualTo(new DN(TestDirectory.DISABLED));

        target.enable(ref, FACILITIES);
        target.enable(ref, FACILITIES);
        assertThat(where(ref)).isEqualTo(new DN(new RDN("cn", "Contract o6"), new DN(FACILITIES)));
        assertThat(probe.enabled(ref)).isTrue();
        assertThat(probe.attribute(ref, "description")).isEmpty();
    }

    @Test
    void anEnabledAccountOutsideDisabledOuIsNotMovedByEnable() throws LDAPException {
        AccountRef ref = target.create(in(NURSING, "o7", false)).account();

        target.enable(ref, FACILITIES);

        assertThat(where(ref).getParent()).as("moves are updates; enable only brings parked accounts home")
                .isEqualTo(new DN(NURSING));
    }

    @Test
    void correlationReportsTheOuTheAccountIsIn() throws LDAPException {
        DN dn = new DN(new RDN("cn", "Hand Made"), new DN(NURSING));
        ldap.add(new Entry(dn, List.of(new Attribute("objectClass", "top", "person", "organizationalPerson",
                "user"), new Attribute("sAMAccountName", "handmade"), new Attribute("employeeID", "o8"))));

        assertThat(target.create(in(FACILITIES, "o8", false)).attributes()).containsEntry(Target.OU,
                dn.getParent().toString());
        assertThat(target.create(in(NURSING.toLowerCase(java.util.Locale.ROOT), "o8", false)).attributes())
                .as("the OU as the mapping writes it when it is the same").containsEntry(Target.OU,
                        NURSING.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void anOuWhoseNameNeedsEscapingIsUsedAsTheDnItIs() throws LDAPException {
        DN hostile = new DN(new RDN("OU", "Zorg, Welzijn + #1"), new DN(TestDirectory.USERS));
        directory.ensureOrganizationalUnit(hostile.toString());
        AccountRef ref = target.create(in(NURSING, "o11", true)).account();

        target.update(ref, Map.of(Target.OU, hostile.toString(), "cn", "Vries, Jan de"));

        assertThat(where(ref)).isEqualTo(new DN(new RDN("cn", "Vries, Jan de"), hostile));
        assertThat(probe.entry(ref).getAttributeValue("cn")).isEqualTo("Vries, Jan de");
    }

    @Test
    void anOuThatIsNotADnOrOutsideBaseDnIsRefused() {
        AccountRef ref = target.create(in(NURSING, "o9", true)).account();

        assertThatThrownBy(() -> target.update(ref, Map.of(Target.OU, "Facilitair")))
                .isInstanceOfSatisfying(TargetException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("the OU 'Facilitair' is not a DN");
                });
        assertThatThrownBy(() -> target.create(in("OU=Elsewhere,DC=other,DC=test", "o10", false)))
                .hasMessageContaining("OU=Elsewhere,DC=other,DC=test is not below baseDn");
    }

    @Test
    void theTableIsCheckedWhenTheTargetOpens() throws LDAPException {
        Map<String, Object> settings = settings();
        settings.put("type", "active-directory");
        settings.put("url", directory.ldapsUrl());
        settings.remove("allowPlainLdap");
        try (Target ok = TestDirectory.open(settings)) {
            assertThat(ok.name()).isEqualTo("ad");
        }

        settings.put("ou", Map.of("value", "{contract.departmentId}", "table", Map.of("OE-210", NURSING,
                "OE-400", "OU=Keuken," + TestDirectory.USERS)));
        assertThatThrownBy(() -> TestDirectory.open(settings)).isInstanceOf(ConfigException.class)
                .hasMessage("targets.ad.ou.table.OE-400: OU=Keuken," + TestDirectory.USERS
                        + " does not exist in the directory; create the OU or correct the table");

        settings.put("ou", Map.of("value", "{contract.departmentId}", "table", Map.of("OE-210", "Keuken")));
        assertThatThrownBy(() -> TestDirectory.open(settings)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("targets.ad.ou.table.OE-210: 'Keuken' is not a DN");

        settings.put("ou", Map.of("value", "{contract.departmentId}", "table",
                Map.of("OE-210", "OU=Keuken,DC=other,DC=test")));
        assertThatThrownBy(() -> TestDirectory.open(settings)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("targets.ad.ou.table.OE-210: OU=Keuken,DC=other,DC=test is not below baseDn");
    }
}

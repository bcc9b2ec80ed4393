package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.model.AccountRef;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.TargetException;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Enable, disable, delete and update as an AD admin expects them, on the embedded directory. */
class AccountLifecycleIT {
    static final Clock JUNE_30 = Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"),
            ZoneOffset.UTC);
    EmbeddedDirectory directory;
    LDAPConnection ldap;
    LdapProbe probe;
    /** The attribute names of every modify the target sent, one list per request. */
    final List<List<String>> modified = new CopyOnWriteArrayList<>();
    ActiveDirectoryTarget target;

    @BeforeEach
    void start() throws LDAPException {
        directory = EmbeddedDirectory.start(TestDirectory.tlsOptions());
        directory.ensureOrganizationalUnit(TestDirectory.USERS);
        directory.ensureOrganizationalUnit(TestDirectory.DISABLED);
        ldap = directory.connection();
        probe = new LdapProbe(ldap, TestDirectory.BASE, TestDirectory.GROUPS);
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.put("url", directory.ldapUrl());
        settings.put("allowPlainLdap", true);
        AdSettings parsed = AdSettings.parse("ad", settings, (s, r) -> TestDirectory.PASSWORD);
        target = new ActiveDirectoryTarget(parsed, recording(ldap), () -> { }, JUNE_30,
                () -> "unused");
    }

    @AfterEach
    void stop() {
        ldap.close();
        directory.close();
    }

    /** @return {@code real}, noting the attributes of every modify request */
    private LDAPInterface recording(LDAPConnection real) {
        return (LDAPInterface) Proxy.newProxyInstance(LDAPInterface.class.getClassLoader(),
                new Class<?>[] {LDAPInterface.class}, (proxy, method, args) -> {
                    if (method.getName().equals("modify") && args.length == 2
                            && args[1] instanceof List<?> list) {
                        modified.add(list.stream().map(m -> ((Modification) m)
                                .getAttributeName()).toList());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private SearchResultEntry entry(AccountRef ref) {
        return probe.entry(ref);
    }

    @Test
    void disableMovesFlagsAndStampsEnableUndoesItKeepingOtherBits() throws LDAPException {
        Map<String, String> attributes = new java.util.HashMap<>(
                EmbeddedContractIT.adAccount("d1", true).attributes());
        attributes.put("userAccountControl", "66048");
        AccountRef ref = target.create(new NewAccount("p", "d1", attributes, true)).account();

        target.disable(ref);
        target.disable(ref);
        SearchResultEntry off = entry(ref);
        assertThat(new DN(off.getDN())).isEqualTo(new DN(new RDN("cn", "Contract d1"),
                new DN(TestDirectory.DISABLED)));
        assertThat(off.getAttributeValue("userAccountControl")).isEqualTo("66050");
        assertThat(off.getAttributeValue("description"))
                .isEqualTo("Disabled by Roster on 2026-06-30");

        target.enable(ref);
        target.enable(ref);
        SearchResultEntry on = entry(ref);
        assertThat(new DN(on.getDN()).getParent()).isEqualTo(new DN(TestDirectory.USERS));
        assertThat(on.getAttributeValue("userAccountControl")).isEqualTo("66048");
        assertThat(on.hasAttribute("description")).isFalse();
    }

    @Test
    void aNameTakenInTheDisabledOuGetsTheReferenceAppended() throws LDAPException {
        AccountRef ref = target.create(EmbeddedContractIT.adAccount("d2", true)).account();
        ldap.add(new Entry(new DN(new RDN("cn", "Contract d2"), new DN(TestDirectory.DISABLED)),
                List.of(new Attribute("objectClass", "top", "person", "organizationalPerson",
                        "user"), new Attribute("cn", "Contract d2"))));

        target.disable(ref);
        assertThat(entry(ref).getAttributeValue("cn"))
                .isEqualTo("Contract d2 (" + ref.id().substring(0, 8) + ")");
        assertThat(new DN(entry(ref).getDN()).getParent())
                .isEqualTo(new DN(TestDirectory.DISABLED));
    }

    @Test
    void deleteUsesTreeDeleteForAnAccountWithChildren() throws LDAPException {
        AccountRef ref = target.create(EmbeddedContractIT.adAccount("t1", false)).account();
        DN child = new DN(new RDN("cn", "ExchangeActiveSyncDevices"), new DN(entry(ref).getDN()));
        ldap.add(new Entry(child, List.of(new Attribute("objectClass", "top", "container"),
                new Attribute("cn", "ExchangeActiveSyncDevices"))));

        target.delete(ref);
        target.delete(ref);
        assertThat(probe.exists(ref)).isFalse();
        assertThat(ldap.getEntry(child.toString())).isNull();
    }

    @Test
    void updateSendsOnlyWhatChangedAndNothingWhenNothingDid() {
        Created created = target.create(EmbeddedContractIT.adAccount("u1", false));
        modified.clear();

        target.update(created.account(), Map.of("title", "Tester", "givenName", "Contract"));
        assertThat(modified).isEmpty();
        target.update(created.account(), Map.of("title", "Tester", "department", "Care",
                "sAMAccountName", "ct/u1:renamed*?"));
        assertThat(modified).hasSize(1);
        assertThat(modified.get(0)).containsExactlyInAnyOrder("department", "sAMAccountName");
        assertThat(probe.attribute(created.account(), "sAMAccountName")).contains("ctu1renamed");
        assertThat(probe.attribute(created.account(), "title")).contains("Tester");
    }

    @Test
    void aManagerMustBeADn() {
        Created created = target.create(EmbeddedContractIT.adAccount("m1", false));
        assertThatThrownBy(() -> target.update(created.account(), Map.of("manager", "E1234")))
                .isInstanceOfSatisfying(TargetException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("manager", "E1234", "DN");
                });
        String boss = entry(target.create(EmbeddedContractIT.adAccount("m2", false))
                .account()).getDN();
        target.update(created.account(), Map.of("manager", boss));
        assertThat(probe.attribute(created.account(), "manager")).contains(boss);
    }
}

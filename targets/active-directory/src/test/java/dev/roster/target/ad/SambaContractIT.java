package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import dev.roster.model.AccountRef;
import dev.roster.model.Created;
import dev.roster.model.NewAccount;
import dev.roster.model.Secrets;
import dev.roster.model.Target;
import dev.roster.testkit.Hand;
import dev.roster.testkit.Probe;
import dev.roster.testkit.TargetContract;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract suite and the lifecycle a user expects, against a real Samba 4 AD domain
 * controller over LDAPS (see {@code .ci/samba}), everything read back from the directory.
 * Started by the test when the samba binary is installed; skipped only without it, and failed
 * without it in CI.
 */
class SambaContractIT extends TargetContract {
    static SambaEnv env;
    static LDAPConnection admin;
    static SSLUtil ssl;

    @BeforeAll
    static void connect() throws LDAPException, GeneralSecurityException {
        env = SambaEnv.require();
        ssl = new SSLUtil(new TrustStoreTrustManager(env.get("TRUSTSTORE"),
                env.getOr("TRUSTSTORE_PASSWORD", "").toCharArray(), "PKCS12", true));
        LDAPURL url = new LDAPURL(env.get("URL"));
        admin = new LDAPConnection(ssl.createSSLSocketFactory(), url.getHost(), url.getPort(),
                env.get("BIND_DN"), env.get("PASSWORD"));
    }

    @AfterAll
    static void disconnect() {
        if (admin != null) {
            admin.close();
        }
    }

    static String users() {
        return env.getOr("USERS_OU", "OU=Employees," + env.get("BASE_DN"));
    }

    static String disabled() {
        return env.getOr("DISABLED_OU", "OU=Disabled Users," + env.get("BASE_DN"));
    }

    static String groups() {
        return env.getOr("GROUPS_OU", "OU=Groups," + env.get("BASE_DN"));
    }

    static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("url", env.get("URL"));
        settings.put("trustStore", env.get("TRUSTSTORE"));
        settings.put("trustStorePassword", "env:ROSTER_SAMBA_TRUSTSTORE_PASSWORD");
        settings.put("bindDn", env.get("BIND_DN"));
        settings.put("bindPassword", "env:ROSTER_SAMBA_PASSWORD");
        settings.put("baseDn", env.get("BASE_DN"));
        settings.put("usersOu", users());
        settings.put("disabledOu", disabled());
        settings.put("groupsBaseDn", groups());
        settings.put("correlationRefreshSeconds", 0);
        return settings;
    }

    static final Secrets SECRETS = (setting, reference) -> env.get(
            reference.substring("env:ROSTER_SAMBA_".length()));

    /** A target whose initial passwords are {@code password}, so a test can log in with it. */
    static ActiveDirectoryTarget withPassword(Map<String, Object> settings, String password) {
        AdSettings parsed = AdSettings.parse("samba", settings, SECRETS);
        LDAPConnectionPool pool = Connections.open(parsed);
        return new ActiveDirectoryTarget(parsed, pool, pool::close, Clock.systemDefaultZone(),
                () -> password);
    }

    /** Skips (locally) or fails (CI) each test when there is no Samba DC. */
    @Override
    protected Target openTarget() {
        SambaEnv.require();
        return TestDirectory.open(settings(), SECRETS);
    }

    @Override
    protected Probe probe() {
        return new LdapProbe(admin, env.get("BASE_DN"), groups());
    }

    @Override
    protected Hand hand() {
        return (LdapProbe) probe();
    }

    @Override
    protected NewAccount newAccount(String correlationId, boolean enabled) {
        return EmbeddedContractIT.adAccount(correlationId, enabled);
    }

    @Override
    protected String changeableAttribute() {
        return "title";
    }

    @Override
    protected List<String> permissions() {
        return List.of("Roster Sales", "Roster Care");
    }

    private SearchResultEntry entry(AccountRef ref) {
        return ((LdapProbe) probe()).entry(ref);
    }

    @Test
    void theInitialPasswordIsSetOverLdapsAndTheUserCanLogInOnceEnabled() throws Exception {
        String password = "Rr1!" + HexFormat.of().formatHex(new byte[6]).replace('0', 'x')
                + uniqueId();
        try (ActiveDirectoryTarget target = withPassword(settings(), password)) {
            Created created = target.create(newAccount(uniqueId(), false));
            String dn = entry(created.account()).getDN();
            LDAPURL url = new LDAPURL(env.get("URL"));
            assertThatThrownBy(() -> new LDAPConnection(ssl.createSSLSocketFactory(),
                    url.getHost(), url.getPort(), dn, password).close())
                    .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(
                            e.getResultCode()).isEqualTo(ResultCode.INVALID_CREDENTIALS));
            target.enable(created.account());
            try (LDAPConnection user = new LDAPConnection(ssl.createSSLSocketFactory(),
                    url.getHost(), url.getPort(), dn, password)) {
                assertThat(user.getEntry(dn, "sAMAccountName")).isNotNull();
            }
            assertThat(entry(created.account()).getAttributeValueAsLong("pwdLastSet"))
                    .isPositive();
        }
    }

    @Test
    void mustChangeSetsPwdLastSetToZeroOverStartTls() throws Exception {
        Map<String, Object> settings = settings();
        LDAPURL url = new LDAPURL(env.get("URL"));
        settings.put("url", "ldap://" + url.getHost() + ":389");
        settings.put("startTls", true);
        settings.put("password", Map.of("mustChange", true, "length", 20));
        try (Target target = TestDirectory.open(settings, SECRETS)) {
            Created created = ((Target.Creates) target).create(newAccount(uniqueId(), true));
            SearchResultEntry entry = entry(created.account());
            assertThat(entry.getAttributeValue("pwdLastSet")).isEqualTo("0");
            assertThat(entry.getAttributeValue("userAccountControl")).isEqualTo("512");
        }
    }

    @Test
    void correlatesAnAccountAnAdminMadeByHand() throws LDAPException {
        String id = uniqueId();
        DN dn = new DN(new RDN("cn", "Hand Made " + id), new DN(users()));
        admin.add(new Entry(dn, List.of(new Attribute("objectClass", "top", "person",
                "organizationalPerson", "user"), new Attribute("sAMAccountName", "hm" + id),
                new Attribute("employeeID", id))));
        byte[] guid = admin.getEntry(dn.toString(), "objectGUID").getAttributeValueBytes(
                "objectGUID");

        Created created = ((Target.Creates) target).create(newAccount(id, false));
        assertThat(created.correlated()).isTrue();
        assertThat(created.account().id()).isEqualTo(HexFormat.of().formatHex(guid));
        assertThat(created.attributes()).containsEntry("sAMAccountName", "hm" + id);
        assertThat(probe().accountsWithCorrelationId(id)).isEqualTo(1);
    }

    @Test
    void renameDisableMoveEnableAndDeleteAsAnAdminExpects() throws LDAPException {
        Created created = ((Target.Creates) target).create(newAccount(uniqueId(), true));
        AccountRef ref = created.account();
        ((Target.Grants) target).grant(ref, "Roster Sales");
        ((Target.Updates) target).update(ref, Map.of("cn", "Renamed, " + ref.id().substring(0,
                6), "title", "Head nurse"));
        SearchResultEntry renamed = entry(ref);
        assertThat(new DN(renamed.getDN())).isEqualTo(new DN(new RDN("cn", "Renamed, "
                + ref.id().substring(0, 6)), new DN(users())));
        assertThat(renamed.getAttributeValue("title")).isEqualTo("Head nurse");
        assertThat(renamed.getAttributeValue("sAMAccountName"))
                .isEqualTo(created.attributes().get("sAMAccountName"));

        ((Target.Enables) target).disable(ref);
        ((Target.Enables) target).disable(ref);
        SearchResultEntry off = entry(ref);
        assertThat(new DN(off.getDN()).getParent()).isEqualTo(new DN(disabled()));
        assertThat(off.getAttributeValueAsLong("userAccountControl") & 2).isEqualTo(2);
        assertThat(off.getAttributeValue("description"))
                .isEqualTo("Disabled by Roster on " + LocalDate.now());
        assertThat(probe().hasPermission(ref, "Roster Sales")).isTrue();

        ((Target.Enables) target).enable(ref);
        SearchResultEntry on = entry(ref);
        assertThat(new DN(on.getDN()).getParent()).isEqualTo(new DN(users()));
        assertThat(on.getAttributeValue("userAccountControl")).isEqualTo("512");
        assertThat(on.hasAttribute("description")).isFalse();

        ((Target.Deletes) target).delete(ref);
        ((Target.Deletes) target).delete(ref);
        assertThat(probe().exists(ref)).isFalse();
        assertThat(admin.searchForEntry(groups(), SearchScope.SUB, Filter.createANDFilter(
                Filter.createEqualityFilter("cn", "Roster Sales"),
                Filter.createEqualityFilter("member", on.getDN())), "1.1")).isNull();
    }

    @Test
    void twoPeopleWithOneNameGetPredictableNames() {
        String run = uniqueId();
        Map<String, String> jan = Map.of("cn", "Jan de Vries " + run, "sAMAccountName",
                "jan.devries" + run, "userPrincipalName", "jan.devries" + run + "@example.test");
        Created first = ((Target.Creates) target).create(new NewAccount("a", run + "a", jan,
                false));
        Created second = ((Target.Creates) target).create(new NewAccount("b", run + "b", jan,
                false));
        assertThat(first.attributes()).containsEntry("sAMAccountName", "jan.devries" + run);
        assertThat(second.attributes()).containsEntry("sAMAccountName", "jan.devries" + run + "2")
                .containsEntry("cn", "Jan de Vries " + run + "2")
                .containsEntry("userPrincipalName", "jan.devries" + run + "2@example.test");
        assertThat(entry(second.account()).getAttributeValue("sAMAccountName"))
                .isEqualTo("jan.devries" + run + "2");
    }
}

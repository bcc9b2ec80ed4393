package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.SearchRequest;
import dev.roster.model.AccountRef;
import dev.roster.model.Created;
import dev.roster.model.Observation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import dev.roster.model.NewAccount;
import com.unboundid.ldif.LDIFWriter;
import dev.roster.sim.ad.EmbeddedDirectory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory beyond AD's limits (MaxPageSize 1000, MaxValRange 1500, both enforced by the
 * embedded directory here): 3,200 accounts and a group with all of them as members.
 */
class LargeDirectoryIT {
    static final int ACCOUNTS = 3_200;
    static EmbeddedDirectory directory;
    static LDAPConnection ldap;
    static String big;
    static final List<String> DNS = new ArrayList<>();

    /**
     * Loads the accounts and the group from an LDIF file at start (which is how a directory of
     * this size is set up in seconds), with the objectGUIDs the directory would have generated.
     */
    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        List<Entry> entries = new ArrayList<>();
        entries.add(container("DC=example,DC=test", "domain"));
        entries.add(container(TestDirectory.USERS, "organizationalUnit"));
        entries.add(container(TestDirectory.GROUPS, "organizationalUnit"));
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < ACCOUNTS; i++) {
            DN dn = new DN(new RDN("cn", "Existing " + i), new DN(TestDirectory.USERS));
            byte[] guid = new byte[16];
            random.nextBytes(guid);
            entries.add(new Entry(dn, List.of(new Attribute("objectClass", "top", "person",
                    "organizationalPerson", "user"), new Attribute("cn", "Existing " + i),
                    new Attribute("sAMAccountName", "ex" + i), new Attribute("employeeID", "E" + i),
                    new Attribute("objectGUID", guid))));
            DNS.add(dn.toString());
        }
        big = new DN(new RDN("cn", "Everyone"), new DN(TestDirectory.GROUPS)).toString();
        entries.add(new Entry(big, List.of(new Attribute("objectClass", "top", "group"),
                new Attribute("cn", "Everyone"), new Attribute("sAMAccountName", "Everyone"),
                new Attribute("member", DNS))));
        Path ldif = dir.resolve("large.ldif");
        try (LDIFWriter writer = new LDIFWriter(ldif.toFile())) {
            for (Entry entry : entries) {
                writer.writeEntry(entry);
            }
        }
        directory = EmbeddedDirectory.start(TestDirectory.tlsOptions().withAdLimits()
                .withLdif(ldif));
        ldap = directory.connection();
    }

    private static Entry container(String dn, String objectClass) throws LDAPException {
        RDN rdn = new DN(dn).getRDN();
        return new Entry(dn, List.of(new Attribute("objectClass", "top", objectClass),
                new Attribute(rdn.getAttributeNames()[0], rdn.getAttributeValues()[0])));
    }

    @AfterAll
    static void stop() {
        ldap.close();
        directory.close();
    }

    static ActiveDirectoryTarget open() {
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.put("url", directory.ldapUrl());
        settings.put("allowPlainLdap", true);
        settings.put("correlationRefreshSeconds", 3_600);
        return (ActiveDirectoryTarget) TestDirectory.open(settings);
    }

    @Test
    void theLimitsAreOnSoAnUnpagedSearchWouldMissAccounts() {
        Assertions.assertThatThrownBy(() -> ldap.search(TestDirectory.USERS, SearchScope.ONE,
                "(employeeID=*)", "1.1")).isInstanceOfSatisfying(LDAPSearchException.class,
                        e -> assertThat(e.getResultCode())
                                .isEqualTo(ResultCode.SIZE_LIMIT_EXCEEDED));
    }

    @Test
    void everyExistingAccountIsCorrelatedFromOnePagedReadOfTheDirectory() {
        try (ActiveDirectoryTarget target = open()) {
            Set<String> refs = new HashSet<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                Created created = target.create(new NewAccount("p" + i, "E" + i,
                        Map.of("cn", "Someone " + i, "sAMAccountName", "someone" + i), false));
                assertThat(created.correlated()).as("E" + i).isTrue();
                assertThat(created.attributes()).containsEntry("sAMAccountName", "ex" + i);
                refs.add(created.account().id());
            }
            Created fresh = target.create(new NewAccount("new", "N1", Map.of("cn", "Newcomer",
                    "sAMAccountName", "newcomer"), false));

            assertThat(refs).hasSize(ACCOUNTS);
            assertThat(fresh.correlated()).isFalse();
            assertThat(target.correlationReads()).isEqualTo(1);
        }
    }

    @Test
    void aGroupOfThreeThousandTwoHundredIsReadWholeAndStillGrantsAndRevokes() {
        try (ActiveDirectoryTarget target = open()) {
            assertThat(target.members("Everyone")).hasSize(ACCOUNTS)
                    .containsExactlyInAnyOrderElementsOf(DNS);
            Created newcomer = target.create(new NewAccount("late", "L1", Map.of("cn",
                    "Latecomer", "sAMAccountName", "latecomer"), false));
            target.grant(newcomer.account(), "Everyone");
            target.grant(newcomer.account(), "Everyone");
            assertThat(target.members("Everyone")).hasSize(ACCOUNTS + 1);
            target.revoke(newcomer.account(), "Everyone");
            assertThat(target.members("Everyone")).hasSize(ACCOUNTS)
                    .containsExactlyInAnyOrderElementsOf(DNS);
        }
    }

    @Test
    void observingThreeThousandTwoHundredAccountsAndTheirGroupTakesAHandfulOfSearches() throws Exception {
        Set<AccountRef> all = new HashSet<>();
        PagedSearch.run(ldap, new SearchRequest(TestDirectory.USERS, SearchScope.ONE,
                com.unboundid.ldap.sdk.Filter.createSubstringFilter("employeeID", "E", null, null),
                "objectGUID"), e -> all.add(Guids.ref(e.getAttributeValueBytes("objectGUID"))));
        LDAPConnection connection = directory.connection();
        int[] searches = new int[1];
        LDAPInterface counting = (LDAPInterface) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LDAPInterface.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("search") || method.getName().equals("getEntry")) {
                        searches[0]++;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Map<String, Object> settings = TestDirectory.ldapsSettings(directory);
        settings.put("url", directory.ldapUrl());
        settings.put("allowPlainLdap", true);
        AdSettings parsed = AdSettings.parse("ad", settings, (s, r) -> TestDirectory.PASSWORD);
        try (ActiveDirectoryTarget target = new ActiveDirectoryTarget(parsed, counting, connection::close,
                Clock.systemUTC(), () -> "unused")) {
            Observation seen = target.observe(all, Set.of("sAMAccountName"), Set.of("Everyone"));

            assertThat(all).hasSize(ACCOUNTS);
            assertThat(seen.attributes()).as("only the accounts asked for").hasSize(ACCOUNTS);
            assertThat(seen.valuesOf(Guids.ref(ldap.getEntry(DNS.get(7), "objectGUID")
                    .getAttributeValueBytes("objectGUID")))).containsEntry("sAMAccountName", List.of("ex7"));
            assertThat(seen.groups().get("Everyone").accounts()).hasSize(ACCOUNTS)
                    .extracting(m -> m.account()).containsExactlyInAnyOrderElementsOf(all);
            assertThat(searches[0]).as("7 pages of users, the group's lookup, entry and 3 ranges of members")
                    .isLessThanOrEqualTo(12);
        }
    }
}

package dev.roster.sim.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDirectoryIT {
    private static final String USERS = "CN=Users,DC=example,DC=test";

    @TempDir
    Path dir;
    private EmbeddedDirectory directory;
    private LDAPConnection ldap;

    @BeforeEach
    void start() throws LDAPException {
        directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword("secret"));
        ldap = directory.connection();
    }

    @AfterEach
    void stop() {
        ldap.close();
        directory.close();
    }

    @Test
    void startsWithTheBaseEntriesAndAnAdministrator() throws LDAPException {
        assertThat(directory.ldapUrl()).isEqualTo("ldap://127.0.0.1:" + directory.port());
        assertThat(directory.bindDn()).isEqualTo("CN=Administrator,CN=Users,DC=example,DC=test");
        assertThat(ldap.getEntry(USERS)).isNotNull();
        assertThat(ldap.getRootDSE().getAttributeValue("defaultNamingContext"))
                .isEqualTo("DC=example,DC=test");
    }

    @Test
    void generatesAUniqueObjectGuidOnAdd() throws LDAPException {
        addUser("Ann", "ann");
        addUser("Bob", "bob");
        byte[] ann = ldap.getEntry("CN=Ann," + USERS).getAttributeValueBytes("objectGUID");
        byte[] bob = ldap.getEntry("CN=Bob," + USERS).getAttributeValueBytes("objectGUID");
        assertThat(ann).hasSize(16);
        assertThat(bob).hasSize(16).isNotEqualTo(ann);
    }

    @Test
    void refusesAClientSuppliedOrModifiedObjectGuid() throws LDAPException {
        Entry entry = user("Carl", "carl");
        entry.addAttribute("objectGUID", new byte[16]);
        assertThatThrownBy(() -> ldap.add(entry)).isInstanceOfSatisfying(LDAPException.class,
                e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.CONSTRAINT_VIOLATION));
        addUser("Carl", "carl");
        assertThatThrownBy(() -> ldap.modify("CN=Carl," + USERS, new Modification(
                ModificationType.REPLACE, "objectGUID", new byte[16])))
                .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                        .isEqualTo(ResultCode.CONSTRAINT_VIOLATION));
    }

    @Test
    void refusesADuplicateSamAccountNameOnAddAndModify() throws LDAPException {
        addUser("Dana", "dana");
        directory.ensureOrganizationalUnit("OU=Staff,DC=example,DC=test");
        Entry elsewhere = user("Dana Two", "DANA");
        elsewhere.setDN("CN=Dana Two,OU=Staff,DC=example,DC=test");
        assertThatThrownBy(() -> ldap.add(elsewhere)).isInstanceOfSatisfying(LDAPException.class,
                e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.ENTRY_ALREADY_EXISTS));
        addUser("Eve", "eve");
        assertThatThrownBy(() -> ldap.modify("CN=Eve," + USERS, new Modification(
                ModificationType.REPLACE, "sAMAccountName", "dana")))
                .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                        .isEqualTo(ResultCode.ENTRY_ALREADY_EXISTS));
        ldap.modify("CN=Dana," + USERS,
                new Modification(ModificationType.REPLACE, "sAMAccountName", "dana"));
    }

    @Test
    void concurrentAddsOfOneSamAccountNameLetExactlyOneWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String cn = "Racer " + i;
                results.add(pool.submit(() -> {
                    try (LDAPConnection c = directory.connection()) {
                        c.add(user(cn, "racer"));
                        return true;
                    } catch (LDAPException e) {
                        assertThat(e.getResultCode()).isEqualTo(ResultCode.ENTRY_ALREADY_EXISTS);
                        return false;
                    }
                }));
            }
            int wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverReturnsUnicodePwd() throws LDAPException {
        Entry entry = user("Finn", "finn");
        entry.addAttribute("unicodePwd", "\"Secret1!\"".getBytes(StandardCharsets.UTF_16LE));
        ldap.add(entry);
        assertThat(ldap.getEntry("CN=Finn," + USERS).hasAttribute("unicodePwd")).isFalse();
        assertThat(ldap.getEntry("CN=Finn," + USERS, "unicodePwd").hasAttribute("unicodePwd"))
                .isFalse();
    }

    @Test
    void exportThenRestartKeepsEntriesAndTheirObjectGuids() throws Exception {
        addUser("Gina", "gina");
        byte[] guid = ldap.getEntry("CN=Gina," + USERS).getAttributeValueBytes("objectGUID");
        Path ldif = dir.resolve("directory.ldif");
        directory.exportLdif(ldif);
        stop();
        directory = EmbeddedDirectory.start(
                EmbeddedDirectory.Options.withPassword("secret").withLdif(ldif));
        ldap = directory.connection();
        SearchResultEntry gina = ldap.getEntry("CN=Gina," + USERS);
        assertThat(gina.getAttributeValueBytes("objectGUID")).isEqualTo(guid);
        assertThat(gina.getAttributeValue("sAMAccountName")).isEqualTo("gina");
    }

    @Test
    void groupsComputeMemberOfAndFollowRenames() throws LDAPException {
        addUser("Hank", "hank");
        String group = directory.ensureGroup("Sales", "OU=Groups,DC=example,DC=test");
        assertThat(directory.ensureGroup("Sales", "OU=Groups,DC=example,DC=test"))
                .isEqualTo(group);
        ldap.modify(group, new Modification(ModificationType.ADD, "member", "CN=Hank," + USERS));
        assertThat(ldap.getEntry("CN=Hank," + USERS).getAttributeValues("memberOf"))
                .containsExactly(group);
        ldap.modifyDN("CN=Hank," + USERS, "CN=Henry", true);
        assertThat(ldap.getEntry(group).getAttributeValues("member"))
                .containsExactly("CN=Henry," + USERS);
    }

    @Test
    void memberChangesAnswerAsAdDoesAndChangeNothingWhenRefused() throws LDAPException {
        for (String name : List.of("Jo", "Kai", "Lee")) {
            addUser(name, name.toLowerCase());
        }
        String group = directory.ensureGroup("Ops", "OU=Groups,DC=example,DC=test");
        ldap.modify(group, new Modification(ModificationType.ADD, "member",
                "CN=Jo," + USERS, "CN=Kai," + USERS));

        // the same DN in other case and spacing is the same member
        assertThatThrownBy(() -> ldap.modify(group, new Modification(ModificationType.ADD, "member",
                "CN=Lee," + USERS, "cn=jo, cn=users,dc=example,dc=test")))
                .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                        .isEqualTo(ResultCode.ENTRY_ALREADY_EXISTS));
        assertThatThrownBy(() -> ldap.modify(group, new Modification(ModificationType.DELETE, "member",
                "CN=Kai," + USERS, "CN=Lee," + USERS)))
                .isInstanceOfSatisfying(LDAPException.class, e -> assertThat(e.getResultCode())
                        .isEqualTo(ResultCode.UNWILLING_TO_PERFORM));
        assertThat(ldap.getEntry(group).getAttributeValues("member"))
                .containsExactly("CN=Jo," + USERS, "CN=Kai," + USERS);

        ldap.modify(group, new Modification(ModificationType.DELETE, "member", "cn=KAI," + USERS),
                new Modification(ModificationType.ADD, "member", "CN=Lee," + USERS));
        assertThat(ldap.getEntry(group).getAttributeValues("member"))
                .containsExactly("CN=Jo," + USERS, "CN=Lee," + USERS);
        assertThat(ldap.getEntry("CN=Kai," + USERS).getAttributeValues("memberOf")).isNull();
        assertThat(ldap.getEntry("CN=Lee," + USERS).getAttributeValues("memberOf")).containsExactly(group);

        ldap.delete("CN=Lee," + USERS);
        assertThat(ldap.getEntry(group).getAttributeValues("member")).containsExactly("CN=Jo," + USERS);
        ldap.modify(group, new Modification(ModificationType.DELETE, "member"));
        assertThat(ldap.getEntry(group).getAttributeValues("member")).isNull();
    }

    @Test
    void acceptsGuidDns() throws LDAPException {
        addUser("Ida", "ida");
        byte[] guid = ldap.getEntry("CN=Ida," + USERS).getAttributeValueBytes("objectGUID");
        String dn = "<GUID=" + HexFormat.of().formatHex(guid) + ">";
        assertThat(ldap.getEntry(dn, "sAMAccountName").getAttributeValue("sAMAccountName"))
                .isEqualTo("ida");
        ldap.delete(dn);
        assertThat(ldap.getEntry("CN=Ida," + USERS)).isNull();
    }

    private void addUser(String cn, String sam) throws LDAPException {
        ldap.add(user(cn, sam));
    }

    private static Entry user(String cn, String sam) {
        return new Entry("CN=" + cn + "," + USERS, List.of(
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("cn", cn), new Attribute("sAMAccountName", sam),
                new Attribute("userAccountControl", "512")));
    }
}

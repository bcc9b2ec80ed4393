package dev.roster.target.ad;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import dev.roster.model.NewAccount;
import dev.roster.model.Target;
import dev.roster.sim.ad.EmbeddedDirectory;
import dev.roster.testkit.Hand;
import dev.roster.testkit.Probe;
import dev.roster.testkit.TargetContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract suite against the embedded directory over LDAPS, with AD's page and value limits
 * on, an initial password on every create and a disabled-users OU.
 */
class EmbeddedContractIT extends TargetContract {
    static EmbeddedDirectory directory;
    static LDAPConnection ldap;

    @BeforeAll
    static void start() throws LDAPException {
        directory = EmbeddedDirectory.start(TestDirectory.tlsOptions().withAdLimits());
        for (String ou : List.of(TestDirectory.USERS, TestDirectory.DISABLED)) {
            directory.ensureOrganizationalUnit(ou);
        }
        directory.ensureGroup("Contract Readers", TestDirectory.GROUPS);
        directory.ensureGroup("Contract Writers", TestDirectory.GROUPS);
        ldap = directory.connection();
    }

    @AfterAll
    static void stop() {
        ldap.close();
        directory.close();
    }

    @Override
    protected Target openTarget() {
        return TestDirectory.open(TestDirectory.ldapsSettings(directory));
    }

    @Override
    protected Probe probe() {
        return new LdapProbe(ldap, TestDirectory.BASE, TestDirectory.GROUPS);
    }

    /** A new account as an AD mapping would give it; {@code id} is at most 12 characters. */
    static NewAccount adAccount(String id, boolean enabled) {
        return new NewAccount("p-" + id, id, Map.of("cn", "Contract " + id,
                "sAMAccountName", "ct" + id, "userPrincipalName", "ct" + id + "@example.test",
                "givenName", "Contract", "sn", id, "employeeID", id, "title", "Tester"),
                enabled);
    }

    @Override
    protected Hand hand() {
        return new LdapProbe(ldap, TestDirectory.BASE, TestDirectory.GROUPS);
    }

    @Override
    protected NewAccount newAccount(String correlationId, boolean enabled) {
        return adAccount(correlationId, enabled);
    }

    @Override
    protected String changeableAttribute() {
        return "title";
    }

    @Override
    protected List<String> permissions() {
        return List.of("Contract Readers", "Contract Writers");
    }
}

package dev.roster.engine;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import dev.roster.sim.ad.EmbeddedDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The directory scenarios against the embedded directory, over plain LDAP on the loopback interface. */
class EmbeddedScenariosIT extends DirectoryScenarios {
    static final String PASSWORD = "embedded-scenarios-secret";
    static EmbeddedDirectory directory;
    static LDAPConnection admin;

    @BeforeAll
    static void start() throws LDAPException {
        directory = EmbeddedDirectory.start(EmbeddedDirectory.Options.withPassword(PASSWORD));
        admin = directory.connection();
        System.setProperty("ROSTER_EMBEDDED_SCENARIOS_PASSWORD", PASSWORD);
    }

    @AfterAll
    static void stop() {
        admin.close();
        directory.close();
    }

    @Override
    String connection() {
        return """
                    url: %s
                    allowPlainLdap: true
                    bindDn: "%s"
                    bindPassword: env:ROSTER_EMBEDDED_SCENARIOS_PASSWORD
                """.formatted(directory.ldapUrl(), directory.bindDn());
    }

    @Override
    String baseDn() {
        return directory.baseDn();
    }

    @Override
    LDAPConnection admin() {
        return admin;
    }
}

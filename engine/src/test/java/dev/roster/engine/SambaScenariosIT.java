package dev.roster.engine;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import dev.roster.testkit.SambaDomain;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The directory scenarios against a real Samba 4 AD domain controller over LDAPS, with initial
 * passwords (see {@code .ci/samba}). Started by the test when the samba binary is installed;
 * skipped only without it, and failed without it in CI (CI=true).
 */
class SambaScenariosIT extends DirectoryScenarios {
    static SambaDomain samba;
    static LDAPConnection admin;

    @BeforeAll
    static void connect() throws LDAPException, GeneralSecurityException {
        samba = SambaDomain.require();
        String storePassword = samba.getOr("TRUSTSTORE_PASSWORD", "");
        SSLUtil ssl = new SSLUtil(new TrustStoreTrustManager(samba.get("TRUSTSTORE"), storePassword.toCharArray(),
                "PKCS12", true));
        LDAPURL url = new LDAPURL(samba.get("URL"));
        admin = new LDAPConnection(ssl.createSSLSocketFactory(), url.getHost(), url.getPort(), samba.get("BIND_DN"),
                samba.get("PASSWORD"));
        System.setProperty("ROSTER_SAMBA_SCENARIOS_PASSWORD", samba.get("PASSWORD"));
        System.setProperty("ROSTER_SAMBA_SCENARIOS_STORE_PASSWORD", storePassword);
    }

    @AfterAll
    static void disconnect() {
        if (admin != null) {
            admin.close();
        }
    }

    @Override
    String connection() {
        return """
                    url: %s
                    trustStore: "%s"
                    trustStorePassword: env:ROSTER_SAMBA_SCENARIOS_STORE_PASSWORD
                    bindDn: "%s"
                    bindPassword: env:ROSTER_SAMBA_SCENARIOS_PASSWORD
                """.formatted(samba.get("URL"), samba.get("TRUSTSTORE"), samba.get("BIND_DN"));
    }

    @Override
    String baseDn() {
        return samba.get("BASE_DN");
    }

    @Override
    LDAPConnection admin() {
        return admin;
    }
}

package dev.roster.sim.ad;

import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * The listeners of an {@link EmbeddedDirectory}: LDAP, and with a key store StartTLS on it and
 * LDAPS on a free port. The in-process client factory trusts any certificate: it only ever
 * connects to this server.
 */
final class Listeners {
    static final String LDAP = "ldap";
    static final String LDAPS = "ldaps";

    private Listeners() {
    }

    /**
     * @param keyStore a PKCS#12 key store holding the server key, or null for plain LDAP only
     * @throws LDAPException when the key store cannot be read
     */
    static List<InMemoryListenerConfig> of(InetAddress address, int port, Path keyStore,
            String password) throws LDAPException {
        if (keyStore == null) {
            return List.of(InMemoryListenerConfig.createLDAPConfig(LDAP, address, port, null));
        }
        try {
            SSLUtil server = new SSLUtil(new KeyStoreKeyManager(keyStore.toFile(),
                    password.toCharArray(), "PKCS12", null), null);
            SSLUtil client = new SSLUtil(new TrustAllTrustManager());
            return List.of(
                    InMemoryListenerConfig.createLDAPConfig(LDAP, address, port,
                            server.createSSLSocketFactory()),
                    InMemoryListenerConfig.createLDAPSConfig(LDAPS, address, 0,
                            server.createSSLServerSocketFactory(),
                            client.createSSLSocketFactory()));
        } catch (GeneralSecurityException e) {
            throw new LDAPException(ResultCode.LOCAL_ERROR, "cannot use key store " + keyStore
                    + ": " + e.getMessage(), e);
        }
    }
}

package dev.roster.target.ad;

import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import dev.roster.model.TargetException;
import java.security.GeneralSecurityException;
import java.util.EnumSet;
import javax.net.SocketFactory;
import javax.net.ssl.TrustManager;

/**
 * Opens the bound connection pool of a target: LDAPS, or LDAP upgraded with StartTLS before the
 * bind, or (allowed by the settings) plain LDAP. TLS trusts the configured trust store, else the
 * JVM's, checks validity dates and verifies that the certificate names the host of the URL.
 */
final class Connections {
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int RESPONSE_TIMEOUT_MILLIS = 60_000;

    private Connections() {
    }

    /**
     * @return a pool of 1 to {@code poolSize} connections, each bound as {@code bindDn}, that
     *         replaces broken connections and retries the operation once on a new one
     * @throws TargetException when the server cannot be reached, the TLS handshake fails (an
     *                         untrusted certificate or one for another host: terminal) or the
     *                         server refuses the bind
     */
    static LDAPConnectionPool open(AdSettings settings) {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(CONNECT_TIMEOUT_MILLIS);
        options.setResponseTimeoutMillis(RESPONSE_TIMEOUT_MILLIS);
        // The pool lends a connection to one operation at a time and Roster sends nothing
        // asynchronously, so the thread that sends reads its own answer: no reader thread per
        // connection to hand each answer over (README, "Choices made for speed").
        options.setUseSynchronousMode(true);
        SocketFactory sockets = null;
        PostConnectProcessor startTls = null;
        if (settings.secure()) {
            options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
            try {
                SSLUtil ssl = new SSLUtil(trustManager(settings));
                if (settings.startTls()) {
                    startTls = new StartTLSPostConnectProcessor(ssl.createSSLSocketFactory());
                } else {
                    sockets = ssl.createSSLSocketFactory();
                }
            } catch (GeneralSecurityException e) {
                throw new TargetException(settings.name() + ": cannot set up TLS for "
                        + settings.url() + ": " + e.getMessage(), false, e);
            }
        }
        SingleServerSet server = new SingleServerSet(settings.url().getHost(),
                settings.url().getPort(), sockets, options);
        try {
            LDAPConnectionPool pool = new LDAPConnectionPool(server,
                    new SimpleBindRequest(settings.bindDn(), settings.bindPassword()), 1,
                    settings.poolSize(), startTls);
            pool.setConnectionPoolName("roster-" + settings.name());
            pool.setRetryFailedOperationsDueToInvalidConnections(
                    EnumSet.allOf(OperationType.class));
            return pool;
        } catch (LDAPException e) {
            throw LdapFailures.of(settings.name(), "connect to", settings.url() + " as "
                    + settings.bindDn(), e);
        }
    }

    private static TrustManager trustManager(AdSettings settings) {
        AdSettings.TrustStore trust = settings.trust();
        if (trust == null) {
            return JVMDefaultTrustManager.getInstance();
        }
        return new TrustStoreTrustManager(trust.path().toFile(),
                trust.password() == null ? null : trust.password().toCharArray(), trust.type(),
                true);
    }
}

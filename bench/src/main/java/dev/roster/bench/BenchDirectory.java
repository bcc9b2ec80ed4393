package dev.roster.bench;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.DeleteRequest;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.controls.SubtreeDeleteRequestControl;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory a benchmark runs against, embedded or external, and the subtree it owns there:
 * {@code OU=RosterBench} under the base DN, with Employees, Disabled and Groups for Roster and
 * Baseline for the raw client, removed whole (tree delete) before and after a run.
 *
 * @param url        ldap:// or ldaps://
 * @param trustStore PKCS12 trust store for ldaps://, or null for the JVM's
 */
public record BenchDirectory(String url, String bindDn, String password, String baseDn, Path trustStore,
        String trustStorePassword, String description) {

    static final String GLOBAL_SECURITY_GROUP = "-2147483646";
    static final String USER_CLASSES = "top,person,organizationalPerson,user";

    DN root() throws LDAPException {
        return new DN(new RDN("OU", "RosterBench"), new DN(baseDn));
    }

    DN ou(String name) throws LDAPException {
        return new DN(new RDN("OU", name), root());
    }

    boolean secure() {
        return url.toLowerCase(java.util.Locale.ROOT).startsWith("ldaps:");
    }

    /** A new bound connection; the caller closes it. */
    LDAPConnection connect() throws LDAPException {
        LDAPURL parsed = new LDAPURL(url);
        LDAPConnection c;
        if (secure()) {
            try {
                SSLUtil ssl = new SSLUtil(trustStore == null ? null : new TrustStoreTrustManager(
                        trustStore.toFile(), trustStorePassword == null ? null : trustStorePassword.toCharArray(),
                        "PKCS12", true));
                c = new LDAPConnection(ssl.createSSLSocketFactory(), options(), parsed.getHost(), parsed.getPort());
            } catch (GeneralSecurityException e) {
                throw new LDAPException(ResultCode.CONNECT_ERROR, "TLS to " + url + ": " + e.getMessage(), e);
            }
        } else {
            c = new LDAPConnection(options(), parsed.getHost(), parsed.getPort());
        }
        try {
            c.bind(bindDn, password);
        } catch (LDAPException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Synchronous mode, as Roster's own connections: the raw client reads answers as Roster does. */
    private static LDAPConnectionOptions options() {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setUseSynchronousMode(true);
        return options;
    }

    /**
     * Removes what an earlier run left and builds the subtree afresh: the OUs and, per group name,
     * a group for Roster under Groups and one for the raw client under Baseline.
     *
     * @return the raw client's group DN by group name
     */
    Map<String, DN> prepare(Collection<String> groupNames) throws LDAPException {
        Map<String, DN> baseline = new LinkedHashMap<>();
        try (LDAPConnection c = connect()) {
            removeTree(c, root());
            add(c, new Entry(root(), new Attribute("objectClass", "top", "organizationalUnit")));
            for (String ou : List.of("Employees", "Disabled", "Groups", "Baseline")) {
                add(c, new Entry(ou(ou), new Attribute("objectClass", "top", "organizationalUnit")));
            }
            for (String name : groupNames) {
                add(c, group(name, ou("Groups")));
                DN raw = new DN(new RDN("CN", "raw-" + name), ou("Baseline"));
                add(c, group("raw-" + name, ou("Baseline")));
                baseline.put(name, raw);
            }
        }
        return baseline;
    }

    /** Removes the raw client's entries and groups, keeping an empty Baseline OU. */
    void clearBaseline() throws LDAPException {
        try (LDAPConnection c = connect()) {
            removeTree(c, ou("Baseline"));
        }
    }

    /** Removes the whole subtree. */
    void removeAll() throws LDAPException {
        try (LDAPConnection c = connect()) {
            removeTree(c, root());
        }
    }

    private static Entry group(String name, DN parent) {
        return new Entry(new DN(new RDN("CN", name), parent), new Attribute("objectClass", "top", "group"),
                new Attribute("cn", name), new Attribute("sAMAccountName", name),
                new Attribute("groupType", GLOBAL_SECURITY_GROUP));
    }

    private static void add(LDAPConnection c, Entry entry) throws LDAPException {
        c.add(entry);
    }

    private static void removeTree(LDAPConnection c, DN dn) throws LDAPException {
        DeleteRequest delete = new DeleteRequest(dn);
        delete.addControl(new SubtreeDeleteRequestControl(true));
        try {
            c.delete(delete);
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                throw e;
            }
        }
    }
}

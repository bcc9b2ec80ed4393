package dev.roster.sim.ad;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An LDAP server on 127.0.0.1 that behaves like Active Directory for what Roster uses: AD's
 * user, group and container classes; objectGUID generated on add (16 random bytes, never
 * client-supplied, returned with the user attributes); sAMAccountName unique across the
 * directory (68 otherwise); unicodePwd write-only; memberOf computed from group members;
 * member and manager values follow renames and deletes; {@code <GUID=hex>} DNs accepted.
 *
 * <p>Writes need the administrator bind; searches do not. With {@link Options#withTls} it also
 * answers StartTLS on its LDAP port and LDAPS on a second port. With {@link Options#withAdLimits}
 * it enforces AD's MaxPageSize (a search without paging returns at most
 * {@value #AD_MAX_PAGE_SIZE} entries, then sizeLimitExceeded) and MaxValRange (at most
 * {@value #AD_MAX_VAL_RANGE} values of an attribute per answer; more through range retrieval,
 * which works with or without the limits). Not like AD: no password policy, no binds as users,
 * UPN uniqueness not enforced, unicodePwd accepted without TLS.
 *
 * <p>Thread-safe. The caller owns the instance and must {@link #close()} it.
 */
public final class EmbeddedDirectory implements AutoCloseable {
    /** AD's global security group type. */
    private static final String GLOBAL_SECURITY_GROUP = "-2147483646";
    /** AD's default MaxPageSize. */
    public static final int AD_MAX_PAGE_SIZE = 1000;
    /** AD's default MaxValRange. */
    public static final int AD_MAX_VAL_RANGE = 1500;

    private final InMemoryDirectoryServer server;
    private final Options options;
    private final int port;
    private final int ldapsPort;

    private EmbeddedDirectory(InMemoryDirectoryServer server, Options options) {
        this.server = server;
        this.options = options;
        this.port = server.getListenPort(Listeners.LDAP);
        this.ldapsPort = options.keyStore() == null ? -1 : server.getListenPort(Listeners.LDAPS);
    }

    /**
     * Starts a directory, loading {@link Options#ldif()} when it exists, then adding the base
     * entries (the domain and {@code CN=Users}) that are missing.
     *
     * @throws LDAPException when the server cannot listen or the LDIF is invalid
     */
    public static EmbeddedDirectory start(Options options) throws LDAPException {
        ServerLookup lookup = new ServerLookup(options.baseDn());
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(options.baseDn());
        config.addAdditionalBindCredentials(options.bindDn(), options.password());
        config.setListenerConfigs(Listeners.of(loopback(), options.port(), options.keyStore(),
                options.keyStorePassword()));
        if (options.adLimits()) {
            config.setMaxSizeLimit(AD_MAX_PAGE_SIZE);
        }
        config.setSchema(AdSchema.load());
        // Not member: the in-memory server re-indexes every value of an entry it modifies, which
        // makes each membership change cost the size of the group (quadratic for big groups).
        config.setEqualityIndexAttributes("objectGUID", "sAMAccountName", "employeeID",
                "cn", "userPrincipalName");
        config.setReferentialIntegrityAttributes("member", "manager");
        config.setAuthenticationRequiredOperationTypes(OperationType.ADD, OperationType.DELETE,
                OperationType.MODIFY, OperationType.MODIFY_DN);
        config.setCustomRootDSEAttributes(List.of(
                new Attribute("defaultNamingContext", options.baseDn())));
        config.addInMemoryOperationInterceptor(new AdInterceptor(lookup,
                options.adLimits() ? AD_MAX_VAL_RANGE : 0));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        lookup.attach(server);
        if (options.ldif() != null && Files.isRegularFile(options.ldif())) {
            server.importFromLDIF(true, options.ldif().toFile());
        }
        server.startListening();
        EmbeddedDirectory directory = new EmbeddedDirectory(server, options);
        try {
            directory.addBaseEntries();
        } catch (LDAPException | RuntimeException e) {
            directory.close();
            throw e;
        }
        return directory;
    }

    /** @return {@code ldap://127.0.0.1:PORT} */
    public String ldapUrl() {
        return "ldap://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /**
     * @return {@code ldaps://localhost:PORT} (a name the test certificate may hold)
     * @throws IllegalStateException when started without {@link Options#withTls}
     */
    public String ldapsUrl() {
        if (ldapsPort < 0) {
            throw new IllegalStateException("started without TLS");
        }
        return "ldaps://localhost:" + ldapsPort;
    }

    public String baseDn() {
        return options.baseDn();
    }

    public String bindDn() {
        return options.bindDn();
    }

    /** @return a new connection bound as the administrator; the caller closes it */
    public LDAPConnection connection() throws LDAPException {
        return new LDAPConnection("127.0.0.1", port, options.bindDn(), options.password());
    }

    /**
     * Adds the organizational unit {@code dn} and its missing ancestors below the base DN
     * ({@code CN=} ancestors become containers), unless it exists.
     *
     * @return {@code dn}
     */
    public String ensureOrganizationalUnit(String dn) throws LDAPException {
        DN target = new DN(dn);
        DN base = new DN(options.baseDn());
        if (!target.isDescendantOf(base, true)) {
            throw new LDAPException(ResultCode.NO_SUCH_OBJECT, dn + " is not below " + base);
        }
        try (LDAPConnection c = connection()) {
            ensure(c, target, base);
        }
        return dn;
    }

    /**
     * Adds a global security group with {@code cn} and {@code sAMAccountName} = {@code name}
     * under {@code parentDn} (created if missing), unless a group with that sAMAccountName exists.
     *
     * @return the DN of the group, existing or new
     */
    public String ensureGroup(String name, String parentDn) throws LDAPException {
        try (LDAPConnection c = connection()) {
            SearchResultEntry existing = c.searchForEntry(options.baseDn(), SearchScope.SUB,
                    Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "group"),
                            Filter.createEqualityFilter("sAMAccountName", name)), "1.1");
            if (existing != null) {
                return existing.getDN();
            }
            ensureOrganizationalUnit(parentDn);
            DN dn = new DN(new RDN("cn", name), new DN(parentDn));
            c.add(new Entry(dn, List.of(new Attribute("objectClass", "top", "group"),
                    new Attribute("cn", name), new Attribute("sAMAccountName", name),
                    new Attribute("groupType", GLOBAL_SECURITY_GROUP))));
            return dn.toString();
        }
    }

    /**
     * Writes every entry (not the schema or root DSE) with its objectGUID to {@code file},
     * replacing it atomically, so that a later {@link #start} from it keeps the accounts.
     */
    public void exportLdif(Path file) throws LDAPException, IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(),
                ".tmp");
        try {
            server.exportToLDIF(temp.toString(), false, true);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Closes every client connection, without a notice of disconnection, and goes on listening,
     * as a domain controller may do with connections idle longer than its MaxConnIdleTime.
     */
    public void dropClientConnections() {
        server.closeAllConnections(false);
    }

    /** Stops listening and closes client connections; idempotent. */
    @Override
    public void close() {
        server.shutDown(true);
    }

    private void addBaseEntries() throws LDAPException {
        DN base = new DN(options.baseDn());
        try (LDAPConnection c = connection()) {
            ensure(c, base, base);
            ensure(c, new DN(new RDN("CN", "Users"), base), base);
        }
    }

    private static void ensure(LDAPConnection c, DN dn, DN base) throws LDAPException {
        if (c.getEntry(dn.toString(), "1.1") != null) {
            return;
        }
        if (!dn.equals(base)) {
            ensure(c, dn.getParent(), base);
        }
        RDN rdn = dn.getRDN();
        String type = rdn.getAttributeNames()[0].toLowerCase(Locale.ROOT);
        String value = rdn.getAttributeValues()[0];
        String objectClass = switch (type) {
            case "dc" -> "domain";
            case "ou" -> "organizationalUnit";
            case "o" -> "organization";
            default -> "container";
        };
        c.add(new Entry(dn, List.of(new Attribute("objectClass", "top", objectClass),
                new Attribute(type, value))));
    }

    private static InetAddress loopback() throws LDAPException {
        try {
            return InetAddress.getByName("127.0.0.1");
        } catch (IOException e) {
            throw new LDAPException(ResultCode.LOCAL_ERROR, "no loopback address", e);
        }
    }

    /**
     * How to start a directory.
     *
     * @param port     TCP port on 127.0.0.1; 0 picks a free one
     * @param baseDn   the naming context; null means {@value #DEFAULT_BASE_DN}
     * @param bindDn   the administrator; null means {@code CN=Administrator,CN=Users,<baseDn>}
     * @param password the administrator's password, not null or empty
     * @param ldif     entries to load at start when the file exists; may be null
     * @param keyStore a PKCS#12 key store with the server's key and certificate, for StartTLS and
     *                 LDAPS; null for plain LDAP only
     * @param keyStorePassword the key store's password; null when {@code keyStore} is
     * @param adLimits whether AD's MaxPageSize and MaxValRange apply
     */
    public record Options(int port, String baseDn, String bindDn, String password, Path ldif,
            Path keyStore, String keyStorePassword, boolean adLimits) {
        public static final String DEFAULT_BASE_DN = "DC=example,DC=test";

        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port);
            }
            baseDn = baseDn == null ? DEFAULT_BASE_DN : baseDn;
            bindDn = bindDn == null ? defaultBindDn(baseDn) : bindDn;
            if (Objects.requireNonNull(password, "password").isEmpty()) {
                throw new IllegalArgumentException("empty password");
            }
            if (keyStore != null) {
                Objects.requireNonNull(keyStorePassword, "keyStorePassword");
            }
        }

        /** @return the administrator of a directory with {@code baseDn}, when none is given */
        public static String defaultBindDn(String baseDn) {
            return "CN=Administrator,CN=Users," + baseDn;
        }

        /** @return defaults (free port, {@value #DEFAULT_BASE_DN}, no LDIF) with this password */
        public static Options withPassword(String password) {
            return new Options(0, null, null, password, null, null, null, false);
        }

        public Options withPort(int newPort) {
            return new Options(newPort, baseDn, bindDn, password, ldif, keyStore,
                    keyStorePassword, adLimits);
        }

        public Options withLdif(Path newLdif) {
            return new Options(port, baseDn, bindDn, password, newLdif, keyStore,
                    keyStorePassword, adLimits);
        }

        /** StartTLS on the LDAP port and LDAPS on a free port, with this PKCS#12 key store. */
        public Options withTls(Path newKeyStore, String newKeyStorePassword) {
            return new Options(port, baseDn, bindDn, password, ldif,
                    Objects.requireNonNull(newKeyStore, "keyStore"),
                    Objects.requireNonNull(newKeyStorePassword, "keyStorePassword"), adLimits);
        }

        /** AD's MaxPageSize (1000) and MaxValRange (1500) enforced. */
        public Options withAdLimits() {
            return new Options(port, baseDn, bindDn, password, ldif, keyStore, keyStorePassword,
                    true);
        }
    }
}

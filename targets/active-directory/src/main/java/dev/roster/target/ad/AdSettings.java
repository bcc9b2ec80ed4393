package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import dev.roster.model.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The validated settings of one Active Directory target. {@link #toString()} hides the secrets.
 *
 * @param name                 the target's name in the configuration
 * @param url                  an ldap:// or ldaps:// URL
 * @param startTls             whether an ldap:// connection is upgraded with StartTLS
 * @param trust                the trust store for TLS; null for the JVM's default one
 * @param bindPassword         the resolved secret, never logged
 * @param usersOu              where new accounts are created and enabled ones go back to
 * @param disabledOu           where disabled accounts are moved; null to leave them
 * @param groupsBaseDn         where groups are looked up by name
 * @param correlationAttribute the attribute holding the correlation id (employeeID)
 * @param correlationRefresh   how old the list of accounts may get before a create re-reads the
 *                             accounts added since
 * @param reservedNames        sAMAccountNames never handed out, lower-case (deleted accounts')
 * @param groups               groups (names or DNs) that must exist when the target opens
 * @param ous                  the OUs of {@code ou.table}, each by its setting
 *                             ({@code targets.NAME.ou.table.KEY}); they must exist when the
 *                             target opens
 * @param managedGroups        the groups the configuration declares fully managed (names or DNs);
 *                             they too must exist when the target opens
 */
record AdSettings(String name, LDAPURL url, boolean startTls, TrustStore trust, String bindDn,
        String bindPassword, DN baseDn, DN usersOu, DN disabledOu, DN groupsBaseDn,
        boolean allowPlainLdap, int poolSize, String correlationAttribute,
        Duration correlationRefresh, PasswordPolicy password, Set<String> reservedNames,
        List<String> groups, List<String> managedGroups, Map<String, DN> ous) {
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

    /**
     * @param path     a key store file
     * @param type     PKCS12 or JKS
     * @param password its resolved password; null when it has none
     */
    record TrustStore(Path path, String type, String password) {
    }

    /** @return whether the connection is encrypted (LDAPS or StartTLS) */
    boolean secure() {
        return startTls || url.getScheme().equals("ldaps");
    }

    /**
     * @param settings the target's section of the configuration, as parsed from YAML; keys not
     *                 listed in {@link ActiveDirectoryTargetFactory} are ignored
     * @throws dev.roster.model.ConfigException naming {@code targets.<name>.<setting>}
     */
    static AdSettings parse(String name, Map<String, Object> settings, Secrets secrets) {
        SettingsReader r = SettingsReader.of(name, settings);
        String urlText = r.string("url", null);
        LDAPURL url;
        try {
            url = new LDAPURL(urlText);
        } catch (LDAPException e) {
            throw r.invalid("url", "'" + urlText + "' is not an LDAP URL: " + e.getMessage());
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ldap") && !scheme.equals("ldaps")) {
            throw r.invalid("url", "scheme must be ldap or ldaps, not " + scheme);
        }
        boolean startTls = r.bool("startTls", false);
        if (startTls && scheme.equals("ldaps")) {
            throw r.invalid("startTls", "is for ldap:// URLs; ldaps:// is encrypted already");
        }
        boolean allowPlain = r.bool("allowPlainLdap", false);
        if (scheme.equals("ldap") && !startTls && !allowPlain) {
            throw r.invalid("url", "ldap:// sends the bind password and personal data unencrypted;"
                    + " use ldaps:// or " + r.key("startTls") + ": true, or set "
                    + r.key("allowPlainLdap") + ": true for a test directory");
        }
        TrustStore trust = trust(r, secrets);
        String bindDn = r.dn("bindDn", null).toString();
        String password = secrets.resolve(r.key("bindPassword"), r.string("bindPassword", null));
        DN baseDn = r.dn("baseDn", null);
        DN usersOu = below(r, "usersOu", null, baseDn);
        DN disabledOu = r.has("disabledOu") ? below(r, "disabledOu", null, baseDn) : null;
        DN groupsBaseDn = r.dn("groupsBaseDn", baseDn.toString());
        int poolSize = r.integer("poolSize", 4, 1, 64);
        String correlation = r.string("correlationAttribute", "employeeID");
        if (!ATTRIBUTE.matcher(correlation).matches()) {
            throw r.invalid("correlationAttribute", "'" + correlation
                    + "' is not an attribute name");
        }
        Duration refresh = Duration.ofSeconds(r.integer("correlationRefreshSeconds", 300, 0,
                86_400));
        PasswordPolicy passwords = PasswordPolicy.parse(r.section("password"),
                startTls || scheme.equals("ldaps"));
        Set<String> reserved = r.list("reservedNames", List.of()).stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        List<String> groups = List.copyOf(r.list("groups", List.of()));
        List<String> managedGroups = List.copyOf(r.list("managedGroups", List.of()));
        return new AdSettings(name, url, startTls, trust, bindDn, password, baseDn, usersOu,
                disabledOu, groupsBaseDn, allowPlain, poolSize, correlation, refresh, passwords,
                reserved, groups, managedGroups, ous(r, baseDn));
    }

    /** The OUs of {@code ou.table} (the policy reads the rest of {@code ou}), each below baseDn. */
    private static Map<String, DN> ous(SettingsReader r, DN baseDn) {
        SettingsReader table = r.section("ou").section("table");
        Map<String, DN> ous = new LinkedHashMap<>();
        for (Object key : table.settings().keySet()) {
            String setting = String.valueOf(key);
            ous.put(table.key(setting), below(table, setting, null, baseDn));
        }
        return Collections.unmodifiableMap(ous);
    }

    private static DN below(SettingsReader r, String setting, String fallback, DN baseDn) {
        DN dn = r.dn(setting, fallback);
        if (!dn.isDescendantOf(baseDn, true)) {
            throw r.invalid(setting, dn + " is not below baseDn " + baseDn
                    + ", so its accounts would escape correlation");
        }
        return dn;
    }

    private static TrustStore trust(SettingsReader r, Secrets secrets) {
        if (!r.has("trustStore") || r.string("trustStore", "").isBlank()) {
            return null; // the JVM's trusted authorities
        }
        Path path = Path.of(r.string("trustStore", null));
        if (!Files.isReadable(path)) {
            throw r.invalid("trustStore", path + " does not exist or cannot be read");
        }
        String type = r.string("trustStoreType", "PKCS12").toUpperCase(Locale.ROOT);
        if (!type.equals("PKCS12") && !type.equals("JKS")) {
            throw r.invalid("trustStoreType", "must be PKCS12 or JKS, not " + type);
        }
        String password = r.has("trustStorePassword") ? secrets.resolve(
                r.key("trustStorePassword"), r.string("trustStorePassword", null)) : null;
        return new TrustStore(path, type, password);
    }

    @Override
    public String toString() {
        return "AdSettings[name=" + name + ", url=" + url + ", startTls=" + startTls
                + ", trustStore=" + (trust == null ? "JVM default" : trust.path() + " ("
                        + trust.type() + ")") + ", bindDn=" + bindDn
                + ", bindPassword=***, baseDn=" + baseDn + ", usersOu=" + usersOu
                + ", disabledOu=" + disabledOu + ", groupsBaseDn=" + groupsBaseDn
                + ", allowPlainLdap=" + allowPlainLdap + ", poolSize=" + poolSize
                + ", correlationAttribute=" + correlationAttribute + ", password=" + password
                + ", reservedNames=" + reservedNames.size() + ", groups=" + groups
                + ", managedGroups=" + managedGroups + ", ous=" + ous.size() + "]";
    }
}

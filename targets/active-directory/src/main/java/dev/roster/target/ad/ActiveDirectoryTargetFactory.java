package dev.roster.target.ad;

import com.unboundid.ldap.sdk.LDAPConnectionPool;
import dev.roster.model.ConfigException;
import dev.roster.model.Secrets;
import dev.roster.model.Target;
import dev.roster.model.TargetException;
import dev.roster.model.TargetFactory;
import java.time.Clock;
import java.util.Map;

/**
 * Opens Active Directory targets, type {@value #TYPE}. Settings, under
 * {@code targets.<name>}:
 * <ul>
 * <li>{@code url} (required): {@code ldaps://host[:port]}, or {@code ldap://host[:port]} with
 * {@code startTls: true}; plain {@code ldap://} only with {@code allowPlainLdap: true} (for test
 * directories), and then Roster sends no password at all</li>
 * <li>{@code trustStore} (default: the JVM's trust store), {@code trustStoreType} (PKCS12 or
 * JKS, default PKCS12), {@code trustStorePassword} (a secret reference); the server's
 * certificate must also name the URL's host</li>
 * <li>{@code bindDn} (required) and {@code bindPassword} (required, a secret reference such as
 * {@code env:AD_PASSWORD} or {@code file:/run/secrets/ad})</li>
 * <li>{@code baseDn} (required): where accounts are correlated, names checked and accounts
 * found</li>
 * <li>{@code usersOu} (required, below baseDn): where new accounts are created, and where
 * enabled accounts return from disabledOu, when {@code ou} gives no other OU</li>
 * <li>{@code ou} (optional; read by the policy, which turns it into the attribute
 * {@link Target#OU}): {@code value}, a template, looked up in {@code table}, value to OU DN;
 * each OU must be below baseDn and exist when the target opens. An account is created in its
 * OU, moved (keeping its cn) when the OU changes, and returns there when enabled</li>
 * <li>{@code disabledOu} (optional, below baseDn): where disabled accounts are moved</li>
 * <li>{@code groupsBaseDn} (default baseDn): where groups are looked up by name</li>
 * <li>{@code poolSize} (default 4, 1 to 64); {@code correlationAttribute} (default employeeID);
 * {@code correlationRefreshSeconds} (default 300): how old the one read of all accounts (and of
 * the names in use) may get
 * before a create re-reads the accounts changed since</li>
 * <li>{@code password}: {@code initial} (default true on an encrypted connection, false
 * otherwise), {@code length} (default 16), {@code classes} (default
 * {@code [lower, upper, digit, symbol]}), {@code mustChange} (default false)</li>
 * <li>{@code reservedNames}: a list of sAMAccountNames never handed out (those of deleted
 * accounts, from the vault)</li>
 * <li>{@code groups}: groups (names or DNs) Roster grants; each must exist when the target
 * opens</li>
 * <li>{@code managedGroups}: groups (names or DNs, as the rules name them) whose members are
 * exactly those the rules give; each must exist when the target opens. The plan reads their
 * members each cycle and removes the others (see the engine); nested groups and members outside
 * baseDn are left alone</li>
 * </ul>
 * Other keys are ignored. Accounts are referenced by objectGUID as 32 lower-case hex digits;
 * permissions are group names (sAMAccountName or cn) or group DNs. Observing (for drift
 * correction and managed groups) reads every user below baseDn with one paged search.
 */
public final class ActiveDirectoryTargetFactory implements TargetFactory {
    public static final String TYPE = "active-directory";

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * Connects and binds before returning, so bad credentials fail here.
     *
     * @throws dev.roster.model.ConfigException naming the setting when a setting is invalid or
     *                                          a listed group does not exist
     * @throws dev.roster.model.TargetException when the directory cannot be reached or refuses
     *                                          the bind
     */
    @Override
    public Target open(String name, Map<String, Object> settings, Secrets secrets) {
        AdSettings parsed = AdSettings.parse(name, settings, secrets);
        LDAPConnectionPool pool = Connections.open(parsed);
        ActiveDirectoryTarget target = new ActiveDirectoryTarget(parsed, pool, pool::close,
                Clock.systemDefaultZone(), new Passwords(parsed.password()));
        resolve(target, name, "groups", parsed.groups());
        resolve(target, name, "managedGroups", parsed.managedGroups());
        try {
            target.requireOus();
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
        return target;
    }

    /** Resolves each group of a setting, closing the target and naming the setting on failure. */
    private static void resolve(ActiveDirectoryTarget target, String name, String setting,
            java.util.List<String> groups) {
        for (String group : groups) {
            try {
                target.resolveGroup(group);
            } catch (TargetException e) {
                target.close();
                if (e.retryable()) {
                    throw e;
                }
                throw new ConfigException("targets." + name + "." + setting + ": " + e.getMessage(), e);
            }
        }
    }
}

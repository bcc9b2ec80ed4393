package dev.roster.target.ad;

import com.unboundid.ldap.sdk.LDAPConnectionPool;
import dev.roster.model.Secrets;
import dev.roster.model.Target;
import dev.roster.model.TargetFactory;
import java.util.Map;

/**
 * Opens Active Directory targets, type {@value #TYPE}. Settings, under
 * {@code targets.<name>}:
 * <ul>
 * <li>{@code url} (required): {@code ldaps://host[:port]}, or {@code ldap://} together with
 * {@code allowPlainLdap: true} (default false), for test directories only</li>
 * <li>{@code bindDn} (required) and {@code bindPassword} (required, a secret reference such as
 * {@code env:AD_PASSWORD})</li>
 * <li>{@code baseDn} (required): where accounts are correlated and found</li>
 * <li>{@code usersOu} (required, below baseDn): where new accounts are created</li>
 * <li>{@code groupsBaseDn} (default baseDn): where groups are looked up by name</li>
 * <li>{@code poolSize} (default 4, 1 to 64) and {@code correlationAttribute} (default
 * employeeID)</li>
 * </ul>
 * Other keys are ignored. Accounts are referenced by objectGUID as 32 lower-case hex digits;
 * permissions are group names (sAMAccountName or cn) or group DNs.
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
     * @throws dev.roster.model.ConfigException naming the setting when a setting is invalid
     * @throws dev.roster.model.TargetException when the directory cannot be reached or refuses
     *                                          the bind
     */
    @Override
    public Target open(String name, Map<String, Object> settings, Secrets secrets) {
        AdSettings parsed = AdSettings.parse(name, settings, secrets);
        LDAPConnectionPool pool = Connections.open(parsed);
        return new ActiveDirectoryTarget(parsed, pool, pool::close);
    }
}

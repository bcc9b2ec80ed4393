package dev.roster.target.ad;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import dev.roster.model.ConfigException;
import dev.roster.model.Secrets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The validated settings of one Active Directory target. {@link #toString()} hides the password.
 *
 * @param name                 the target's name in the configuration
 * @param url                  an ldap:// or ldaps:// URL
 * @param bindPassword         the resolved secret, never logged
 * @param usersOu              where new accounts are created; below {@code baseDn}
 * @param groupsBaseDn         where groups are looked up by name
 * @param correlationAttribute the attribute holding the correlation id (employeeID)
 */
record AdSettings(String name, LDAPURL url, String bindDn, String bindPassword, DN baseDn,
        DN usersOu, DN groupsBaseDn, boolean allowPlainLdap, int poolSize,
        String correlationAttribute) {
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

    boolean secure() {
        return url.getScheme().equals("ldaps");
    }

    /**
     * @param settings the target's section of the configuration, as parsed from YAML; keys not
     *                 listed here (such as {@code type}) are ignored
     * @throws ConfigException naming {@code targets.<name>.<setting>} for the first bad setting
     */
    static AdSettings parse(String name, Map<String, Object> settings, Secrets secrets) {
        Reader r = new Reader(name, settings);
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
        boolean allowPlain = r.bool("allowPlainLdap", false);
        if (scheme.equals("ldap") && !allowPlain) {
            throw r.invalid("url", "ldap:// sends the bind password and personal data unencrypted;"
                    + " use ldaps://, or set " + r.key("allowPlainLdap")
                    + ": true for a test directory");
        }
        String bindDn = r.dn("bindDn", null).toString();
        String password = secrets.resolve(r.key("bindPassword"), r.string("bindPassword", null));
        DN baseDn = r.dn("baseDn", null);
        DN usersOu = r.dn("usersOu", null);
        if (!usersOu.isDescendantOf(baseDn, true)) {
            throw r.invalid("usersOu", usersOu + " is not below baseDn " + baseDn
                    + ", so its accounts would escape correlation");
        }
        DN groupsBaseDn = r.dn("groupsBaseDn", baseDn.toString());
        int poolSize = r.integer("poolSize", 4);
        if (poolSize < 1 || poolSize > 64) {
            throw r.invalid("poolSize", "must be between 1 and 64, not " + poolSize);
        }
        String correlation = r.string("correlationAttribute", "employeeID");
        if (!ATTRIBUTE.matcher(correlation).matches()) {
            throw r.invalid("correlationAttribute", "'" + correlation
                    + "' is not an attribute name");
        }
        return new AdSettings(name, url, bindDn, password, baseDn, usersOu, groupsBaseDn,
                allowPlain, poolSize, correlation);
    }

    @Override
    public String toString() {
        return "AdSettings[name=" + name + ", url=" + url + ", bindDn=" + bindDn
                + ", bindPassword=***, baseDn=" + baseDn + ", usersOu=" + usersOu
                + ", groupsBaseDn=" + groupsBaseDn + ", allowPlainLdap=" + allowPlainLdap
                + ", poolSize=" + poolSize + ", correlationAttribute=" + correlationAttribute + "]";
    }

    /** Typed access to the raw settings, with messages naming the setting. */
    private record Reader(String target, Map<String, Object> settings) {
        String key(String setting) {
            return "targets." + target + "." + setting;
        }

        ConfigException invalid(String setting, String problem) {
            return new ConfigException(key(setting) + ": " + problem);
        }

        /** @param fallback null when the setting is required */
        String string(String setting, String fallback) {
            Object value = settings.get(setting);
            if (value == null || value.toString().isBlank()) {
                if (fallback == null) {
                    throw invalid(setting, "missing");
                }
                return fallback;
            }
            if (value instanceof Map || value instanceof Iterable) {
                throw invalid(setting, "must be a single value");
            }
            return value.toString().strip();
        }

        DN dn(String setting, String fallback) {
            String text = string(setting, fallback);
            try {
                return new DN(text);
            } catch (LDAPException e) {
                throw invalid(setting, "'" + text + "' is not a DN: " + e.getMessage());
            }
        }

        boolean bool(String setting, boolean fallback) {
            String text = string(setting, Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
            return switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw invalid(setting, "must be true or false, not " + text);
            };
        }

        int integer(String setting, int fallback) {
            String text = string(setting, Integer.toString(fallback));
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw invalid(setting, "must be a whole number, not " + text);
            }
        }
    }
}

package dev.roster.policy;

import dev.roster.model.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/**
 * Reads a directory target's {@code ou}: which OU each account lives in, chosen by a template
 * looked up in a table of OUs, with the target's {@code usersOu} for a value that is empty or not
 * in the table:
 *
 * <pre>
 * usersOu: OU=Employees,DC=example,DC=test
 * ou:
 *   value: "{contract.departmentId}"        # or {contract.location}, {person.field.NAME}, ...
 *   table:
 *     OE-210: OU=Wijkteam Noord,OU=Employees,DC=example,DC=test
 *     OE-300: OU=Facilitair,OU=Employees,DC=example,DC=test
 *   on: always                              # default; "create" places new accounts only
 * </pre>
 *
 * The OUs are written out in full rather than built from HR text, so that a comma or a new
 * department in HR can never put an account somewhere the administrator did not choose. The
 * result is the attribute {@link Target#OU}; planned like any other, a change is a move.
 */
final class OuSetting {

    private static final Set<String> KEYS = Set.of("value", "table", "on");

    private OuSetting() {
    }

    /**
     * @param where "file: targets.NAME"
     * @param map   the target's settings
     * @return the rule for {@link Target#OU}, or null when the target has no {@code ou}
     * @throws dev.roster.model.ConfigException naming the setting: not a DN, an empty table, no usersOu
     */
    static AttributeRule parse(String where, Map<String, Object> map) {
        if (!map.containsKey("ou")) {
            return null;
        }
        String at = Nodes.at(where, "ou");
        if (!(map.get("ou") instanceof Map)) {
            throw Nodes.error(at, "must have a value (a template) and a table of OUs;"
                    + " for one OU for everyone, set usersOu instead");
        }
        Map<String, Object> ou = Nodes.map(at, map.get("ou"));
        Nodes.onlyKeys(at, ou, KEYS);
        Template value = Template.parse(Nodes.at(at, "value"), Nodes.required(at, ou, "value"));
        String tableAt = Nodes.at(at, "table");
        Map<String, Object> rows = Nodes.map(tableAt, ou.get("table"));
        if (rows.isEmpty()) {
            throw Nodes.error(tableAt, "is required: the OU (a DN) for each value of " + value);
        }
        Map<String, String> table = new LinkedHashMap<>();
        rows.forEach((key, dn) -> table.put(key.strip(), dn(Nodes.at(tableAt, key), Nodes.scalar(tableAt, dn))));
        String usersOu = Nodes.string(where, map, "usersOu", null);
        if (usersOu == null || usersOu.isBlank()) {
            throw Nodes.error(Nodes.at(where, "usersOu"), "is required with ou: it is the OU of accounts whose "
                    + value + " is empty or not in ou.table");
        }
        String on = Nodes.string(at, ou, "on", "always");
        if (!on.equals("always") && !on.equals("create")) {
            throw Nodes.error(Nodes.at(at, "on"), "must be always or create, not '" + on + "'");
        }
        return new AttributeRule(value, on.equals("create"), table, dn(Nodes.at(where, "usersOu"), usersOu));
    }

    /** The text, stripped, when it is a distinguished name. */
    private static String dn(String where, String text) {
        String dn = text == null ? "" : text.strip();
        try {
            if (!dn.isEmpty() && !new LdapName(dn).isEmpty()) {
                return dn;
            }
        } catch (InvalidNameException e) {
            throw Nodes.error(where, "'" + dn + "' is not a DN (" + e.getMessage()
                    + "); write it like OU=Sales,OU=Employees,DC=example,DC=com");
        }
        throw Nodes.error(where, "is empty; it must be the DN of an OU, like OU=Sales,OU=Employees,DC=example,DC=com");
    }
}

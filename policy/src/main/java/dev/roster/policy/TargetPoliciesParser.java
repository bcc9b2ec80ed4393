package dev.roster.policy;

import dev.roster.model.ConfigException;
import dev.roster.model.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the policy part of each target under {@code targets} (the other keys are the connector's):
 *
 * <pre>
 * targets:
 *   ad:
 *     correlation: "{person.id}"                    # default
 *     attributes:
 *       sAMAccountName: { value: "{person.callName|username}", on: create }
 *       displayName: "{person.displayName}"         # kept up to date always
 *       title: { value: "{contract.title}", drift: true }   # and corrected when changed by hand
 *     managedGroups: [ GG-Finance ]                 # members are exactly those the rules give
 *     lifecycle:                                    # all optional; these are the defaults
 *       createDaysBefore: 0
 *       enableDaysBefore: 0
 *       disableDaysAfter: 0
 *       deleteDaysAfter: never                      # or a number of days
 *     ou:                                           # optional, see OuSetting
 *       value: "{contract.departmentId}"
 *       table: { OE-210: "OU=Wijkteam Noord,OU=Employees,DC=example,DC=test" }
 * </pre>
 *
 * {@code ou} and the {@code usersOu} it falls back to are read here and left to the connector as
 * well, which checks that the OUs exist.
 */
public final class TargetPoliciesParser {

    /**
     * The keys of a target's section that belong to the policy, not to the connector.
     * {@code managedGroups} is read here too, but is not among them: the connector gets it as well,
     * to check that the groups exist when the target opens.
     */
    public static final Set<String> KEYS = Set.of("type", "correlation", "attributes", "lifecycle");

    /** The setting naming the groups whose members are exactly those the rules give. */
    public static final String MANAGED_GROUPS = "managedGroups";

    private static final Set<String> LIFECYCLE_KEYS = Set.of("createDaysBefore", "enableDaysBefore",
            "disableDaysAfter", "deleteDaysAfter");

    private TargetPoliciesParser() {
    }

    /**
     * @param targetsNode the mapping under {@code targets}: target name to its settings
     * @return the target policies by name, in file order
     * @throws ConfigException naming the file, {@code targets.NAME.setting} and the problem
     */
    public static Map<String, TargetPolicy> parse(String file, Object targetsNode) {
        String where = file + ": targets";
        Map<String, TargetPolicy> out = new LinkedHashMap<>();
        Nodes.map(where, targetsNode).forEach((name, node) -> out.put(name, target(Nodes.at(where, name), name, node)));
        return out;
    }

    private static TargetPolicy target(String where, String name, Object node) {
        Map<String, Object> map = Nodes.map(where, node);
        Template correlation = Template.parse(Nodes.at(where, "correlation"),
                Nodes.string(where, map, "correlation", "{person.id}"));
        Map<String, AttributeRule> attributes = new LinkedHashMap<>();
        String attrsAt = Nodes.at(where, "attributes");
        Nodes.map(attrsAt, map.get("attributes")).forEach((attribute, v) -> {
            String at = Nodes.at(attrsAt, attribute);
            if (v instanceof Map) {
                Map<String, Object> a = Nodes.map(at, v);
                Nodes.onlyKeys(at, a, Set.of("value", "on", "drift", "ifEmpty"));
                String ifEmpty = Nodes.string(at, a, "ifEmpty", "clear");
                if (!ifEmpty.equals("clear") && !ifEmpty.equals("keep")) {
                    throw Nodes.error(Nodes.at(at, "ifEmpty"), "must be clear or keep, not '" + ifEmpty + "'");
                }
                String on = Nodes.string(at, a, "on", "always");
                if (!on.equals("always") && !on.equals("create")) {
                    throw Nodes.error(Nodes.at(at, "on"), "must be always or create, not '" + on + "'");
                }
                boolean drift = Nodes.bool(at, a, "drift", false);
                if (drift && on.equals("create")) {
                    throw Nodes.error(Nodes.at(at, "drift"), "an attribute written only at creation (on: create)"
                            + " is never corrected; remove drift or write on: always");
                }
                attributes.put(attribute, new AttributeRule(Template.parse(Nodes.at(at, "value"),
                        Nodes.required(at, a, "value")), on.equals("create"), drift, Map.of(), null,
                        ifEmpty.equals("keep")));
            } else {
                String value = Nodes.scalar(at, v);
                attributes.put(attribute, new AttributeRule(Template.parse(at, value == null ? "" : value), false));
            }
        });
        if (attributes.containsKey(Target.OU)) {
            throw Nodes.error(Nodes.at(attrsAt, Target.OU), "is where the account lives, not an attribute:"
                    + " set the target's ou (value and table) and usersOu instead");
        }
        AttributeRule ou = OuSetting.parse(where, map);
        if (ou != null) {
            attributes.put(Target.OU, ou);
        }
        return new TargetPolicy(name, correlation, attributes, lifecycle(Nodes.at(where, "lifecycle"), map.get("lifecycle")),
                managedGroups(Nodes.at(where, MANAGED_GROUPS), map.get(MANAGED_GROUPS)));
    }

    /** The fully managed groups: non-blank names, each once (ignoring case). */
    private static Set<String> managedGroups(String where, Object node) {
        if (node instanceof Map) {
            throw Nodes.error(where, "must be a list of group names or DNs");
        }
        Set<String> out = new java.util.TreeSet<>();
        Set<String> seen = new java.util.HashSet<>();
        java.util.List<String> names = Nodes.strings(where, node);
        for (int i = 0; i < names.size(); i++) {
            String group = names.get(i).strip();
            if (group.isEmpty()) {
                throw Nodes.error(Nodes.at(where, i), "is empty; name a group");
            }
            if (!seen.add(group.toLowerCase(java.util.Locale.ROOT))) {
                throw Nodes.error(Nodes.at(where, i), "names " + group + " a second time");
            }
            out.add(group);
        }
        return out;
    }

    static Lifecycle lifecycle(String where, Object node) {
        Map<String, Object> map = Nodes.map(where, node);
        Nodes.onlyKeys(where, map, LIFECYCLE_KEYS);
        Lifecycle d = Lifecycle.DEFAULT;
        int create = days(where, map, "createDaysBefore", d.createDaysBefore());
        int enable = days(where, map, "enableDaysBefore", d.enableDaysBefore());
        int disable = days(where, map, "disableDaysAfter", d.disableDaysAfter());
        int delete = days(where, map, "deleteDaysAfter", d.deleteDaysAfter());
        try {
            return new Lifecycle(create, enable, disable, delete);
        } catch (ConfigException e) {
            throw Nodes.error(where, e.getMessage().substring("lifecycle: ".length()));
        }
    }

    private static int days(String where, Map<String, Object> map, String key, int fallback) {
        String v = Nodes.string(where, map, key, null);
        if (v == null) {
            return fallback;
        }
        if (key.equals("deleteDaysAfter") && v.equals("never")) {
            return Lifecycle.NEVER;
        }
        try {
            int days = Integer.parseInt(v.strip());
            if (days >= 0) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Nodes.error(Nodes.at(where, key), "must be a whole number of days, zero or more"
                + (key.equals("deleteDaysAfter") ? ", or never" : "") + "; not '" + v + "'");
    }
}

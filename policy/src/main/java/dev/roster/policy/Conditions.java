package dev.roster.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads conditions from the plain maps and lists Jackson gives for YAML:
 *
 * <pre>
 * all:                                     # AND; a bare list means the same
 *   - { field: contract.departmentId, in: [OE-210, OE-211], includeSubDepartments: true }
 *   - { field: contract.title, startsWith: Verpleeg }
 *   - not: { field: person.field.udf.Vestiging, equals: UTR }
 *   - any: [ { field: contract.hours, atLeast: 16 }, { field: person.field.ismanager, equals: "true" } ]
 * </pre>
 *
 * A leaf has {@code field}, exactly one operator ({@link Operator}) and optionally
 * {@code includeSubDepartments} and {@code ignoreCase}. A group has exactly one of {@code all},
 * {@code any}, {@code not}.
 */
public final class Conditions {

    private static final Set<String> GROUPS = Set.of("all", "any", "not");

    private Conditions() {
    }

    /**
     * @param where the setting holding the node, e.g. "rules.yaml: rules[2].when"
     * @param node  a map (one condition) or a list (all of them); null means {@link Condition#ALWAYS}
     * @throws dev.roster.model.ConfigException naming {@code where} and the path inside the node
     */
    public static Condition parse(String where, Object node) {
        if (node == null) {
            return Condition.ALWAYS;
        }
        if (node instanceof List<?> items) {
            return new Condition.All(each(where, items));
        }
        Map<String, Object> map = Nodes.map(where, node);
        Set<String> groups = new HashSet<>(map.keySet());
        groups.retainAll(GROUPS);
        if (groups.size() > 1 || (groups.size() == 1 && map.size() > 1)) {
            throw Nodes.error(where, "must hold exactly one of all, any, not, or a field with an operator; found "
                    + map.keySet());
        }
        if (map.containsKey("all")) {
            return new Condition.All(each(Nodes.at(where, "all"), Nodes.list(Nodes.at(where, "all"), map.get("all"))));
        }
        if (map.containsKey("any")) {
            return new Condition.Any(each(Nodes.at(where, "any"), Nodes.list(Nodes.at(where, "any"), map.get("any"))));
        }
        if (map.containsKey("not")) {
            Object inner = map.get("not");
            if (inner == null) {
                throw Nodes.error(Nodes.at(where, "not"), "needs a condition");
            }
            return new Condition.Not(parse(Nodes.at(where, "not"), inner));
        }
        return leaf(where, map);
    }

    private static List<Condition> each(String where, List<?> items) {
        List<Condition> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw Nodes.error(Nodes.at(where, i), "is empty; write a condition");
            }
            out.add(parse(Nodes.at(where, i), items.get(i)));
        }
        return out;
    }

    private static Compare leaf(String where, Map<String, Object> map) {
        String field = Nodes.required(where, map, "field");
        if (!Values.isKnown(field)) {
            throw Nodes.error(Nodes.at(where, "field"), "unknown value '" + field + "'; known values are "
                    + Values.describe());
        }
        Operator operator = null;
        for (String key : map.keySet()) {
            if (key.equals("field") || key.equals("includeSubDepartments") || key.equals("ignoreCase")) {
                continue;
            }
            Operator o = Operator.byKey(key);
            if (o == null) {
                throw Nodes.error(Nodes.at(where, key), "is not an operator; the operators are " + Operator.keys()
                        + " (and all, any, not to group conditions)");
            }
            if (operator != null) {
                throw Nodes.error(where, "has two operators, " + operator.key() + " and " + key
                        + "; combine them with all or any");
            }
            operator = o;
        }
        if (operator == null) {
            throw Nodes.error(where, "has no operator for " + field + "; use one of " + Operator.keys());
        }
        String at = Nodes.at(where, operator.key());
        Object value = map.get(operator.key());
        if (value == null) {
            throw Nodes.error(at, "needs a value");
        }
        if (operator == Operator.IN && !(value instanceof List)) {
            throw Nodes.error(at, "must be a list, e.g. [OE-210, OE-211]; use equals for one value");
        }
        if (value instanceof List && operator != Operator.IN && operator != Operator.STARTS_WITH) {
            throw Nodes.error(at, "takes one value, not a list" + (operator == Operator.EQUALS ? "; use in" : ""));
        }
        return new Compare(at, field, operator, Nodes.strings(at, value),
                Nodes.bool(where, map, "includeSubDepartments", false), Nodes.bool(where, map, "ignoreCase", false));
    }
}

package dev.roster.policy;

import dev.roster.model.ConfigException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code rules} list of the configuration:
 *
 * <pre>
 * rules:
 *   - name: nurses
 *     target: ad
 *     access: enabled                  # or disabled: the account exists but stays disabled
 *     when:                            # omitted: everyone with a contract
 *       contracts: any                 # any (default), primary or all; see ContractScope
 *       all:
 *         - { field: contract.departmentId, in: [OE-210, OE-211], includeSubDepartments: true }
 *         - { field: contract.title, startsWith: Verpleeg }
 *     permissions: [ all-nurses ]
 *     contractPermissions: [ "dep-{contract.departmentId}" ]
 * </pre>
 */
public final class RulesParser {

    private static final Set<String> RULE_KEYS = Set.of("name", "description", "target", "access", "when",
            "permissions", "contractPermissions");

    private RulesParser() {
    }

    /**
     * @param file        the configuration file, for messages
     * @param rulesNode   the list under {@code rules}, as Jackson reads YAML
     * @param targetNames the targets rules may name
     * @throws ConfigException naming the file, {@code rules[i].setting} and the problem, for the
     *     first problem found; also when the list is empty or two rules share a name
     */
    public static List<Rule> parse(String file, Object rulesNode, Set<String> targetNames) {
        String where = file + ": rules";
        List<?> items = Nodes.list(where, rulesNode);
        if (items.isEmpty()) {
            throw Nodes.error(where, "must hold at least one rule");
        }
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Nodes.at(where, i);
            Rule rule = rule(at, Nodes.map(at, items.get(i)), targetNames);
            Integer other = names.putIfAbsent(rule.name(), i);
            if (other != null) {
                throw Nodes.error(Nodes.at(at, "name"), "'" + rule.name() + "' is also the name of rules["
                        + other + "]; rule names must be unique");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static Rule rule(String where, Map<String, Object> map, Set<String> targetNames) {
        Nodes.onlyKeys(where, map, RULE_KEYS);
        String name = Nodes.required(where, map, "name");
        String target = Nodes.required(where, map, "target");
        if (!targetNames.contains(target)) {
            throw Nodes.error(Nodes.at(where, "target"), "names '" + target + "', which is not among the targets "
                    + new TreeSet<>(targetNames));
        }
        String access = Nodes.string(where, map, "access", "enabled");
        if (!access.equals("enabled") && !access.equals("disabled")) {
            throw Nodes.error(Nodes.at(where, "access"), "must be enabled or disabled, not '" + access + "'");
        }
        String whenAt = Nodes.at(where, "when");
        Object whenNode = map.get("when");
        ContractScope scope = ContractScope.ANY;
        Condition when = Condition.ALWAYS;
        if (whenNode instanceof Map<?, ?>) {
            Map<String, Object> w = new java.util.LinkedHashMap<>(Nodes.map(whenAt, whenNode));
            Object contracts = w.remove("contracts");
            if (contracts != null) {
                scope = ContractScope.parse(Nodes.at(whenAt, "contracts"),
                        Nodes.scalar(Nodes.at(whenAt, "contracts"), contracts));
            }
            when = w.isEmpty() ? Condition.ALWAYS : Conditions.parse(whenAt, w);
        } else if (whenNode != null) {
            when = Conditions.parse(whenAt, whenNode);
        }
        List<String> permissions = Nodes.strings(Nodes.at(where, "permissions"), map.get("permissions"));
        String templatesAt = Nodes.at(where, "contractPermissions");
        List<String> templates = Nodes.strings(templatesAt, map.get("contractPermissions"));
        List<Template> perContract = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            perContract.add(Template.parse(Nodes.at(templatesAt, i), templates.get(i)));
        }
        return new Rule(name, target, scope, when, access.equals("enabled"), permissions, perContract);
    }
}

package dev.roster.engine;

import dev.roster.policy.AttributeRule;
import dev.roster.policy.Policy;
import dev.roster.policy.Rule;
import dev.roster.policy.Template;
import dev.roster.policy.TargetPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rules and the account attributes of each target from the configuration.
 *
 * <pre>
 * targets:
 *   ad:
 *     correlation: "{person.id}"
 *     attributes:
 *       sAMAccountName: { value: "{person.callName|username}", on: create }
 *       displayName: "{person.displayName}"          # kept up to date always
 * rules:
 *   - name: staff
 *     target: ad
 *     access: enabled                                # or: disabled
 *     permissions: [ "all-staff" ]
 *     contractPermissions: [ "dep-{contract.departmentId}" ]
 * </pre>
 */
final class PolicyConfig {

    /** The keys of a target's section that belong to the policy, not to the connector. */
    static final Set<String> TARGET_KEYS = Set.of("type", "correlation", "attributes");

    private PolicyConfig() {
    }

    static Policy read(Section root) {
        Map<String, TargetPolicy> targets = new LinkedHashMap<>();
        root.sections("targets").forEach((name, t) -> targets.put(name, target(name, t)));
        List<Rule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Section r : root.list("rules")) {
            String name = r.required("name");
            if (!names.add(name)) {
                throw r.error("name", "'" + name + "' is used by another rule; rule names must be unique");
            }
            String target = r.required("target");
            if (!targets.containsKey(target)) {
                throw r.error("target", "names '" + target + "', which is not among the targets " + targets.keySet());
            }
            String access = r.string("access", "enabled");
            if (!access.equals("enabled") && !access.equals("disabled")) {
                throw r.error("access", "must be enabled or disabled, not '" + access + "'");
            }
            List<Template> perContract = new ArrayList<>();
            List<String> templates = r.strings("contractPermissions");
            for (int i = 0; i < templates.size(); i++) {
                perContract.add(Template.parse(r.at("contractPermissions[" + i + "]"),
                        templates.get(i)));
            }
            rules.add(new Rule(name, target, access.equals("enabled"), r.strings("permissions"), perContract));
        }
        if (rules.isEmpty()) {
            throw root.error("rules", "must hold at least one rule");
        }
        return new Policy(rules, targets);
    }

    private static TargetPolicy target(String name, Section t) {
        Template correlation = Template.parse(t.at("correlation"),
                t.string("correlation", "{person.id}"));
        Map<String, AttributeRule> attributes = new LinkedHashMap<>();
        Section attrs = t.section("attributes");
        for (String attribute : attrs.raw().keySet()) {
            Object v = attrs.raw().get(attribute);
            String where = attrs.at(attribute);
            if (v instanceof Map) {
                Section a = attrs.section(attribute);
                String on = a.string("on", "always");
                if (!on.equals("always") && !on.equals("create")) {
                    throw a.error("on", "must be always or create, not '" + on + "'");
                }
                attributes.put(attribute, new AttributeRule(Template.parse(where, a.required("value")),
                        on.equals("create")));
            } else {
                attributes.put(attribute, new AttributeRule(Template.parse(where, attrs.required(attribute)), false));
            }
        }
        return new TargetPolicy(name, correlation, attributes);
    }
}

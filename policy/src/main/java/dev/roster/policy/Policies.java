package dev.roster.policy;

import dev.roster.model.ConfigException;
import dev.roster.model.PrimaryContract;
import java.util.List;
import java.util.Map;

/** Reads a whole {@link Policy} from a configuration's {@code targets} and {@code rules}. */
public final class Policies {

    private Policies() {
    }

    /**
     * @param file the configuration file, for messages
     * @param root the configuration as Jackson reads YAML: a map holding {@code targets} and
     *             {@code rules} (other keys are ignored)
     * @throws ConfigException naming the file, the setting and the problem
     */
    public static Policy parse(String file, Map<String, Object> root, PrimaryContract primary) {
        Map<String, TargetPolicy> targets = TargetPoliciesParser.parse(file, root.get("targets"));
        List<Rule> rules = RulesParser.parse(file, root.get("rules"), targets.keySet());
        return new Policy(rules, targets, primary);
    }

    /** With {@link PrimaryContract#DEFAULT}. */
    public static Policy parse(String file, Map<String, Object> root) {
        return parse(file, root, PrimaryContract.DEFAULT);
    }
}

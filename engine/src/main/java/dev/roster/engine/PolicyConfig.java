package dev.roster.engine;

import dev.roster.model.ConfigException;
import dev.roster.model.PrimaryContract;
import dev.roster.policy.Policies;
import dev.roster.policy.Policy;
import dev.roster.policy.TargetPoliciesParser;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rules and each target's accounts (correlation, attributes, lifecycle) from the
 * configuration through the policy module, and points its messages at the line of the file.
 */
final class PolicyConfig {

    /** The keys of a target's section that belong to the policy, not to the connector. */
    static final Set<String> TARGET_KEYS = TargetPoliciesParser.KEYS;

    private PolicyConfig() {
    }

    static Policy read(String file, Map<String, Object> root, PrimaryContract primary, Map<String, Integer> lines) {
        try {
            return Policies.parse(file, root, primary);
        } catch (ConfigException e) {
            throw located(file, e, lines);
        }
    }

    /** The exception with "file: path..." turned into "file, line N: path..." when the path is known. */
    static ConfigException located(String file, ConfigException e, Map<String, Integer> lines) {
        String message = e.getMessage();
        String prefix = file + ": ";
        if (message == null || !message.startsWith(prefix)) {
            return e;
        }
        String rest = message.substring(prefix.length());
        int end = 0;
        while (end < rest.length() && rest.charAt(end) != ' ' && rest.charAt(end) != ':') {
            end++;
        }
        String path = rest.substring(0, end);
        while (!path.isEmpty()) {
            Integer line = lines.get(path);
            if (line != null) {
                return new ConfigException(file + ", line " + line + ": " + rest, e);
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return e;
    }
}

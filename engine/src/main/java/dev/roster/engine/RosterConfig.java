package dev.roster.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.roster.mapping.AggregationRules;
import dev.roster.mapping.ConflictPolicy;
import dev.roster.mapping.MappingConfig;
import dev.roster.model.ConfigException;
import dev.roster.model.Secrets;
import dev.roster.plan.Capabilities;
import dev.roster.plan.Limit;
import dev.roster.policy.Condition;
import dev.roster.policy.Conditions;
import dev.roster.policy.Policy;
import dev.roster.vault.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * A loaded, validated configuration: where the vault is, the source, the mapping, the targets,
 * the rules and the notifications. Loading checks everything it can without contacting a system and names the file and
 * setting of every problem. {@code digest} is the SHA-256 of the configuration's text with its
 * variables replaced: equal digests mean the source's data is mapped the same way.
 */
public record RosterConfig(String file, VaultSettings vault, Retention retention, Optional<Condition> exclude, ConnectorSettings source, Thresholds sourceThresholds,
        MappingConfig mapping, Optional<AggregationRules> aggregation, Map<String, ConnectorSettings> targets,
        dev.roster.plan.Thresholds targetThresholds, Map<String, Capabilities.WithoutDisable> withoutDisable,
        Policy policy, NotificationRules notifications, Secrets secrets, String digest) {

    private static final Set<String> TOP = Set.of("vault", "sources", "mapping", "aggregation", "exclude", "targets", "rules",
            "notifications");

    /**
     * How long the vault keeps what it no longer needs: a leaver's person data {@code leaverDays}
     * days after the last of their accounts was deleted; the newest {@code keepSnapshots} snapshots.
     */
    public record Retention(int leaverDays, int keepSnapshots) {
    }

    /** Settings of the vault; {@code password} is already resolved (empty when none). */
    public record VaultSettings(String url, String user, String password) {
        @Override
        public String toString() {
            return "VaultSettings[url=" + url + ", user=" + user + "]";
        }
    }

    /** A connector's name, type and settings as passed to its factory. */
    public record ConnectorSettings(String name, String type, Map<String, Object> settings) {
    }

    /** @throws ConfigException naming the file, line or setting of the first problem */
    public static RosterConfig load(Path path) {
        String file = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such configuration file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
        return parse(file, ConfigText.substitute(file, text, ConfigText::lookup));
    }

    /** The SHA-256 of the configuration's text, its variables replaced, in hex. */
    private static String digest(String yaml) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    static RosterConfig parse(String file, String yaml) {
        Map<String, Object> tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readValue(yaml, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr();
            throw new ConfigException(file + at + ": not valid YAML: " + e.getOriginalMessage());
        }
        Map<String, Integer> lines = YamlLines.index(yaml);
        Section root = new Section(file, "", tree, lines);
        for (String key : root.raw().keySet()) {
            if (!TOP.contains(key)) {
                throw root.error(key, "is not a known section; the sections are " + TOP);
            }
        }
        Secrets secrets = new EnvironmentSecrets(file, lines);
        Section v = root.section("vault");
        String vaultPassword = v.has("password") ? secrets.resolve("vault.password", v.string("password", "")) : "";
        VaultSettings vault = new VaultSettings(v.string("url", "jdbc:h2:file:./data/vault"),
                v.string("user", "sa"), vaultPassword);
        Section r = v.section("retention");
        Retention retention = new Retention(number(r, "leaverDays", 365), number(r, "keepSnapshots", 100));
        Optional<Condition> exclude = Optional.empty();
        if (root.has("exclude")) {
            try {
                exclude = Optional.of(Conditions.parse(file + ": exclude", root.raw().get("exclude")));
            } catch (ConfigException e) {
                throw PolicyConfig.located(file, e, lines);
            }
        }

        Map<String, Section> sources = root.sections("sources");
        if (sources.size() != 1) {
            throw root.error("sources", "must name exactly one source (one HR system per configuration), not "
                    + sources.size());
        }
        Map.Entry<String, Section> s = sources.entrySet().iterator().next();
        ConnectorSettings source = new ConnectorSettings(s.getKey(), s.getValue().required("type"),
                without(s.getValue().raw(), Set.of("type", "thresholds")));
        Thresholds sourceThresholds = Thresholds.parse(s.getValue().at("thresholds"),
                s.getValue().section("thresholds").raw());

        MappingConfig mapping;
        try {
            mapping = MappingConfig.parse(file + ": mapping", root.section("mapping").raw());
        } catch (ConfigException e) {
            throw PolicyConfig.located(file, e, lines);
        }

        Optional<AggregationRules> aggregation = aggregation(root.section("aggregation"));
        if (aggregation.isPresent()) {
            mapping = mapping.withSourceFields(aggregation.get().keyFields());
        }

        Map<String, ConnectorSettings> targets = new LinkedHashMap<>();
        Map<String, Map<String, Limit>> limits = new LinkedHashMap<>();
        Map<String, Capabilities.WithoutDisable> withoutDisable = new LinkedHashMap<>();
        root.sections("targets").forEach((name, t) -> {
            Set<String> policyKeys = new java.util.HashSet<>(PolicyConfig.TARGET_KEYS);
            policyKeys.add("thresholds");
            policyKeys.add("withoutDisable");
            String alternative = t.string("withoutDisable", "keep");
            if (!alternative.equals("keep") && !alternative.equals("delete")) {
                throw t.error("withoutDisable", "must be keep or delete, not '" + alternative + "'");
            }
            withoutDisable.put(name, alternative.equals("delete") ? Capabilities.WithoutDisable.DELETE
                    : Capabilities.WithoutDisable.KEEP);
            targets.put(name, new ConnectorSettings(name, t.required("type"), without(t.raw(), policyKeys)));
            limits.put(name, targetLimits(t.section("thresholds")));
        });
        if (targets.isEmpty()) {
            throw root.error("targets", "must name at least one target");
        }
        Policy policy = PolicyConfig.read(file, root.raw(), mapping.primaryContract(), lines);
        policy.targets().forEach((name, target) -> {
            if (!target.managedGroups().isEmpty() && !limits.getOrDefault(name, Map.of()).containsKey("revoke")) {
                throw root.section("targets").section(name).error("managedGroups", "can remove many"
                        + " memberships at once (everyone the rules do not give a group to); set a limit on them,"
                        + " e.g. thresholds: { revoke: 5% }, so that a mass revoke waits for approval");
            }
        });
        NotificationRules notifications = NotificationConfig.parse(root.section("notifications"), targets.keySet());
        return new RosterConfig(file, vault, retention, exclude, source, sourceThresholds, mapping, aggregation, targets,
                new dev.roster.plan.Thresholds(limits), withoutDisable, policy, notifications, secrets, digest(yaml));
    }

    /**
     * Aggregation of several HR records of one natural person: on by default with the default key
     * (initials, birth name and prefix, date of birth, gender); {@code enabled: false} turns it off,
     * {@code key: [...]} names other source fields, {@code customField: NAME} keys on one custom
     * field; {@code onConflict: keepApart | merge}.
     */
    private static Optional<AggregationRules> aggregation(Section a) {
        if (!Boolean.parseBoolean(a.string("enabled", "true"))) {
            return Optional.empty();
        }
        ConflictPolicy onConflict = ConflictPolicy.parse(a.at("onConflict"), a.string("onConflict", "keepApart"));
        if (a.has("customField")) {
            return Optional.of(AggregationRules.byCustomField(a.required("customField"), onConflict));
        }
        List<String> key = a.has("key") ? a.strings("key") : AggregationRules.DEFAULT_KEY;
        if (key.isEmpty()) {
            throw a.error("key", "must name at least one source field");
        }
        return Optional.of(new AggregationRules(key, onConflict));
    }

    private static int number(Section s, String key, int fallback) {
        String v = s.string(key, String.valueOf(fallback));
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw s.error(key, "must be a whole number of at least 1, not '" + v + "'");
        }
    }

    /** A target's thresholds: a limit per kind of action, "50" or "5%" of the accounts it manages. */
    private static Map<String, Limit> targetLimits(Section t) {
        Map<String, Limit> out = new LinkedHashMap<>();
        for (String verb : t.raw().keySet()) {
            if (!dev.roster.plan.Thresholds.VERBS.contains(verb)) {
                throw t.error(verb, "is not a kind of action; the kinds are " + new java.util.TreeSet<>(dev.roster.plan.Thresholds.VERBS));
            }
            out.put(verb, Limit.parse(t.at(verb), t.required(verb)));
        }
        return out;
    }

    private static Map<String, Object> without(Map<String, Object> settings, Set<String> keys) {
        Map<String, Object> copy = new LinkedHashMap<>(settings);
        copy.keySet().removeAll(keys);
        return copy;
    }
}

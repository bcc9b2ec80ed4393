package dev.roster.mapping;

import dev.roster.model.ConfigException;
import dev.roster.model.PrimaryContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code mapping:} YAML tree into a {@link MappingConfig}; every error names its path. */
final class MappingConfigReader {

    static final Set<String> KEYS = Set.of("person", "contract", "custom", "required",
            "primaryContract", "managerFromDepartment", "displayName", "sortName", "keepSourceFields");
    private static final Set<String> KINDS = Set.of("direct", "fixed", "expression");

    private final String where;

    MappingConfigReader(String where) {
        this.where = where;
    }

    MappingConfig read(Map<String, Object> section) {
        for (String key : section.keySet()) {
            if (!KEYS.contains(key)) {
                throw error(key, "is not a mapping setting; the settings are " + sorted(KEYS));
            }
        }
        MappingConfig d = MappingConfig.defaults();
        Map<String, FieldRule> person = new LinkedHashMap<>(d.person());
        person.putAll(rules("person", map(section, "person", ""), FieldMap.PERSON_FIELDS, false));
        Map<String, FieldRule> contract = new LinkedHashMap<>(d.contract());
        contract.putAll(rules("contract", map(section, "contract", ""), FieldMap.CONTRACT_FIELDS, true));
        Map<String, Object> custom = map(section, "custom", "");
        for (String key : custom.keySet()) {
            if (!key.equals("person") && !key.equals("contract")) {
                throw error("custom." + key, "must be person or contract");
            }
        }
        Map<String, FieldRule> customPerson = rules("custom.person", map(custom, "person", "custom."),
                null, false);
        Map<String, FieldRule> customContract = rules("custom.contract",
                map(custom, "contract", "custom."), null, true);
        checkNames("custom.person", customPerson, FieldMap.PERSON_FIELDS);
        checkNames("custom.contract", customContract, FieldMap.CONTRACT_FIELDS);
        List<String> required = section.containsKey("required")
                ? required(strings(section.get("required"), "required"), customPerson, customContract)
                : d.required();
        PrimaryContract primary = section.containsKey("primaryContract")
                ? PrimaryContract.parse(where + ".primaryContract",
                        strings(section.get("primaryContract"), "primaryContract"))
                : d.primaryContract();
        ManagerResolver.Mode manager = section.containsKey("managerFromDepartment")
                ? ManagerResolver.Mode.parse(where + ".managerFromDepartment",
                        String.valueOf(section.get("managerFromDepartment")))
                : d.managerFromDepartment();
        NameFormat display = section.containsKey("displayName")
                ? NameFormat.parse(where + ".displayName", scalar(section, "displayName")) : d.displayName();
        NameFormat sort = section.containsKey("sortName")
                ? NameFormat.parse(where + ".sortName", scalar(section, "sortName")) : d.sortName();
        KeepSourceFields keep = section.containsKey("keepSourceFields")
                ? KeepSourceFields.parse(where + ".keepSourceFields", section.get("keepSourceFields"))
                : d.keepSourceFields();
        return new MappingConfig(person, contract, customPerson, customContract, required, primary,
                manager, display, sort, keep, Set.of());
    }

    /** The rules of one section; {@code known} null allows any (non-blank) field name. */
    private Map<String, FieldRule> rules(String path, Map<String, Object> entries, Set<String> known,
            boolean contractScope) {
        Map<String, FieldRule> rules = new LinkedHashMap<>();
        entries.forEach((field, value) -> {
            String at = path + "." + field;
            if (known != null && !known.contains(field)) {
                throw error(at, "unknown field; the fields are " + sorted(known));
            }
            if (field.isBlank()) {
                throw error(at, "a custom field needs a name");
            }
            rules.put(field, rule(at, value, contractScope));
        });
        return rules;
    }

    private FieldRule rule(String at, Object value, boolean contractScope) {
        if (value instanceof String source) {
            if (source.isBlank()) {
                throw error(at, "must name a source field");
            }
            return new FieldRule.Direct(source.strip());
        }
        if (!(value instanceof Map<?, ?> m) || m.size() != 1 || !KINDS.contains(String.valueOf(
                m.keySet().iterator().next()))) {
            throw error(at, "must be a source field name, or one of {direct: FIELD}, {fixed: VALUE}, "
                    + "{expression: JEXL}");
        }
        String kind = String.valueOf(m.keySet().iterator().next());
        Object v = m.values().iterator().next();
        if (v instanceof Map || v instanceof List) {
            throw error(at + "." + kind, "must be a single value");
        }
        String text = v == null ? "" : v.toString();
        return switch (kind) {
            case "direct" -> rule(at, text, contractScope);
            case "fixed" -> new FieldRule.Fixed(text);
            default -> {
                if (text.isBlank()) {
                    throw error(at + ".expression", "must not be empty");
                }
                yield new FieldRule.Expression(text,
                        Expressions.compile(where + "." + at + ".expression", text, contractScope));
            }
        };
    }

    private void checkNames(String path, Map<String, FieldRule> custom, Set<String> standard) {
        for (String name : custom.keySet()) {
            if (standard.contains(name)) {
                throw error(path + "." + name, "is a standard field; map it under "
                        + path.substring("custom.".length()) + " instead");
            }
        }
    }

    private List<String> required(List<String> names, Map<String, FieldRule> customPerson,
            Map<String, FieldRule> customContract) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean known = name.startsWith("contract.")
                    ? FieldMap.CONTRACT_FIELDS.contains(name.substring(9))
                            || customContract.containsKey(name.substring(9))
                    : FieldMap.PERSON_FIELDS.contains(name) || customPerson.containsKey(name);
            if (!known) {
                throw error("required[" + i + "]", "'" + name + "' is not a person field, a custom "
                        + "person field, or contract.<field> of a contract or custom contract field");
            }
        }
        return names;
    }

    private List<String> strings(Object value, String path) {
        if (!(value instanceof List<?> list)) {
            throw error(path, "must be a list");
        }
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object v = list.get(i);
            if (v == null || v instanceof Map || v instanceof List || v.toString().isBlank()) {
                throw error(path + "[" + i + "]", "must be a single, non-empty value");
            }
            out.add(v.toString().strip());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Map<String, Object> parent, String key, String pathPrefix) {
        Object v = parent.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map)) {
            throw error(pathPrefix + key, "must be a mapping of fields");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        ((Map<Object, Object>) v).forEach((k, value) -> m.put(String.valueOf(k), value));
        return m;
    }

    private String scalar(Map<String, Object> section, String key) {
        Object v = section.get(key);
        if (v == null || v instanceof Map || v instanceof List) {
            throw error(key, "must be a single value");
        }
        return v.toString();
    }

    private ConfigException error(String path, String problem) {
        return new ConfigException(where + "." + path + ": " + problem);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}

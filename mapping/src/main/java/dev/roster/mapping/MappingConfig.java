package dev.roster.mapping;

import dev.roster.model.PrimaryContract;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole {@code mapping:} configuration: how each person, contract and custom field is filled,
 * which fields are required, how the primary contract and its manager are found, how names are
 * written, and which raw source fields are kept. Built by {@link #parse} (or {@link #defaults()});
 * {@link PersonMapper} applies it. Immutable and thread-safe.
 *
 * @param person            person field ({@link FieldMap#PERSON_FIELDS}) to its rule
 * @param contract          contract field ({@link FieldMap#CONTRACT_FIELDS}) to its rule
 * @param customPerson      custom person field name to its rule; the value goes to {@code Person.fields}
 * @param customContract    custom contract field name to its rule; the value goes to {@code Contract.fields}
 * @param required          fields that must not be empty: person field or custom names, and
 *                          {@code contract.<name>} for contract field or custom names
 * @param primaryContract   how the primary contract is chosen
 * @param managerFromDepartment when a primary contract takes its department's manager
 * @param displayName       the format of the person field {@value PersonMapper#DISPLAY_NAME}
 * @param sortName          the format of the person field {@value PersonMapper#SORT_NAME}
 * @param keepSourceFields  which raw source fields persons and contracts keep
 * @param extraSourceFields source fields to keep because something outside the mapping (a rule,
 *                          the aggregation key) reads them
 */
public record MappingConfig(
        Map<String, FieldRule> person,
        Map<String, FieldRule> contract,
        Map<String, FieldRule> customPerson,
        Map<String, FieldRule> customContract,
        List<String> required,
        PrimaryContract primaryContract,
        ManagerResolver.Mode managerFromDepartment,
        NameFormat displayName,
        NameFormat sortName,
        KeepSourceFields keepSourceFields,
        Set<String> extraSourceFields) {

    /** Required unless configured otherwise: the own family name and each contract's start. */
    public static final List<String> DEFAULT_REQUIRED = List.of("birthName", "contract.start");

    public MappingConfig {
        person = Map.copyOf(person);
        contract = Map.copyOf(contract);
        customPerson = Map.copyOf(customPerson);
        customContract = Map.copyOf(customContract);
        required = List.copyOf(required);
        extraSourceFields = Set.copyOf(extraSourceFields);
    }

    /** The Visma.net HRM defaults: what an empty {@code mapping:} section gives. */
    public static MappingConfig defaults() {
        return of(FieldMap.visma());
    }

    /** The direct mappings of {@code fields} with every other setting at its default. */
    public static MappingConfig of(FieldMap fields) {
        return new MappingConfig(direct(fields.person()), direct(fields.contract()), Map.of(), Map.of(),
                DEFAULT_REQUIRED, PrimaryContract.DEFAULT, ManagerResolver.Mode.NEVER,
                NameFormat.DISPLAY, NameFormat.SORT, KeepSourceFields.USED, Set.of());
    }

    /**
     * Reads the {@code mapping:} section, a YAML tree of maps, lists and scalars (as Jackson gives
     * it); absent settings keep the Visma defaults, so an empty or null section maps Visma.
     *
     * @param where the file and section for messages, e.g. {@code roster.yaml: mapping}
     * @throws dev.roster.model.ConfigException naming {@code where.<path>} for the first problem,
     *         such as {@code roster.yaml: mapping.person.given.expression: ...}
     */
    public static MappingConfig parse(String where, Map<String, Object> section) {
        return new MappingConfigReader(where).read(section == null ? Map.of() : section);
    }

    /**
     * The raw source fields some mapping, custom field, primary-contract criterion or extra name
     * uses, sorted. With {@link KeepSourceFields#USED} these (and {@code udf.*}) are the ones kept.
     */
    public Set<String> usedSourceFields() {
        Set<String> used = new TreeSet<>(extraSourceFields);
        for (Map<String, FieldRule> rules : List.of(person, contract, customPerson, customContract)) {
            rules.values().forEach(r -> r.addSources(used));
        }
        for (String criterion : primaryContract.criteria()) {
            if (criterion.startsWith("field:")) {
                String field = criterion.substring("field:".length()).strip().split(" ")[0];
                if (!customContract.containsKey(field)) {
                    used.add(field);
                }
            }
        }
        return used;
    }

    /** This configuration also keeping the source fields {@code names} (those the rules read). */
    public MappingConfig withSourceFields(Collection<String> names) {
        Set<String> extra = new LinkedHashSet<>(extraSourceFields);
        extra.addAll(names);
        return new MappingConfig(person, contract, customPerson, customContract, required,
                primaryContract, managerFromDepartment, displayName, sortName, keepSourceFields, extra);
    }

    private static Map<String, FieldRule> direct(Map<String, String> sources) {
        Map<String, FieldRule> rules = new LinkedHashMap<>();
        sources.forEach((field, source) -> rules.put(field, new FieldRule.Direct(source)));
        return rules;
    }
}

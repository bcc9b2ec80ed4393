package dev.roster.mapping;

import dev.roster.model.ConfigException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which source field feeds each person or contract field: a direct mapping by name. The defaults
 * are those of the Visma.net HRM export; configuration overrides single entries. A contract's
 * {@code employer} falls back to the person's when the contract does not map it.
 * {@link MappingConfig} is the full configuration (fixed values, expressions, custom fields);
 * this is its direct-only subset.
 *
 * @param person   person field name to source field name
 * @param contract contract field name to source field name
 */
public record FieldMap(Map<String, String> person, Map<String, String> contract) {

    /** The person fields a mapping can fill. */
    public static final Set<String> PERSON_FIELDS = Set.of("given", "nickname", "initials",
            "birthNamePrefix", "birthName", "partnerNamePrefix", "partnerName", "convention",
            "email", "birthDate", "gender", "employer");

    /** The contract fields a mapping can fill. */
    public static final Set<String> CONTRACT_FIELDS = Set.of("start", "end", "departmentId",
            "departmentName", "title", "managerId", "costCenter", "location", "hours", "employer");

    public FieldMap {
        person = Map.copyOf(person);
        contract = Map.copyOf(contract);
    }

    /** The mapping of the Visma.net HRM export columns and the connector's derived fields. */
    public static FieldMap visma() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("given", "firstname");
        p.put("nickname", "nickname");
        p.put("initials", "initials");
        p.put("birthNamePrefix", "prefixbirthname");
        p.put("birthName", "birthname");
        p.put("partnerNamePrefix", "prefixpartnername");
        p.put("partnerName", "partnername");
        p.put("convention", "nameusage");
        p.put("email", "businessemailaddress");
        p.put("birthDate", "dateofbirth");
        p.put("gender", "gender");
        p.put("employer", "companyname");
        Map<String, String> c = new LinkedHashMap<>();
        c.put("start", "startdate");
        c.put("end", "enddate");
        c.put("departmentId", "orgunit");
        c.put("departmentName", "orgunit.name");
        c.put("title", "functionname");
        c.put("managerId", "manager.employeeid");
        c.put("costCenter", "costcenter.code");
        c.put("location", "udf.Locatie");
        c.put("hours", "weekhoursfixed");
        return new FieldMap(p, c);
    }

    /**
     * These defaults with the entries of {@code overrides} replacing theirs.
     *
     * @param where the configuration path of the overrides, for messages
     * @throws ConfigException naming the entry when it names an unknown field
     */
    public FieldMap with(String where, Map<String, String> personOverrides,
            Map<String, String> contractOverrides) {
        return new FieldMap(merge(where + ".person", person, personOverrides, PERSON_FIELDS),
                merge(where + ".contract", contract, contractOverrides, CONTRACT_FIELDS));
    }

    private static Map<String, String> merge(String where, Map<String, String> base,
            Map<String, String> overrides, Set<String> known) {
        Map<String, String> merged = new LinkedHashMap<>(base);
        overrides.forEach((field, source) -> {
            if (!known.contains(field)) {
                throw new ConfigException(where + "." + field + ": unknown field; known fields are "
                        + known.stream().sorted().toList());
            }
            merged.put(field, source);
        });
        return merged;
    }
}

package dev.roster.policy;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.Department;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the persons and departments of a rule-test fixture from the maps Jackson gives for YAML. */
final class Fixtures {

    private static final Set<String> PERSON_KEYS = Set.of("id", "name", "email", "gender", "fields", "contracts");
    private static final Set<String> NAME_KEYS = Set.of("given", "nickname", "initials", "birthNamePrefix",
            "birthName", "partnerNamePrefix", "partnerName", "convention");
    private static final Set<String> CONTRACT_KEYS = Set.of("id", "start", "end", "department", "departmentId",
            "departmentName", "title", "managerId", "costCenter", "location", "employer", "hours", "fields");

    private Fixtures() {
    }

    static List<Person> persons(String where, Object node) {
        List<?> items = Nodes.list(where, node);
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(person(Nodes.at(where, i), Nodes.map(Nodes.at(where, i), items.get(i))));
        }
        return out;
    }

    static List<Department> departments(String where, Object node) {
        List<?> items = Nodes.list(where, node);
        List<Department> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Nodes.at(where, i);
            Map<String, Object> d = Nodes.map(at, items.get(i));
            Nodes.onlyKeys(at, d, Set.of("id", "name", "parent", "manager"));
            out.add(new Department(Nodes.required(at, d, "id"), Nodes.string(at, d, "name", ""),
                    Nodes.string(at, d, "parent", ""), Nodes.string(at, d, "manager", "")));
        }
        return out;
    }

    static LocalDate date(String where, Object node) {
        String v = Nodes.scalar(where, node);
        if (v == null) {
            throw Nodes.error(where, "is required");
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw Nodes.error(where, "'" + v + "' is not a date like 2026-03-01");
        }
    }

    private static Person person(String where, Map<String, Object> map) {
        Nodes.onlyKeys(where, map, PERSON_KEYS);
        String id = Nodes.required(where, map, "id");
        String nameAt = Nodes.at(where, "name");
        Map<String, Object> n = Nodes.map(nameAt, map.get("name"));
        Nodes.onlyKeys(nameAt, n, NAME_KEYS);
        NamingConvention convention;
        try {
            convention = NamingConvention.valueOf(Nodes.string(nameAt, n, "convention", "B"));
        } catch (IllegalArgumentException e) {
            throw Nodes.error(Nodes.at(nameAt, "convention"), "must be B, P, BP or PB");
        }
        PersonName name = new PersonName(Nodes.string(nameAt, n, "given", ""), Nodes.string(nameAt, n, "nickname", ""),
                Nodes.string(nameAt, n, "initials", ""), Nodes.string(nameAt, n, "birthNamePrefix", ""),
                Nodes.string(nameAt, n, "birthName", ""), Nodes.string(nameAt, n, "partnerNamePrefix", ""),
                Nodes.string(nameAt, n, "partnerName", ""), convention);
        List<Contract> contracts = new ArrayList<>();
        String contractsAt = Nodes.at(where, "contracts");
        List<?> items = Nodes.list(contractsAt, map.get("contracts"));
        for (int i = 0; i < items.size(); i++) {
            contracts.add(contract(Nodes.at(contractsAt, i), Nodes.map(Nodes.at(contractsAt, i), items.get(i))));
        }
        return new Person(id, name, Nodes.string(where, map, "email", ""), null, Nodes.string(where, map, "gender", ""),
                strings(Nodes.at(where, "fields"), map.get("fields")), contracts);
    }

    private static Contract contract(String where, Map<String, Object> map) {
        Nodes.onlyKeys(where, map, CONTRACT_KEYS);
        String hours = Nodes.string(where, map, "hours", null);
        BigDecimal h;
        try {
            h = hours == null ? null : new BigDecimal(hours.strip());
        } catch (NumberFormatException e) {
            throw Nodes.error(Nodes.at(where, "hours"), "'" + hours + "' is not a number");
        }
        String department = Nodes.string(where, map, "department", Nodes.string(where, map, "departmentId", ""));
        try {
            return new Contract(Nodes.required(where, map, "id"), date(Nodes.at(where, "start"), map.get("start")),
                    map.get("end") == null ? null : date(Nodes.at(where, "end"), map.get("end")), department,
                    Nodes.string(where, map, "departmentName", ""), Nodes.string(where, map, "title", ""),
                    Nodes.string(where, map, "managerId", ""), Nodes.string(where, map, "costCenter", ""),
                    Nodes.string(where, map, "location", ""), Nodes.string(where, map, "employer", ""), h,
                    strings(Nodes.at(where, "fields"), map.get("fields")));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": " + e.getMessage());
        }
    }

    private static Map<String, String> strings(String where, Object node) {
        Map<String, String> out = new LinkedHashMap<>();
        Nodes.map(where, node).forEach((k, v) -> {
            String s = Nodes.scalar(Nodes.at(where, k), v);
            out.put(k, s == null ? "" : s);
        });
        return out;
    }
}

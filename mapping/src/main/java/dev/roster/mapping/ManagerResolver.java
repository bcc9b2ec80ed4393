package dev.roster.mapping;

import dev.roster.model.ConfigException;
import dev.roster.model.Contract;
import dev.roster.model.Department;
import dev.roster.model.Person;
import dev.roster.model.PrimaryContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The manager of a person follows from their primary contract; this fills that contract's manager
 * from its department when configured. A department without a usable manager (none, or the person
 * themselves) passes the question to its parent, up to the root. Nobody is ever made their own
 * manager: a primary contract naming the person themselves is treated as naming nobody. Pure and
 * thread-safe.
 */
public final class ManagerResolver {

    /** When a primary contract takes its department's manager. */
    public enum Mode {
        /** Never: the contract's own manager stays (the default). */
        NEVER("never"),
        /** Only when the contract names no manager. */
        WHEN_MISSING("whenMissing"),
        /** Always, when the department tree gives one; otherwise the contract's own manager stays. */
        ALWAYS("always");

        private final String setting;

        Mode(String setting) {
            this.setting = setting;
        }

        /** As written in the configuration. */
        public String setting() {
            return setting;
        }

        /** @throws ConfigException naming {@code where} unless never, whenMissing or always */
        public static Mode parse(String where, String value) {
            for (Mode m : values()) {
                if (m.setting.equals(value)) {
                    return m;
                }
            }
            throw new ConfigException(where + ": must be never, whenMissing or always, got '" + value + "'");
        }
    }

    private final Mode mode;
    private final PrimaryContract primary;

    public ManagerResolver(Mode mode, PrimaryContract primary) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.primary = Objects.requireNonNull(primary, "primary");
    }

    /** The resolver {@code config} describes. */
    public static ManagerResolver of(MappingConfig config) {
        return new ManagerResolver(config.managerFromDepartment(), config.primaryContract());
    }

    /**
     * {@code persons} with each primary contract's manager resolved as of {@code asOf}, in the same
     * order; a person whose manager does not change is returned as is.
     */
    public List<Person> resolve(List<Person> persons, List<Department> departments, LocalDate asOf) {
        UnaryOperator<Person> resolver = resolver(departments, asOf);
        List<Person> out = new ArrayList<>(persons.size());
        for (Person p : persons) {
            out.add(resolver.apply(p));
        }
        return out;
    }

    /** As {@link #resolve(List, List, LocalDate)}, one person at a time; thread-safe. */
    public UnaryOperator<Person> resolver(List<Department> departments, LocalDate asOf) {
        Map<String, Department> byId = new HashMap<>();
        departments.forEach(d -> byId.put(d.id(), d));
        return p -> resolve(p, byId, asOf);
    }

    /** The manager's person id of {@code person}: their primary contract's manager, or empty. */
    public String managerOf(Person person, LocalDate asOf) {
        return primary.choose(person.contracts(), asOf).map(Contract::managerId).orElse("");
    }

    private Person resolve(Person person, Map<String, Department> departments, LocalDate asOf) {
        Optional<Contract> chosen = primary.choose(person.contracts(), asOf);
        if (chosen.isEmpty()) {
            return person;
        }
        Contract c = chosen.get();
        Set<String> self = ids(person);
        String manager = self.contains(c.managerId()) ? "" : c.managerId();
        if (mode == Mode.ALWAYS || mode == Mode.WHEN_MISSING && manager.isEmpty()) {
            String fromDepartment = departmentManager(c.departmentId(), departments, self);
            manager = fromDepartment.isEmpty() ? manager : fromDepartment;
        }
        if (manager.equals(c.managerId())) {
            return person;
        }
        List<Contract> contracts = new ArrayList<>(person.contracts());
        contracts.set(contracts.indexOf(c), new Contract(c.id(), c.start(), c.end(), c.departmentId(),
                c.departmentName(), c.title(), manager, c.costCenter(), c.location(), c.employer(),
                c.hours(), c.fields()));
        return new Person(person.id(), person.name(), person.email(), person.birthDate(),
                person.gender(), person.fields(), contracts);
    }

    private static String departmentManager(String departmentId, Map<String, Department> departments,
            Set<String> self) {
        Set<String> seen = new HashSet<>();
        Department d = departments.get(departmentId);
        while (d != null && seen.add(d.id())) {
            if (!d.managerId().isEmpty() && !self.contains(d.managerId())) {
                return d.managerId();
            }
            d = d.parentId().isEmpty() ? null : departments.get(d.parentId());
        }
        return "";
    }

    /** The person's id and, for an aggregated person, the ids of all its records. */
    private static Set<String> ids(Person person) {
        Set<String> ids = new HashSet<>();
        ids.add(person.id());
        String records = person.fields().getOrDefault(Aggregator.RECORDS_FIELD, "");
        for (String id : records.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }
}

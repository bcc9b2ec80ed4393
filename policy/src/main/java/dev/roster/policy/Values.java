package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The values templates and conditions can name, for one person and, where it applies, one of their
 * contracts: {@code person.id}, {@code person.callName}, ..., {@code person.field.NAME} (a source
 * or custom field), {@code contract.departmentId}, ..., {@code contract.hours},
 * {@code contract.field.NAME}. An absent value is the empty string; a contract value without a
 * contract is the empty string. Paths are resolved once, at load, into an {@link Accessor}.
 */
public final class Values {

    /** Reads one value of a person and (possibly null) contract; never returns null. */
    @FunctionalInterface
    interface Accessor {
        String get(Person person, Contract contract);
    }

    private static final Map<String, Function<Person, String>> PERSON = Map.ofEntries(
            Map.entry("person.id", Person::id),
            Map.entry("person.givenName", p -> p.name().given()),
            Map.entry("person.callName", p -> p.name().callName()),
            Map.entry("person.nickname", p -> p.name().nickname()),
            Map.entry("person.initials", p -> p.name().initials()),
            Map.entry("person.birthName", p -> p.name().birthName()),
            Map.entry("person.birthNamePrefix", p -> p.name().birthNamePrefix()),
            Map.entry("person.familyName", p -> p.name().familyName()),
            Map.entry("person.displayName", p -> p.name().displayName()),
            Map.entry("person.email", Person::email),
            Map.entry("person.gender", Person::gender));

    private static final Map<String, Function<Contract, String>> CONTRACT = Map.ofEntries(
            Map.entry("contract.id", Contract::id),
            Map.entry("contract.departmentId", Contract::departmentId),
            Map.entry("contract.departmentName", Contract::departmentName),
            Map.entry("contract.title", Contract::title),
            Map.entry("contract.managerId", Contract::managerId),
            Map.entry("contract.costCenter", Contract::costCenter),
            Map.entry("contract.location", Contract::location),
            Map.entry("contract.employer", Contract::employer),
            Map.entry("contract.hours", c -> hours(c.hours())),
            Map.entry("contract.start", c -> c.start().toString()),
            Map.entry("contract.end", c -> c.end() == null ? "" : c.end().toString()));

    private final Person person;
    private final Contract contract;
    private final Person manager;
    private final Map<String, String> more;

    /** @param contract the contract in question, or null */
    public Values(Person person, Contract contract) {
        this(person, contract, null, Map.of());
    }

    /**
     * The values of a message about {@code person} (see {@link Template#parse(String, String, java.util.Set)}).
     *
     * @param contract the contract in question, or null
     * @param manager  the person's manager, or null when there is none
     * @param more     further values by name ({@code action.verb}: "disable"); copied
     */
    public Values(Person person, Contract contract, Person manager, Map<String, String> more) {
        this.person = java.util.Objects.requireNonNull(person, "person");
        this.contract = contract;
        this.manager = manager;
        this.more = Map.copyOf(more);
    }

    static boolean isKnown(String path) {
        return accessor(path) != null;
    }

    /** True when {@code path} names a value of the contract rather than of the person. */
    static boolean isContractPath(String path) {
        return path.startsWith("contract.");
    }

    /** The accessor for {@code path}, or null when the path names no value. */
    static Accessor accessor(String path) {
        Function<Person, String> p = PERSON.get(path);
        if (p != null) {
            return (person, contract) -> p.apply(person);
        }
        Function<Contract, String> c = CONTRACT.get(path);
        if (c != null) {
            return (person, contract) -> contract == null ? "" : c.apply(contract);
        }
        if (path.startsWith("person.field.") && path.length() > 13) {
            String name = path.substring(13);
            return (person, contract) -> person.fields().getOrDefault(name, "");
        }
        if (path.startsWith("contract.field.") && path.length() > 15) {
            String name = path.substring(15);
            return (person, contract) -> contract == null ? "" : contract.fields().getOrDefault(name, "");
        }
        return null;
    }

    static String describe() {
        return List.of("person.id", "person.callName", "person.familyName", "person.displayName",
                "person.initials", "person.email", "person.field.NAME", "contract.departmentId",
                "contract.departmentName", "contract.title", "contract.costCenter", "contract.location",
                "contract.employer", "contract.hours", "contract.field.NAME", "...").toString();
    }

    static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }

    Person person() {
        return person;
    }

    Contract contract() {
        return contract;
    }

    /** The person's manager, or null. */
    Person manager() {
        return manager;
    }

    Map<String, String> more() {
        return more;
    }

    /** The value at {@code path}; resolves the path on each call, so meant for tests and tools. */
    String get(String path) {
        Accessor a = accessor(path);
        return a == null ? "" : a.get(person, contract);
    }
}

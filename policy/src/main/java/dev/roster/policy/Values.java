package dev.roster.policy;

import dev.roster.model.Contract;
import dev.roster.model.Person;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The values templates can name, for one person and, where it applies, one of their contracts:
 * {@code person.id}, {@code person.callName}, ..., {@code person.field.NAME} (a source or custom
 * field), {@code contract.departmentId}, ..., {@code contract.field.NAME}. An absent value is the
 * empty string; a contract value without a contract is the empty string.
 */
public final class Values {

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
            Map.entry("contract.start", c -> c.start().toString()),
            Map.entry("contract.end", c -> c.end() == null ? "" : c.end().toString()));

    private final Person person;
    private final Contract contract;

    /** @param contract the contract in question, or null */
    public Values(Person person, Contract contract) {
        this.person = person;
        this.contract = contract;
    }

    static boolean isKnown(String path) {
        return PERSON.containsKey(path) || CONTRACT.containsKey(path)
                || (path.startsWith("person.field.") && path.length() > 13)
                || (path.startsWith("contract.field.") && path.length() > 15);
    }

    static String describe() {
        return List.of("person.id", "person.callName", "person.familyName", "person.displayName",
                "person.initials", "person.email", "person.field.NAME", "contract.departmentId",
                "contract.departmentName", "contract.title", "contract.field.NAME", "...").toString();
    }

    String get(String path) {
        Function<Person, String> p = PERSON.get(path);
        if (p != null) {
            return p.apply(person);
        }
        if (path.startsWith("person.field.")) {
            return person.fields().getOrDefault(path.substring(13), "");
        }
        if (contract == null) {
            return "";
        }
        Function<Contract, String> c = CONTRACT.get(path);
        if (c != null) {
            return c.apply(contract);
        }
        return contract.fields().getOrDefault(path.substring(15), "");
    }
}

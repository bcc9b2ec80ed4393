package dev.roster.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.roster.model.Contract;
import dev.roster.model.Department;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Test data: persons, contracts, departments and YAML, kept short. */
final class People {

    static final DepartmentTree TREE = DepartmentTree.of(List.of(
            new Department("OE-200", "Zorg", "", ""),
            new Department("OE-210", "Verpleging", "OE-200", ""),
            new Department("OE-211", "Verpleging Zuid", "OE-200", ""),
            new Department("OE-212", "Verpleging Noord", "OE-210", ""),
            new Department("OE-300", "Facilitair", "", "")));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private People() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Contract contract(String id, String dept, String title, int hours, String start, String end) {
        return new Contract(id, day(start), end == null ? null : day(end), dept, "Team " + dept, title, "", "",
                "", "", BigDecimal.valueOf(hours), Map.of());
    }

    static Person person(String id, Map<String, String> fields, Contract... contracts) {
        return new Person(id, new PersonName("Zoë", "", "Z.", "van der", "Çelik", "", "", NamingConvention.B),
                "zoe@example.nl", null, "V", fields, List.of(contracts));
    }

    static Person person(String id, Contract... contracts) {
        return person(id, Map.of("udf.Vestiging", "AMF"), contracts);
    }

    /** YAML text to the plain maps and lists Jackson gives. */
    static Object yaml(String text) {
        try {
            return YAML.readValue(text, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Policy policy(String yaml) {
        return Policies.parse("test.yaml", (Map<String, Object>) yaml(yaml));
    }

    /** The policy of src/test/resources/policy.yaml. */
    @SuppressWarnings("unchecked")
    static Policy resourcePolicy() {
        try (InputStream in = People.class.getResourceAsStream("/policy.yaml")) {
            return Policies.parse("policy.yaml", YAML.readValue(in, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

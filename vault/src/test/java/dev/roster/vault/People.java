package dev.roster.vault;

import dev.roster.model.Contract;
import dev.roster.model.Department;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Persons, departments and snapshots for the vault tests. */
final class People {
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

    private People() {
    }

    /** A person with every field filled, two contracts (one open-ended) and non-ASCII text. */
    static Person detailed(String id) {
        PersonName name = new PersonName("Johanna Maria", "Jo", "J.M.", "de", "Vries", "van 't",
                "Hoëvel", NamingConvention.BP);
        Contract ended = new Contract(id + "-1", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31),
                "OE-1", "Financiën", "Controller", "M-1", "CC-10", "Utrecht", "Acme BV",
                new BigDecimal("36.00"), Map.of("fte", "1.0", "grade", "10"));
        Contract open = new Contract(id + "-2", LocalDate.of(2024, 1, 1), null, "OE-2", "IT",
                "Engineer", "", "", "", "", null, Map.of());
        return new Person(id, name, id + "@example.org", LocalDate.of(1980, 2, 29), "F",
                Map.of("badge", "123", "remark", "✓ ünïcode"), List.of(open, ended));
    }

    /** A plain person with one contract; {@code title} tells versions apart. */
    static Person simple(String id, String title) {
        PersonName name = new PersonName("Piet", "", "P.", "", "Jansen", "", "", NamingConvention.B);
        Contract c = new Contract(id + "-1", LocalDate.of(2024, 1, 1), null, "OE-1", "Finance",
                title, "", "", "", "", BigDecimal.TEN, Map.of());
        return new Person(id, name, "", null, "", Map.of(), List.of(c));
    }

    /** {@code n} simple persons P000000, P000001, ... */
    static List<Person> many(int n, String title) {
        List<Person> persons = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            persons.add(simple(String.format("P%06d", i), title));
        }
        return persons;
    }

    static List<Department> departments() {
        return List.of(new Department("OE-1", "Finance", "", "M-1"),
                new Department("OE-2", "IT", "OE-1", ""));
    }

    static Snapshot snapshot(List<Person> persons) {
        return snapshot(persons, departments());
    }

    static Snapshot snapshot(List<Person> persons, List<Department> departments) {
        return new Snapshot("visma", Instant.parse("2025-03-01T06:00:00.123456Z"), AS_OF, persons,
                departments, Map.of("records", persons.size()), List.of("first warning", "second"));
    }
}

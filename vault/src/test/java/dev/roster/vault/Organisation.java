package dev.roster.vault;

import dev.roster.model.Contract;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small organisation imported twice for the diff tests: {@link #before()} and {@link #after()}
 * differ by one kind of change per person (E01 and E14 aside), as the comments say.
 */
final class Organisation {
    static final LocalDate START = LocalDate.of(2022, 1, 1);

    private Organisation() {
    }

    static List<Person> before() {
        List<Person> persons = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            if (i != 11) {
                persons.add(base(id(i)));
            }
        }
        return persons;
    }

    static List<Person> after() {
        List<Person> p = new ArrayList<>();
        p.add(base("E01"));                                                  // unchanged
        p.add(person("E02", name("Vries"), contract("E02-1", "OE-300", "Sales", "Advisor", "M-1"))); // mover
        p.add(person("E03", name("Vries"), contract("E03-1", "OE-210", "Finance", "Controller", "M-1"))); // title
        p.add(person("E04", name("Vries"), contract("E04-1", "OE-210", "Finance", "Advisor", "M-9"))); // manager
        p.add(person("E05", new PersonName("Anna", "", "A.", "de", "Vries", "", "Bakker",
                NamingConvention.BP), base("E05").contracts().get(0)));            // name change
        List<Contract> two = new ArrayList<>(base("E06").contracts());
        two.add(new Contract("E06-2", LocalDate.of(2025, 2, 1), null, "OE-300", "Sales", "Advisor",
                "M-1", "", "", "", BigDecimal.TEN, Map.of()));
        p.add(person("E06", name("Vries"), two.toArray(Contract[]::new)));    // contract added
        Contract c7 = base("E07").contracts().get(0);
        p.add(person("E07", name("Vries"), withEnd(c7, LocalDate.of(2025, 3, 31)))); // contract ended
        Person e8 = base("E08");
        Contract c8 = e8.contracts().get(0);
        p.add(new Person("E08", e8.name(), e8.email(), e8.birthDate(), "", Map.of("badge", "B-2"),
                List.of(new Contract(c8.id(), c8.start(), c8.end(), c8.departmentId(),
                        c8.departmentName(), c8.title(), c8.managerId(), "", "", "",
                        c8.hours(), Map.of("grade", "11")))));               // custom fields
        // E09 left
        Person e10 = base("E10");
        p.add(new Person("E10", e10.name(), "anna.new@example.org", e10.birthDate(), "",
                e10.fields(), e10.contracts()));                             // e-mail only
        p.add(base("E11"));                                                  // joiner
        p.add(new Person("E12", name("Vries"), "e12@example.org", LocalDate.of(1990, 1, 2), "",
                Map.of("badge", "B-1"), List.of()));                         // contract gone, birth date
        Contract c13 = base("E13").contracts().get(0);
        Contract ending = withEnd(c13, LocalDate.of(2025, 6, 30));
        p.add(person("E13", name("Vries"), ending));                         // end moved later
        p.add(person("E14", name("Vries"), contract("E14-1", "OE-210", "Finance & Control",
                "Advisor", "M-1")));                                         // department renamed
        return p;
    }

    private static Person base(String id) {
        if (id.equals("E13")) {
            return person(id, name("Vries"), withEnd(contract(id + "-1", "OE-210", "Finance",
                    "Advisor", "M-1"), LocalDate.of(2025, 3, 31)));
        }
        return person(id, name("Vries"), contract(id + "-1", "OE-210", "Finance", "Advisor", "M-1"));
    }

    private static Person person(String id, PersonName name, Contract... contracts) {
        return new Person(id, name, id.toLowerCase() + "@example.org", LocalDate.of(1990, 1, 1), "",
                Map.of("badge", "B-1"), List.of(contracts));
    }

    private static PersonName name(String family) {
        return new PersonName("Anna", "", "A.", "de", family, "", "", NamingConvention.B);
    }

    private static Contract contract(String id, String dep, String depName, String title,
            String manager) {
        return new Contract(id, START, null, dep, depName, title, manager, "", "", "",
                BigDecimal.TEN, Map.of("grade", "10"));
    }

    private static Contract withEnd(Contract c, LocalDate end) {
        return new Contract(c.id(), c.start(), end, c.departmentId(), c.departmentName(), c.title(),
                c.managerId(), c.costCenter(), c.location(), c.employer(), c.hours(), c.fields());
    }

    private static String id(int i) {
        return String.format("E%02d", i);
    }
}

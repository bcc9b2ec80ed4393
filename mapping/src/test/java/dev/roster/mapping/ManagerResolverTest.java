package dev.roster.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.Contract;
import dev.roster.model.Department;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import dev.roster.model.PrimaryContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagerResolverTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /** Zorggroep (manager 1) > Wijkzorg (manager 20) > Wijkteam Noord (manager 300), Wijkteam Zuid (none). */
    private final List<Department> departments = List.of(
            new Department("OE-1", "Zorggroep", "", "1"),
            new Department("OE-20", "Wijkzorg", "OE-1", "20"),
            new Department("OE-210", "Wijkteam Noord", "OE-20", "300"),
            new Department("OE-220", "Wijkteam Zuid", "OE-20", ""));

    private static Person person(String id, String department, String manager) {
        Contract main = new Contract(id + "-1", LocalDate.of(2020, 1, 1), null, department, "", "", manager,
                "", "", "", new BigDecimal("32"), Map.of());
        Contract side = new Contract(id + "-2", LocalDate.of(2021, 1, 1), null, "OE-1", "", "", "",
                "", "", "", new BigDecimal("4"), Map.of());
        return new Person(id, new PersonName("", "", "", "", "N" + id, "", "", NamingConvention.B), "", null, "",
                Map.of(), List.of(main, side));
    }

    private List<Person> resolve(ManagerResolver.Mode mode, Person... persons) {
        return new ManagerResolver(mode, PrimaryContract.DEFAULT).resolve(List.of(persons), departments, TODAY);
    }

    private static String primaryManager(Person p) {
        return p.contract(p.id() + "-1").orElseThrow().managerId();
    }

    @Test
    void whenMissingThePrimaryContractTakesItsDepartmentsManager() {
        List<Person> out = resolve(ManagerResolver.Mode.WHEN_MISSING,
                person("400", "OE-210", ""), person("401", "OE-210", "77"));

        assertThat(out).extracting(ManagerResolverTest::primaryManager).containsExactly("300", "77");
        assertThat(out.get(0).contract("400-2").orElseThrow().managerId()).as("other contracts untouched").isEmpty();
        assertThat(new ManagerResolver(ManagerResolver.Mode.WHEN_MISSING, PrimaryContract.DEFAULT)
                .managerOf(out.get(0), TODAY)).isEqualTo("300");
    }

    @Test
    void alwaysReplacesTheContractsManagerAndNeverLeavesItAlone() {
        Person p = person("401", "OE-210", "77");

        assertThat(primaryManager(resolve(ManagerResolver.Mode.ALWAYS, p).get(0))).isEqualTo("300");
        assertThat(resolve(ManagerResolver.Mode.NEVER, p).get(0)).isSameAs(p);
    }

    @Test
    void theDepartmentsManagerIsNeverTheirOwnManagerTheParentsIsTakenInstead() {
        List<Person> out = resolve(ManagerResolver.Mode.WHEN_MISSING,
                person("300", "OE-210", ""), person("20", "OE-20", "20"), person("500", "OE-220", ""));

        assertThat(out).extracting(ManagerResolverTest::primaryManager).containsExactly("20", "1", "20");
    }

    @Test
    void aContractNamingThePersonThemselvesNamesNobodyEvenWithoutDepartmentManagers() {
        Person self = person("1", "OE-1", "1");

        assertThat(primaryManager(resolve(ManagerResolver.Mode.NEVER, self).get(0))).isEmpty();
        assertThat(primaryManager(resolve(ManagerResolver.Mode.ALWAYS, self).get(0))).isEmpty();
    }
}

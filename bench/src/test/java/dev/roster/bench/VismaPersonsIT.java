package dev.roster.bench;

import dev.roster.mapping.AggregationResult;
import dev.roster.mapping.AggregationRules;
import dev.roster.mapping.Aggregator;
import dev.roster.mapping.FieldMap;
import dev.roster.mapping.MappingResult;
import dev.roster.mapping.PersonMapper;
import dev.roster.model.Contract;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.Progress;
import dev.roster.model.SourceBatch;
import dev.roster.sim.hr.EmployeeRecord;
import dev.roster.sim.hr.Organisation;
import dev.roster.sim.hr.OrganisationGenerator;
import dev.roster.sim.visma.VismaSimulator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the Visma API to persons: the Visma source over HTTP, then {@link PersonMapper} and
 * {@link Aggregator} with their defaults, on the hand-written fixture and on a generated
 * organisation.
 */
class VismaPersonsIT {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);
    /** The fixture of the Visma source's tests, shared rather than copied. */
    private static final Path FIXTURE = Path.of("..", "sources", "visma", "src", "test", "resources", "fixture");

    private static AggregationResult persons(VismaSimulator.Options options) {
        try (VismaSimulator sim = VismaSimulator.start(options)) {
            SourceBatch batch = ImportBenchmark.source(sim).read(AS_OF, Progress.NONE);
            MappingResult mapped = new PersonMapper(FieldMap.visma()).map(batch.records());
            assertThat(mapped.blocked()).isEmpty();
            return new Aggregator(AggregationRules.defaults()).aggregate(mapped.persons());
        }
    }

    private static Person person(AggregationResult result, String id) {
        return result.persons().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theFixtureGivesFourPersonsFieldByField() {
        AggregationResult result = persons(VismaSimulator.Options.defaults().withEmployees(10)
                .withAsOf(AS_OF).withFixtures(FIXTURE));

        assertThat(result.persons()).extracting(Person::id).containsExactly("100100", "100235", "100300", "100500");
        Person jan = person(result, "100235");
        assertThat(jan.name().displayName()).isEqualTo("Jan de Vries");
        assertThat(jan.name().convention()).isEqualTo(NamingConvention.B);
        assertThat(jan.email()).isEqualTo("jan.devries@zorg.example");
        assertThat(jan.birthDate()).isEqualTo(LocalDate.of(1984, 6, 21));
        assertThat(jan.fields()).containsEntry("aggregation.records", "100235,100234")
                .containsEntry("udf.Vestiging", "AMF");
        assertThat(jan.contracts()).extracting(Contract::id).containsExactly("100234-1-1", "100235-1-1");
        Contract before = jan.contracts().get(0);
        assertThat(before.end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(before.departmentName()).isEqualTo("Wijkteam Noord");
        assertThat(before.title()).isEqualTo("Verpleegkundige");
        assertThat(before.managerId()).isEqualTo("100100");

        Person renee = person(result, "100300");
        assertThat(renee.name().displayName()).isEqualTo("Renée van den Heuvel - Çelik");
        assertThat(renee.name().convention()).isEqualTo(NamingConvention.BP);
        Contract physio = renee.contracts().get(0);
        assertThat(physio.departmentId()).isEqualTo("OE-310");
        assertThat(physio.departmentName()).isEqualTo("Fysiotherapie");
        assertThat(physio.managerId()).as("the manager's user links to his current record").isEqualTo("100235");
        assertThat(physio.costCenter()).isEqualTo("4300");
        assertThat(physio.location()).as("the Locatie period valid today, not the last row").isEqualTo("L-02");
        assertThat(physio.hours()).isEqualByComparingTo(new BigDecimal("28"));
        assertThat(physio.employer()).isEqualTo("Zorggroep Voorbeeld B.V.");

        Person omer = person(result, "100500");
        assertThat(omer.name().displayName()).isEqualTo("Ömer Ærts");
        assertThat(omer.contracts().get(0).managerId()).isEmpty();
        assertThat(result.merged()).hasSize(1);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void everyNaturalPersonWithTwoRecordsOfAGeneratedOrganisationBecomesOnePerson() {
        VismaSimulator.Options options = VismaSimulator.Options.defaults().withEmployees(1500).withAsOf(AS_OF);
        Organisation org = new OrganisationGenerator(options.seed()).generate(1500, AS_OF);
        AggregationResult result = persons(options);

        Set<String> imported = org.employeeIdsWithContractEndingOnOrAfter(AS_OF.minusDays(90));
        Map<String, List<String>> byNaturalPerson = org.employees().stream()
                .filter(e -> imported.contains(e.employeeId()))
                .collect(Collectors.groupingBy(EmployeeRecord::naturalPersonKey,
                        Collectors.mapping(EmployeeRecord::employeeId, Collectors.toList())));
        List<List<String>> pairs = byNaturalPerson.values().stream().filter(ids -> ids.size() == 2).toList();
        assertThat(pairs).hasSizeGreaterThan(10);
        assertThat(result.persons()).hasSize(byNaturalPerson.size());
        for (List<String> pair : pairs) {
            List<Person> holding = result.persons().stream()
                    .filter(p -> p.contracts().stream().anyMatch(c -> c.id().startsWith(pair.get(0) + "-"))
                            || p.contracts().stream().anyMatch(c -> c.id().startsWith(pair.get(1) + "-")))
                    .toList();
            assertThat(holding).as("records %s", pair).singleElement().satisfies(p ->
                    assertThat(p.fields().get("aggregation.records").split(",")).containsExactlyInAnyOrderElementsOf(pair));
        }
        assertThat(result.conflicts()).isEmpty();
    }
}

package dev.roster.bench;

import dev.roster.mapping.AggregationResult;
import dev.roster.mapping.AggregationRules;
import dev.roster.mapping.Aggregator;
import dev.roster.mapping.FieldMap;
import dev.roster.mapping.MappingResult;
import dev.roster.mapping.PersonMapper;
import dev.roster.model.Contract;
import dev.roster.model.Person;
import dev.roster.model.Progress;
import dev.roster.sim.hr.Mutation;
import dev.roster.sim.visma.VismaSimulator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mutation of the simulator's organisation read through the real Visma source, mapped and
 * aggregated with the defaults: each kind of change shows on the person the mutation names, and
 * nobody else changes.
 */
class VismaMutationPersonsIT {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);

    private static Map<String, Person> persons(VismaSimulator sim) {
        MappingResult mapped = new PersonMapper(FieldMap.visma())
                .map(ImportBenchmark.source(sim).read(AS_OF, Progress.NONE).records());
        assertThat(mapped.blocked()).isEmpty();
        AggregationResult result = new Aggregator(AggregationRules.defaults()).aggregate(mapped.persons());
        assertThat(result.conflicts()).isEmpty();
        return result.persons().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    private static Contract contract(Person p, String id) {
        return p.contracts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void joinersLeaversMoversAndNameChangesShowOnThePersonsTheMutationNames() {
        try (VismaSimulator sim = VismaSimulator.start(VismaSimulator.Options.defaults()
                .withEmployees(1000).withAsOf(AS_OF))) {
            Map<String, Person> before = persons(sim);
            Mutation m = sim.mutate(0.04, 21);
            Map<String, Person> after = persons(sim);

            assertThat(after).hasSize(before.size() + m.joiners().size());
            for (Mutation.Joiner j : m.joiners()) {
                assertThat(before).doesNotContainKey(j.employeeId());
                Person p = after.get(j.employeeId());
                assertThat(p.fields()).as("a new natural person").doesNotContainKey(Aggregator.RECORDS_FIELD);
                assertThat(p.activeContracts(AS_OF)).singleElement()
                        .satisfies(c -> assertThat(c.departmentId()).isEqualTo(j.departmentId()));
            }
            for (Mutation.Leaver l : m.leavers()) {
                assertThat(before.get(l.employeeId()).activeContracts(AS_OF)).isNotEmpty();
                Person p = after.get(l.employeeId());
                assertThat(p.activeContracts(AS_OF)).isEmpty();
                assertThat(p.contracts().stream().map(Contract::end).max(LocalDate::compareTo)).hasValue(l.end());
            }
            for (Mutation.Mover mv : m.movers()) {
                assertThat(contract(before.get(mv.employeeId()), mv.contractKey()).departmentId())
                        .isEqualTo(mv.fromDepartmentId());
                assertThat(contract(after.get(mv.employeeId()), mv.contractKey()).departmentId())
                        .isEqualTo(mv.toDepartmentId());
            }
            for (Mutation.NameChange n : m.nameChanges()) {
                String was = before.get(n.employeeId()).name().displayName();
                String is = after.get(n.employeeId()).name().displayName();
                assertThat(is).as(n.reason() + " of " + n.employeeId()).isNotEqualTo(was)
                        .startsWith(n.after().nickname() + " ");
            }

            Set<String> named = m.employeeIds();
            Map<String, Person> untouchedBefore = new HashMap<>(before);
            Map<String, Person> untouchedAfter = new HashMap<>(after);
            untouchedBefore.keySet().removeAll(named);
            untouchedAfter.keySet().removeAll(named);
            assertThat(untouchedAfter).as("everyone the mutation does not name").isEqualTo(untouchedBefore);
        }
    }
}

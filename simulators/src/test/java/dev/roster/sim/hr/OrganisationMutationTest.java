package dev.roster.sim.hr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationMutationTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);
    private final Organisation org = new OrganisationGenerator(42).generate(1000, AS_OF);

    private static Map<HrTable, String> exports(Organisation o) throws IOException {
        Map<HrTable, String> out = new EnumMap<>(HrTable.class);
        for (HrTable table : HrTable.values()) {
            StringWriter w = new StringWriter();
            o.writeCsv(table, w);
            out.put(table, w.toString());
        }
        return out;
    }

    private static Mutation last(Organisation o) {
        return o.mutations().get(o.mutations().size() - 1);
    }

    /** What Roster's default display name "{callName} {familyName}" shows for a record. */
    private static String shown(EmployeeRecord e) {
        return e.nickname() + " " + e.formattedName().substring(e.initials().length() + 1);
    }

    @Test
    void theSameOrganisationSeedAndFractionGiveTheSameMutation() throws IOException {
        Organisation once = org.mutate(0.01, 7);
        Organisation again = new OrganisationGenerator(42).generate(1000, AS_OF).mutate(0.01, 7);

        assertThat(again.mutations()).isEqualTo(once.mutations()).hasSize(1);
        assertThat(exports(again)).isEqualTo(exports(once));
        assertThat(exports(once).get(HrTable.EMPLOYEES)).isNotEqualTo(exports(org).get(HrTable.EMPLOYEES));
        assertThat(exports(once).get(HrTable.CONTRACTS)).isNotEqualTo(exports(org).get(HrTable.CONTRACTS));
    }

    @Test
    void anotherSeedChangesOtherRecordsAndMakesOtherJoiners() throws IOException {
        Organisation seven = org.mutate(0.01, 7);
        Organisation eight = org.mutate(0.01, 8);
        Mutation a = last(seven);
        Mutation b = last(eight);

        Set<String> changedA = new HashSet<>(a.employeeIds());
        Set<String> changedB = new HashSet<>(b.employeeIds());
        a.joiners().forEach(j -> changedA.remove(j.employeeId()));
        b.joiners().forEach(j -> changedB.remove(j.employeeId()));
        assertThat(changedB).isNotEqualTo(changedA);
        assertThat(b.joiners()).extracting(Mutation.Joiner::employeeId)
                .as("joiners take the next free ids whatever the seed")
                .isEqualTo(a.joiners().stream().map(Mutation.Joiner::employeeId).toList());
        assertThat(eight.employee(b.joiners().get(0).employeeId()).orElseThrow())
                .isNotEqualTo(seven.employee(a.joiners().get(0).employeeId()).orElseThrow());
        assertThat(exports(eight).get(HrTable.EMPLOYEES)).isNotEqualTo(exports(seven).get(HrTable.EMPLOYEES));
    }

    @Test
    void theFractionOfTheRecordsIsSplitEvenlyOverTheFourKinds() {
        Organisation after = org.mutate(0.01, 7);
        Mutation one = last(after);
        assertThat(List.of(one.joiners().size(), one.leavers().size(), one.movers().size(),
                one.nameChanges().size())).containsExactly(3, 3, 2, 2);
        assertThat(one.total()).isEqualTo(10);
        assertThat(one.employeeIds()).hasSize(10);
        assertThat(one.records()).isEqualTo(1000);
        assertThat(after.employees()).hasSize(1003);
        assertThat(org.employees()).as("the organisation mutated stays as it was").hasSize(1000);
        assertThat(org.mutations()).isEmpty();

        Mutation four = last(org.mutate(0.04, 7));
        assertThat(List.of(four.joiners().size(), four.leavers().size(), four.movers().size(),
                four.nameChanges().size())).containsExactly(10, 10, 10, 10);
        assertThat(four.employeeIds()).hasSize(40);
        Mutation odd = last(org.mutate(0.0051, 7));
        assertThat(List.of(odd.joiners().size(), odd.leavers().size(), odd.movers().size(),
                odd.nameChanges().size())).containsExactly(2, 1, 1, 1);
        assertThat(last(org.mutate(0, 7)).total()).isZero();
    }

    @Test
    void joinersAreNewPeopleWorkingInACurrentTeamOnTheAsOfDate() {
        Organisation after = org.mutate(0.04, 11);
        Set<String> existingKeys = org.employees().stream().map(Mutator::naturalKey).collect(Collectors.toSet());
        Map<String, OrgUnit> departments = after.departments().stream()
                .collect(Collectors.toMap(OrgUnit::id, u -> u));
        for (Mutation.Joiner j : last(after).joiners()) {
            assertThat(org.employee(j.employeeId())).isEmpty();
            EmployeeRecord e = after.employee(j.employeeId()).orElseThrow();
            assertThat(e.employeeId()).matches("\\d{6}");
            assertThat(e.isManager()).isFalse();
            assertThat(existingKeys).doesNotContain(Mutator.naturalKey(e));
            List<ContractRecord> contracts = after.contractsOf(j.employeeId());
            assertThat(contracts).singleElement().satisfies(c -> {
                assertThat(c.key()).isEqualTo(j.contractKey());
                assertThat(c.start()).isEqualTo(j.start()).isBetween(AS_OF.minusDays(14), AS_OF);
                assertThat(c.activeOn(AS_OF)).isTrue();
                assertThat(c.orgUnitId()).isEqualTo(j.departmentId()).isIn(departments.keySet());
                assertThat(c.managerUserId()).isEqualTo(departments.get(c.orgUnitId()).managerUserId());
            });
            assertThat(after.employeeUdfsOf(j.employeeId())).anyMatch(u -> u.fieldName().equals("Vestiging"));
            assertThat(after.contractUdfsOf(j.employeeId())).anyMatch(u -> u.fieldName().equals("Locatie"));
        }
        assertThat(after.employeeIdsWithContractActiveOn(AS_OF))
                .containsAll(last(after).joiners().stream().map(Mutation.Joiner::employeeId).toList());
    }

    @Test
    void aJoinerWhoseNamesMatchAnExistingNaturalPersonIsRedrawn() {
        // seed 5 draws, for one of these 250 joiners, the initials, birth name, birth date and
        // gender of a record already there: a person Roster would merge instead of adding
        Organisation bigger = new OrganisationGenerator(42).generate(5000, AS_OF);
        Organisation after = bigger.mutate(0.2, 5);
        Map<String, Long> records = after.employees().stream()
                .collect(Collectors.groupingBy(Mutator::naturalKey, Collectors.counting()));
        assertThat(last(after).joiners()).hasSize(250).allSatisfy(j -> assertThat(records)
                .containsEntry(Mutator.naturalKey(after.employee(j.employeeId()).orElseThrow()), 1L));
    }

    @Test
    void onlyTheCurrentRecordOfANaturalPersonLeavesMovesOrIsRenamed() {
        // among 20,000 records some unrelated people share initials, birth name, birth date and
        // gender, and are both employed; a change to either would not show on the merged person
        Organisation bigger = new OrganisationGenerator(42).generate(20_000, AS_OF);
        Map<String, List<EmployeeRecord>> naturals = bigger.employees().stream()
                .collect(Collectors.groupingBy(Mutator::naturalKey));
        assertThat(naturals.values()).as("natural persons with two records still employed")
                .filteredOn(records -> records.stream().filter(e -> unended(bigger, e)).count() > 1)
                .hasSizeGreaterThan(5);
        Mutation m = last(bigger.mutate(0.4, 3));
        Set<String> joiners = m.joiners().stream().map(Mutation.Joiner::employeeId).collect(Collectors.toSet());
        for (String id : m.employeeIds()) {
            if (joiners.contains(id)) {
                continue;
            }
            EmployeeRecord changed = bigger.employee(id).orElseThrow();
            LocalDate latest = latestStart(bigger, changed);
            assertThat(naturals.get(Mutator.naturalKey(changed))).as(id).allSatisfy(e -> {
                if (!e.equals(changed)) {
                    assertThat(unended(bigger, e)).isFalse();
                    assertThat(latestStart(bigger, e)).isBefore(latest);
                }
            });
        }
    }

    private static boolean unended(Organisation o, EmployeeRecord e) {
        return o.contractsOf(e.employeeId()).stream().anyMatch(c -> c.end() == null || !c.end().isBefore(AS_OF));
    }

    private static LocalDate latestStart(Organisation o, EmployeeRecord e) {
        return o.contractsOf(e.employeeId()).stream().map(ContractRecord::start).max(LocalDate::compareTo)
                .orElseThrow();
    }

    @Test
    void leaversStopWorkingOnADayJustBeforeTheAsOfDate() {
        Organisation after = org.mutate(0.04, 11);
        List<Mutation.Leaver> leavers = last(after).leavers();
        assertThat(leavers).isNotEmpty();
        for (Mutation.Leaver l : leavers) {
            assertThat(org.contractsOf(l.employeeId())).anyMatch(c -> c.activeOn(AS_OF));
            assertThat(l.end()).isBetween(AS_OF.minusDays(14), AS_OF.minusDays(1));
            List<ContractRecord> contracts = after.contractsOf(l.employeeId());
            assertThat(contracts).hasSameSizeAs(org.contractsOf(l.employeeId()))
                    .noneMatch(c -> c.activeOn(AS_OF))
                    .allMatch(c -> c.end() != null && !c.end().isAfter(l.end()) && !c.start().isAfter(c.end()));
            assertThat(contracts).filteredOn(c -> l.contractKeys().contains(c.key()))
                    .isNotEmpty().allMatch(c -> c.end().equals(l.end()));
            assertThat(after.employeeUdfsOf(l.employeeId())).isNotEmpty()
                    .allMatch(u -> u.end() != null && !u.end().isAfter(l.end()));
            assertThat(after.contractUdfsOf(l.employeeId())).isNotEmpty()
                    .allMatch(u -> u.end() != null && !u.end().isAfter(l.end()));
            String key = Mutator.naturalKey(after.employee(l.employeeId()).orElseThrow());
            assertThat(after.employees()).filteredOn(e -> Mutator.naturalKey(e).equals(key))
                    .as("no other record of the natural person keeps working")
                    .allMatch(e -> after.contractsOf(e.employeeId()).stream().noneMatch(c -> c.activeOn(AS_OF)));
        }
    }

    @Test
    void moversWorkInAnotherCurrentTeamUnderItsManager() {
        Organisation after = org.mutate(0.04, 11);
        Map<String, OrgUnit> departments = after.departments().stream()
                .collect(Collectors.toMap(OrgUnit::id, u -> u));
        List<Mutation.Mover> movers = last(after).movers();
        assertThat(movers).hasSize(10);
        for (Mutation.Mover m : movers) {
            ContractRecord before = org.contractsOf(m.employeeId()).stream()
                    .filter(c -> c.key().equals(m.contractKey())).findFirst().orElseThrow();
            ContractRecord moved = after.contractsOf(m.employeeId()).stream()
                    .filter(c -> c.key().equals(m.contractKey())).findFirst().orElseThrow();
            assertThat(before.orgUnitId()).isEqualTo(m.fromDepartmentId());
            assertThat(moved.orgUnitId()).isEqualTo(m.toDepartmentId()).isNotEqualTo(m.fromDepartmentId())
                    .isIn(departments.keySet());
            OrgUnit unit = departments.get(moved.orgUnitId());
            assertThat(moved.orgUnitName()).isEqualTo(unit.name());
            assertThat(moved.costCenterName()).isEqualTo(unit.costCenterName());
            assertThat(moved.activeOn(AS_OF)).isTrue();
            assertThat(List.of(moved.start(), String.valueOf(moved.end()), moved.functionId(), moved.weekHours()))
                    .isEqualTo(List.of(before.start(), String.valueOf(before.end()), before.functionId(),
                            before.weekHours()));
            assertThat(after.contractsOf(m.employeeId()).stream().filter(c -> c != moved && c.activeOn(AS_OF)))
                    .as("the new team is none the record already works in")
                    .noneMatch(c -> c.orgUnitId().equals(m.toDepartmentId()));
        }
    }

    @Test
    void nameChangesKeepTheNaturalPersonAndChangeTheNameShown() {
        Organisation after = org.mutate(0.2, 5);
        List<Mutation.NameChange> changes = last(after).nameChanges();
        assertThat(changes).hasSize(50).extracting(Mutation.NameChange::reason)
                .contains(Mutation.NameChange.Reason.values());
        for (Mutation.NameChange n : changes) {
            EmployeeRecord before = org.employee(n.employeeId()).orElseThrow();
            EmployeeRecord now = after.employee(n.employeeId()).orElseThrow();
            assertThat(n.before()).isEqualTo(before);
            assertThat(n.after()).isEqualTo(now);
            assertThat(Mutator.naturalKey(now)).isEqualTo(Mutator.naturalKey(before));
            assertThat(shown(now)).as(n.reason() + " of " + n.employeeId()).isNotEqualTo(shown(before));
            assertThat(now.businessEmail()).isEqualTo(before.businessEmail());
            switch (n.reason()) {
                case MARRIAGE -> assertThat(now.partnerName()).isNotEmpty().isNotEqualTo(before.partnerName());
                case DIVORCE -> assertThat(now.partnerName()).isEmpty();
                case CONVENTION -> assertThat(now.nameUsage()).isNotEqualTo(before.nameUsage());
                case CALL_NAME -> assertThat(now.firstName()).startsWith(now.nickname());
            }
            assertThat(now.formattedName()).startsWith(now.initials() + " ");
            if (now.nameUsage() != NameUsage.PARTNER) {
                assertThat(now.formattedName()).contains(Names.full(now.prefixBirthName(), now.birthName()));
            }
            if (now.nameUsage() != NameUsage.EIGEN) {
                assertThat(now.formattedName()).contains(Names.full(now.prefixPartnerName(), now.partnerName()));
            }
        }
    }

    @Test
    void recordsOutsideTheMutationAndTheSmallTablesStayAsTheyWere() {
        Organisation after = org.mutate(0.04, 11);
        Set<String> changed = last(after).employeeIds();
        for (EmployeeRecord e : org.employees()) {
            if (!changed.contains(e.employeeId())) {
                String id = e.employeeId();
                assertThat(after.employee(id)).hasValue(e);
                assertThat(after.contractsOf(id)).isEqualTo(org.contractsOf(id));
                assertThat(after.employeeUdfsOf(id)).isEqualTo(org.employeeUdfsOf(id));
                assertThat(after.contractUdfsOf(id)).isEqualTo(org.contractUdfsOf(id));
            }
        }
        assertThat(after.orgUnits()).isEqualTo(org.orgUnits());
        assertThat(after.users()).isEqualTo(org.users());
        assertThat(after.costCenters()).isEqualTo(org.costCenters());
        Set<String> managers = org.employees().stream().filter(EmployeeRecord::isManager)
                .map(EmployeeRecord::employeeId).collect(Collectors.toSet());
        assertThat(changed).doesNotContainAnyElementsOf(managers);
    }

    @Test
    void everyMutatedOrganisationIsValid() {
        Organisation after = org.mutate(0.3, 1).mutate(0.1, 2).mutate(0.01, 3);
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> departments = after.departments().stream().map(OrgUnit::id).collect(Collectors.toSet());
        Set<String> users = after.users().stream().map(UserAccount::userId).collect(Collectors.toSet());
        for (EmployeeRecord e : after.employees()) {
            assertThat(ids.add(e.employeeId())).as("unique id " + e.employeeId()).isTrue();
            assertThat(e.employeeId()).matches("\\d{6}");
            List<ContractRecord> contracts = after.contractsOf(e.employeeId());
            assertThat(contracts).as(e.employeeId()).isNotEmpty();
            for (ContractRecord c : contracts) {
                assertThat(keys.add(c.key())).as("unique contract " + c.key()).isTrue();
                assertThat(c.end() == null || !c.end().isBefore(c.start())).as(c.key()).isTrue();
                if (c.end() == null || !c.end().isBefore(AS_OF)) {
                    assertThat(c.orgUnitId()).as(c.key()).isIn(departments);
                }
                if (!e.isManager()) {
                    assertThat(c.managerUserId()).as(c.key()).isIn(users);
                }
                assertThat(after.contractUdfsOf(e.employeeId())).as(c.key())
                        .anyMatch(u -> u.fieldName().equals("Locatie") && u.contractId().equals(c.contractId())
                                && u.subcontractId().equals(c.subcontractId()));
            }
            assertThat(after.employeeUdfsOf(e.employeeId()).stream().map(UdfRecord::fieldName))
                    .contains("Vestiging");
            for (UdfRecord u : after.employeeUdfsOf(e.employeeId())) {
                assertThat(u.start() == null || u.end() == null || !u.end().isBefore(u.start())).isTrue();
            }
            for (UdfRecord u : after.contractUdfsOf(e.employeeId())) {
                assertThat(u.start() == null || u.end() == null || !u.end().isBefore(u.start())).isTrue();
            }
        }
        assertThat(after.mutations()).hasSize(3);
    }

    @Test
    void aSecondMutationBuildsOnTheFirst() throws IOException {
        Organisation first = org.mutate(0.02, 7);
        Organisation second = first.mutate(0.02, 7);
        Mutation a = first.mutations().get(0);
        Mutation b = last(second);

        assertThat(second.mutations()).hasSize(2).first().isEqualTo(a);
        assertThat(b.records()).isEqualTo(1005);
        assertThat(second.employees()).hasSize(1010);
        assertThat(b.joiners()).extracting(j -> j.start() + " " + j.departmentId())
                .as("the same seed on top of a mutation draws afresh")
                .isNotEqualTo(a.joiners().stream().map(j -> j.start() + " " + j.departmentId()).toList());
        assertThat(b.joiners()).extracting(Mutation.Joiner::employeeId)
                .doesNotContainAnyElementsOf(a.employeeIds());
        for (Mutation.Joiner j : a.joiners()) {
            assertThat(second.employee(j.employeeId())).isPresent();
        }
        for (Mutation.Leaver l : a.leavers()) {
            assertThat(second.contractsOf(l.employeeId())).noneMatch(c -> c.activeOn(AS_OF));
            assertThat(b.employeeIds()).as("a leaver has no running contract left to change")
                    .doesNotContain(l.employeeId());
        }
        for (Mutation.NameChange n : a.nameChanges()) {
            if (!b.employeeIds().contains(n.employeeId())) {
                assertThat(second.employee(n.employeeId())).hasValue(n.after());
            }
        }
        assertThat(exports(org.mutate(0.02, 7).mutate(0.02, 7))).isEqualTo(exports(second));
    }

    @Test
    void aFractionOutOfRangeOrTooLargeForTheRecordsIsRefused() {
        assertThatThrownBy(() -> org.mutate(-0.01, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.01");
        assertThatThrownBy(() -> org.mutate(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> org.mutate(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> org.mutate(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asks for 250 leavers");
    }
}

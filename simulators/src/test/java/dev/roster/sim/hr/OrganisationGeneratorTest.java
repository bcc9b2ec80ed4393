package dev.roster.sim.hr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);
    private final Organisation org = new OrganisationGenerator(42).generate(500, AS_OF);

    private static String csv(Organisation o, HrTable table) throws IOException {
        StringWriter out = new StringWriter();
        o.writeCsv(table, out);
        return out.toString();
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        Organisation again = new OrganisationGenerator(42).generate(500, AS_OF);
        Organisation other = new OrganisationGenerator(43).generate(500, AS_OF);
        for (HrTable table : HrTable.values()) {
            assertThat(csv(again, table)).as(table.name()).isEqualTo(csv(org, table));
        }
        assertThat(csv(other, HrTable.EMPLOYEES)).isNotEqualTo(csv(org, HrTable.EMPLOYEES));
        assertThat(csv(other, HrTable.CONTRACTS)).isNotEqualTo(csv(org, HrTable.CONTRACTS));
    }

    @Test
    void everyExportStartsWithItsHeaderAndHasRows() throws IOException {
        for (HrTable table : HrTable.values()) {
            String text = csv(org, table);
            assertThat(text).startsWith(String.join(",", table.columns()) + "\r\n");
            assertThat(text.split("\r\n")).hasSize((int) org.rowCount(table) + 1);
        }
        assertThat(org.employees()).hasSize(500);
        assertThat(org.employees()).extracting(EmployeeRecord::employeeId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("\\d{6}"));
    }

    @Test
    void namesLookDutchWithAllConventionsPrefixesAndDiacritics() {
        List<EmployeeRecord> all = org.employees();
        assertThat(all).extracting(EmployeeRecord::nameUsage).contains(NameUsage.values());
        assertThat(all).extracting(EmployeeRecord::prefixBirthName).contains("van", "de", "van der", "van den", "ter");
        assertThat(all).anyMatch(e -> !e.prefixPartnerName().isEmpty());
        assertThat(all).anyMatch(e -> e.firstName().equals("Johannes Petrus") && e.initials().equals("J.P.")
                && e.nickname().equals("Jan"));
        assertThat(all).anyMatch(e -> (e.firstName() + e.birthName()).matches(".*[ëïüÇÆ].*"));
        assertThat(all).allMatch(e -> e.businessEmail().matches("[a-z0-9.]+@[a-z.]+"));
        EmployeeRecord partnerFirst = all.stream()
                .filter(e -> e.nameUsage() == NameUsage.PARTNER_EIGEN).findFirst().orElseThrow();
        assertThat(partnerFirst.formattedName()).contains(partnerFirst.partnerName() + " - ")
                .endsWith(partnerFirst.birthName());
    }

    @Test
    void someNaturalPersonsHaveAnEndedAndACurrentRecord() {
        Map<String, List<EmployeeRecord>> byPerson = org.employees().stream()
                .collect(Collectors.groupingBy(EmployeeRecord::naturalPersonKey));
        List<List<EmployeeRecord>> twice = byPerson.values().stream().filter(l -> l.size() == 2)
                .collect(Collectors.toList());
        assertThat(twice).isNotEmpty();
        List<EmployeeRecord> pair = twice.get(0);
        assertThat(org.contractsOf(pair.get(0).employeeId())).allMatch(c -> c.end() != null && c.end().isBefore(AS_OF));
        assertThat(org.contractsOf(pair.get(1).employeeId())).anyMatch(c -> c.end() == null);
    }

    @Test
    void contractsEndedLongAgoRecentlyRunNowStartSoonAndRunConcurrently() {
        List<ContractRecord> all = org.contracts().collect(Collectors.toList());
        assertThat(all).anyMatch(c -> c.end() != null && c.end().isBefore(AS_OF.minusDays(90)));
        assertThat(all).anyMatch(c -> c.end() != null && c.end().isBefore(AS_OF) && c.end().isAfter(AS_OF.minusDays(90)));
        assertThat(all).anyMatch(c -> c.start().isAfter(AS_OF) && !c.start().isAfter(AS_OF.plusDays(60)));
        assertThat(all).anyMatch(c -> c.subcontractId().equals("2") && c.activeOn(AS_OF));
        assertThat(org.employeeIdsWithContractActiveOn(AS_OF).size()).isBetween(300, 480);
    }

    @Test
    void departmentsFormATreeWithManagersAndHistory() {
        List<OrgUnit> now = org.departments();
        assertThat(now.size()).isBetween(25, 45);
        assertThat(now).filteredOn(u -> u.parentId().isEmpty()).hasSize(1);
        assertThat(now).allMatch(u -> org.managerEmployeeIdOf(u.managerUserId()).isPresent());
        Map<String, Long> rowsPerUnit = org.orgUnits().stream()
                .collect(Collectors.groupingBy(OrgUnit::id, Collectors.counting()));
        assertThat(rowsPerUnit).containsValue(2L);
        assertThat(org.orgUnits()).anyMatch(u -> u.end() != null && u.end().isBefore(AS_OF)
                && u.end().getYear() == AS_OF.getYear() - 1);
        assertThat(org.users()).anyMatch(u -> u.employeeId().isEmpty());
    }

    @Test
    void vestigingHistoryPutsTheCurrentPeriodBeforeTheOldOne() {
        EmployeeRecord moved = org.employees().stream()
                .filter(e -> org.employeeUdfsOf(e.employeeId()).stream()
                        .filter(u -> u.fieldName().equals("Vestiging")).count() == 2)
                .findFirst().orElseThrow();
        List<UdfRecord> rows = org.employeeUdfsOf(moved.employeeId()).stream()
                .filter(u -> u.fieldName().equals("Vestiging")).collect(Collectors.toList());
        assertThat(rows.get(0).validOn(AS_OF)).isTrue();
        assertThat(rows.get(1).validOn(AS_OF)).isFalse();
        assertThat(org.contracts()).allMatch(c -> org.contractUdfsOf(c.employeeId()).stream()
                .anyMatch(u -> u.fieldName().equals("Locatie") && u.contractId().equals(c.contractId())));
    }

    @Test
    void scalesToManyRecordsWithoutKeepingThem() {
        Organisation big = new OrganisationGenerator(7).generate(300_000, AS_OF);
        assertThat(big.employees().get(299_999).employeeId()).hasSize(6);
        assertThat(big.departments().size()).isBetween(40, 46);
        assertThat(big.employee(big.employees().get(123_456).employeeId())).isPresent();
        Organisation changed = big.mutate(0.01, 3);
        assertThat(changed.employees().size()).as("joiners get ids too").isGreaterThan(big.employees().size());
        assertThat(changed.employees().get(changed.employees().size() - 1).employeeId()).hasSize(6);
    }

    @Test
    void tenEmployeeRecordsStillMakeACompleteOrganisation() throws IOException {
        Organisation tiny = new OrganisationGenerator(42).generate(10, AS_OF);
        assertThat(tiny.employees()).hasSize(10);
        for (HrTable table : HrTable.values()) {
            assertThat(csv(tiny, table).split("\r\n")).as(table.name()).hasSize((int) tiny.rowCount(table) + 1);
        }
        assertThat(tiny.contracts()).allMatch(c -> tiny.employee(c.employeeId()).isPresent());
        assertThat(tiny.departments()).allMatch(u -> tiny.managerEmployeeIdOf(u.managerUserId()).isPresent());
        assertThat(csv(new OrganisationGenerator(42).generate(10, AS_OF), HrTable.CONTRACTS))
                .isEqualTo(csv(tiny, HrTable.CONTRACTS));
    }
}

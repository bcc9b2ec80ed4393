package dev.roster.source.visma;

import dev.roster.model.Progress;
import dev.roster.model.Source;
import dev.roster.model.SourceBatch;
import dev.roster.model.SourceContract;
import dev.roster.model.SourceException;
import dev.roster.model.SourceRecord;
import dev.roster.sim.hr.ContractRecord;
import dev.roster.sim.hr.CostCenter;
import dev.roster.sim.hr.HrTable;
import dev.roster.sim.hr.Organisation;
import dev.roster.sim.hr.UdfRecord;
import dev.roster.sim.visma.VismaSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Visma source against the Visma simulator over HTTP, as an administrator would run it. */
class VismaSourceIT {

    private static final LocalDate AS_OF = Sources.AS_OF;
    private static VismaSimulator sim;
    private static Organisation org;

    @BeforeAll
    static void start() {
        sim = VismaSimulator.start(VismaSimulator.Options.defaults().withAsOf(AS_OF));
        org = sim.organisation();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void noFaults() {
        sim.faults().clear();
    }

    private static Map<String, Object> settings() {
        return Sources.settings(sim);
    }

    private static Source source(Map<String, Object> settings) {
        return Sources.source(settings);
    }

    private static SourceBatch read() {
        return Sources.read(sim);
    }

    @Test
    void aFullImportHasOneRecordPerEmployeeRecordWithAContractInTheWindow() {
        SourceBatch batch = read();

        assertThat(batch.records()).extracting(SourceRecord::id)
                .containsExactlyElementsOf(org.employeeIdsWithContractEndingOnOrAfter(AS_OF.minusDays(90)));
        assertThat(batch.records().size()).isLessThan(org.employees().size());
        assertThat(batch.counts()).containsEntry("employees", org.employees().size())
                .containsEntry("contracts", (int) org.rowCount(HrTable.CONTRACTS))
                .containsEntry("users", org.users().size()).hasSize(7);
        assertThat(batch.departments()).hasSameSizeAs(org.departments());
        assertThat(batch.departments()).allMatch(d -> !d.managerId().isEmpty());
        assertThat(batch.warnings()).anyMatch(w -> w.contains("is linked to no employee"));
    }

    @Test
    void exportsTheSimulatorPreparedForTheColumnsTheSourceAsksAreServedWithoutRenderingAgain() {
        try (VismaSimulator prepared = VismaSimulator.start(VismaSimulator.Options.defaults().withAsOf(AS_OF))) {
            prepared.prepareExports(false, VismaSourceFactory::fieldsAsked);
            assertThat(prepared.traffic().filesRendered()).isEqualTo(7);

            SourceBatch batch = Sources.read(prepared);

            assertThat(batch.records()).hasSize(Sources.read(sim).records().size());
            assertThat(prepared.traffic().commands("contracts")).isEqualTo(1);
            assertThat(prepared.traffic().filesRendered()).isEqualTo(7);
        }
    }

    @Test
    void aPersonComesWithFieldsContractsManagerCostCenterAndTheUdfValidToday() {
        SourceBatch batch = read();
        SourceRecord person = batch.records().stream()
                .filter(r -> org.employeeUdfsOf(r.id()).stream().filter(u -> u.fieldName().equals("Vestiging")).count() == 2)
                .findFirst().orElseThrow();
        var expected = org.employee(person.id()).orElseThrow();
        assertThat(person.field("firstname")).isEqualTo(expected.firstName());
        assertThat(person.field("nameusage")).isEqualTo(expected.nameUsage().dutch());
        assertThat(person.field("formattedname")).isEqualTo(expected.formattedName());
        assertThat(person.field("homeemailaddress")).as("no contact scope asked").isEmpty();
        UdfRecord current = org.employeeUdfsOf(person.id()).stream()
                .filter(u -> u.fieldName().equals("Vestiging") && u.validOn(AS_OF)).findFirst().orElseThrow();
        assertThat(org.employeeUdfsOf(person.id()).get(0)).isEqualTo(current);
        assertThat(person.field("udf.Vestiging")).isEqualTo(current.value());
        assertThat(person.field("udf.Vestiging.listname")).isEqualTo(current.listName());

        List<ContractRecord> inWindow = org.contractsOf(person.id()).stream()
                .filter(c -> c.end() == null || !c.end().isBefore(AS_OF.minusDays(90))).collect(Collectors.toList());
        assertThat(person.contracts()).extracting(SourceContract::id)
                .containsExactlyElementsOf(inWindow.stream().map(ContractRecord::key).collect(Collectors.toList()));
        ContractRecord c = inWindow.get(0);
        SourceContract contract = person.contracts().get(0);
        assertThat(contract.field("functionname")).isEqualTo(c.functionName());
        assertThat(contract.field("startdate")).isEqualTo(c.start().toString());
        assertThat(contract.field("manager.employeeid")).isEqualTo(org.managerEmployeeIdOf(c.managerUserId()).orElse(""));
        assertThat(contract.field("costcenter.code")).isEqualTo(org.costCenters().stream()
                .filter(cc -> cc.name().equals(c.costCenterName())).map(CostCenter::code).findFirst().orElseThrow());
        assertThat(contract.field("orgunit.name")).isEqualTo(c.orgUnitName());
        assertThat(contract.field("udf.Locatie")).isEqualTo(org.contractUdfsOf(person.id()).stream()
                .filter(u -> u.fieldName().equals("Locatie") && u.contractId().equals(c.contractId())
                        && u.subcontractId().equals(c.subcontractId()) && u.validOn(AS_OF))
                .map(UdfRecord::value).findFirst().orElseThrow());
        assertThat(contract.field("salaryhour")).as("excluded by fields=!...").isEmpty();
    }

    @Test
    void anExportSplitOverSeveralFilesIsReadCompletely() {
        sim.faults().splitFiles(3);
        SourceBatch batch = read();
        assertThat(batch.counts()).containsEntry("contracts", (int) org.rowCount(HrTable.CONTRACTS))
                .containsEntry("employees", org.employees().size());
        assertThat(batch.records()).hasSize(org.employeeIdsWithContractEndingOnOrAfter(AS_OF.minusDays(90)).size());
    }

    @Test
    void aFailedExportFailsTheWholeReadNamingTheExport() {
        sim.faults().failExport("contracts");
        assertThatThrownBy(VismaSourceIT::read).isInstanceOf(SourceException.class)
                .hasMessageContaining("Visma source 'hr', export contracts")
                .hasMessageContaining("ended with status 'Failed'");
    }

    @Test
    void downloadsSideBySideGiveTheSameBatchAndAFailureStillNamesItsExport() {
        Map<String, Object> parallel = settings();
        parallel.put("parallelDownloads", 4);
        SourceBatch one = read();
        SourceBatch four = Sources.read(parallel);

        assertThat(four.records()).isEqualTo(one.records());
        assertThat(four.departments()).isEqualTo(one.departments());
        assertThat(four.counts()).isEqualTo(one.counts());
        assertThat(four.warnings()).isEqualTo(one.warnings());
        assertThat(four.fingerprint()).as("the same exports").isEqualTo(one.fingerprint());

        sim.faults().failExport("users");
        sim.faults().failExport("contracts");
        assertThatThrownBy(() -> Sources.read(parallel)).isInstanceOf(SourceException.class)
                .hasMessageContaining("Visma source 'hr', export contracts")
                .hasMessageContaining("ended with status 'Failed'");
    }

    @Test
    void aStreamedReadHandsOverTheDepartmentsFirstThenEveryRecordOfAFullRead() {
        SourceBatch full = read();
        List<String> handed = new java.util.ArrayList<>();
        List<SourceRecord> records = new java.util.ArrayList<>();
        SourceBatch streamed;
        try (Source source = source(settings())) {
            streamed = source.read(AS_OF, Progress.NONE, "", new dev.roster.model.RecordSink() {
                @Override
                public void departments(List<dev.roster.model.Department> departments) {
                    handed.add("departments " + departments.size());
                }

                @Override
                public void record(SourceRecord record) {
                    handed.add("record");
                    records.add(record);
                }
            });
        }

        assertThat(handed.get(0)).isEqualTo("departments " + full.departments().size());
        assertThat(handed.subList(1, handed.size())).containsOnly("record");
        assertThat(records).as("the same records in the same order").isEqualTo(full.records());
        assertThat(streamed.records()).as("none kept in the batch").isEmpty();
        assertThat(streamed.departments()).isEqualTo(full.departments());
        assertThat(streamed.warnings()).as("the same warnings in the same order").isEqualTo(full.warnings());
        assertThat(streamed.counts()).isEqualTo(full.counts());
        assertThat(streamed.fingerprint()).isEqualTo(full.fingerprint());
    }

    @Test
    void aStreamedReadOfUnchangedExportsHandsOverNothing() {
        SourceBatch full = read();
        List<Object> handed = new java.util.ArrayList<>();
        SourceBatch again;
        try (Source source = source(settings())) {
            again = source.read(AS_OF, Progress.NONE, full.fingerprint(), new dev.roster.model.RecordSink() {
                @Override
                public void departments(List<dev.roster.model.Department> departments) {
                    handed.add(departments);
                }

                @Override
                public void record(SourceRecord record) {
                    handed.add(record);
                }
            });
        }

        assertThat(again.unchanged()).isTrue();
        assertThat(handed).isEmpty();
    }

    @Test
    void aRateLimitedCommandIsRetriedAfterRetryAfter() {
        sim.faults().rateLimit("users", 2, 1);
        long started = System.nanoTime();
        SourceBatch batch = read();
        assertThat(batch.counts()).containsEntry("users", org.users().size());
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(2_000_000_000L);
    }

    @Test
    void threeRateLimitedAnswersInARowFailTheRead() {
        sim.faults().rateLimit("cost-centers", 3, 0);
        assertThatThrownBy(VismaSourceIT::read).isInstanceOf(SourceException.class)
                .hasMessageContaining("export cost-centers, command answered HTTP 429");
    }

    @Test
    void aWrongClientSecretSaysWhichSettingsToCheck() {
        Map<String, Object> settings = settings();
        settings.put("clientSecret", "env:WRONG_SECRET");
        assertThatThrownBy(() -> source(settings).read(AS_OF, Progress.NONE))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("refused the client credentials (invalid_client)")
                .hasMessageContaining("sources.hr.clientId")
                .hasMessageNotContaining("not-the-secret");
    }

    @Test
    void aJobThatNeverCompletesTimesOut() {
        sim.faults().neverComplete("organization-units");
        Map<String, Object> settings = settings();
        settings.put("pollTimeoutSeconds", 1);
        assertThatThrownBy(() -> source(settings).read(AS_OF, Progress.NONE))
                .hasMessageContaining("export organization-units")
                .hasMessageContaining("did not complete within 1 s");
    }

    @Test
    void contactInformationComesOnlyWhenConfigured() {
        Map<String, Object> settings = settings();
        settings.put("contactInformation", true);
        SourceBatch batch = source(settings).read(AS_OF, Progress.NONE);
        SourceRecord first = batch.records().get(0);
        assertThat(first.field("homeemailaddress"))
                .isEqualTo(org.employee(first.id()).orElseThrow().homeEmail());
    }

    @Test
    void anOrganisationOfTenEmployeeRecordsImports() {
        try (VismaSimulator tiny = VismaSimulator.start(VismaSimulator.Options.defaults()
                .withEmployees(10).withAsOf(AS_OF))) {
            SourceBatch batch = Sources.read(tiny);
            assertThat(batch.counts()).containsEntry("employees", 10);
            assertThat(batch.records()).extracting(SourceRecord::id).containsExactlyElementsOf(
                    tiny.organisation().employeeIdsWithContractEndingOnOrAfter(AS_OF.minusDays(90)));
            assertThat(batch.departments()).isNotEmpty();
        }
    }

    @Test
    void customFieldsCarryTheirHistoryAsJson() {
        SourceRecord person = read().records().stream()
                .filter(r -> org.employeeUdfsOf(r.id()).stream().filter(u -> u.fieldName().equals("Vestiging")).count() == 2)
                .findFirst().orElseThrow();
        List<UdfRecord> rows = org.employeeUdfsOf(person.id()).stream()
                .filter(u -> u.fieldName().equals("Vestiging")).collect(Collectors.toList());
        UdfRecord old = rows.get(1);
        UdfRecord now = rows.get(0);
        assertThat(person.field("udf.Vestiging.history")).isEqualTo("[{\"value\":\"" + old.value()
                + "\",\"listname\":\"" + old.listName() + "\",\"start\":\"" + old.start()
                + "\",\"end\":\"" + old.end() + "\"},{\"value\":\"" + now.value() + "\",\"listname\":\""
                + now.listName() + "\",\"start\":\"" + now.start() + "\",\"end\":null}]");
    }
}

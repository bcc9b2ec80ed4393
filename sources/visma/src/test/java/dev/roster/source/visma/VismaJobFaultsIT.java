package dev.roster.source.visma;

import dev.roster.model.SourceBatch;
import dev.roster.model.SourceException;
import dev.roster.model.SourceRecord;
import dev.roster.sim.hr.HrTable;
import dev.roster.sim.hr.Organisation;
import dev.roster.sim.visma.VismaSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export jobs that are slow, rate limited or whose download links expire, over HTTP. */
class VismaJobFaultsIT {

    private static VismaSimulator sim;
    private static Organisation org;

    @BeforeAll
    static void start() {
        sim = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(200)
                .withAsOf(Sources.AS_OF));
        org = sim.organisation();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void noFaults() {
        sim.faults().clear();
        sim.traffic().clear();
    }

    private static int expectedRecords() {
        return org.employeeIdsWithContractEndingOnOrAfter(Sources.AS_OF.minusDays(90)).size();
    }

    @Test
    void rateLimitedPollsAreRetriedAfterRetryAfter() {
        sim.faults().rateLimitPolls("employees", 2, 1);
        long started = System.nanoTime();

        SourceBatch batch = Sources.read(sim);

        assertThat(batch.records()).hasSize(expectedRecords());
        assertThat(sim.traffic().polls("employees")).isEqualTo(4);
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(2_000_000_000L);
    }

    @Test
    void threeRateLimitedPollsInARowFailTheReadNamingTheExport() {
        sim.faults().rateLimitPolls("users", 3, 0);
        assertThatThrownBy(() -> Sources.read(sim)).isInstanceOf(SourceException.class)
                .hasMessageContaining("Visma source 'hr', export users, poll of job")
                .hasMessageContaining("answered HTTP 429");
    }

    @Test
    void aJobInProgressForSeveralPollsIsAwaited() {
        sim.faults().inProgressPolls("contracts", 5);

        SourceBatch batch = Sources.read(sim);

        assertThat(batch.counts()).containsEntry("contracts", (int) org.rowCount(HrTable.CONTRACTS));
        assertThat(sim.traffic().polls("contracts")).isEqualTo(6);
    }

    @Test
    void anExpiredDownloadLinkRestartsTheExportWithoutDuplicatingRows() {
        sim.faults().splitFiles(2).expireLinks("employees", 1).expireLinks("contracts", 2);

        SourceBatch batch = Sources.read(sim);

        assertThat(sim.traffic().commands("employees")).isEqualTo(2);
        assertThat(sim.traffic().commands("contracts")).isEqualTo(3);
        assertThat(batch.counts()).containsEntry("employees", org.employees().size())
                .containsEntry("contracts", (int) org.rowCount(HrTable.CONTRACTS));
        assertThat(batch.records()).hasSize(expectedRecords());
        assertThat(batch.records().get(0).contracts()).hasSameSizeAs(org.contractsOf(batch.records().get(0).id())
                .stream().filter(c -> c.end() == null || !c.end().isBefore(Sources.AS_OF.minusDays(90))).toList());
        assertThat(batch.warnings()).doesNotHaveDuplicates();
    }

    @Test
    void linksThatKeepExpiringFailTheReadAfterThreeJobs() {
        sim.faults().expireLinks("cost-centers", 5);
        assertThatThrownBy(() -> Sources.read(sim)).isInstanceOf(SourceException.class)
                .hasMessage("Visma source 'hr', export cost-centers: storage refused the download links "
                        + "(HTTP 403, expired pre-signed URLs) of 3 jobs in a row; giving up");
        assertThat(sim.traffic().commands("cost-centers")).isEqualTo(3);
    }

    @Test
    void everyRecordAppearsOnceWhateverTheSplit() {
        sim.faults().splitFiles(7);
        SourceBatch batch = Sources.read(sim);
        assertThat(batch.records()).extracting(SourceRecord::id).doesNotHaveDuplicates()
                .hasSize(expectedRecords());
    }
}

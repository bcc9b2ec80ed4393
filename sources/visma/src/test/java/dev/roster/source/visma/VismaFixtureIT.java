package dev.roster.source.visma;

import dev.roster.model.Department;
import dev.roster.model.SourceBatch;
import dev.roster.model.SourceContract;
import dev.roster.model.SourceException;
import dev.roster.model.SourceRecord;
import dev.roster.sim.visma.VismaSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written organisation of {@code src/test/resources/fixture}, served by the simulator:
 * every join and custom-field rule checked field by field on known data.
 */
class VismaFixtureIT {

    private static final String INTERIM_USER = "7d1e5c3a-2b4f-4c6d-8e9f-0a1b2c3d4e5f";

    static Path fixture() {
        try {
            return Path.of(VismaFixtureIT.class.getResource("/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SourceBatch read(Path directory) {
        try (VismaSimulator sim = VismaSimulator.start(VismaSimulator.Options.defaults()
                .withEmployees(10).withAsOf(Sources.AS_OF).withFixtures(directory))) {
            return Sources.read(sim);
        }
    }

    private static SourceRecord record(SourceBatch batch, String id) {
        return batch.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void recordsHaveTheirNamesUnknownColumnsAndTheCustomFieldValidToday() {
        SourceBatch batch = read(fixture());

        assertThat(batch.records()).extracting(SourceRecord::id)
                .as("100400's only contract ended more than 90 days ago")
                .containsExactly("100100", "100234", "100235", "100300", "100500");
        assertThat(batch.counts()).containsOnly(entry("employees", 6), entry("employee-udf-histories", 4),
                entry("contracts", 6), entry("contract-udf-histories", 4), entry("organization-units", 5),
                entry("cost-centers", 3), entry("users", 3));

        SourceRecord renee = record(batch, "100300");
        assertThat(renee.fields()).contains(entry("firstname", "Renée"), entry("prefixbirthname", "van den"),
                entry("birthname", "Heuvel"), entry("partnername", "Çelik"), entry("nameusage", "Eig./Part."),
                entry("formattedname", "R. van den Heuvel - Çelik"), entry("badgecolour", "groen"),
                entry("udf.Badge nummer", "B-7781"));

        SourceRecord jan = record(batch, "100235");
        assertThat(jan.fields()).contains(entry("udf.Vestiging", "AMF"), entry("udf.Vestiging.listname", "Amersfoort"),
                entry("udf.Vestiging.history", "[{\"value\":\"UTR\",\"listname\":\"Utrecht\",\"start\":\"2021-09-01\","
                        + "\"end\":\"2025-03-31\"},{\"value\":\"AMF\",\"listname\":\"Amersfoort\","
                        + "\"start\":\"2025-04-01\",\"end\":null}]"));
        SourceRecord janBefore = record(batch, "100234");
        assertThat(janBefore.fields()).doesNotContainKey("udf.Vestiging").containsKey("udf.Vestiging.history")
                .contains(entry("initials", "J.P."), entry("dateofbirth", "1984-06-21"));
    }

    @Test
    void contractsGetManagerThroughUsersCostCenterByNameAndTheDepartmentsCurrentName() {
        SourceBatch batch = read(fixture());

        SourceContract physio = record(batch, "100300").contracts().get(0);
        assertThat(physio.id()).isEqualTo("100300-1-1");
        assertThat(physio.fields()).contains(entry("manager.employeeid", "100235"),
                entry("costcenter", "Revalidatie"), entry("costcenter.code", "4300"),
                entry("orgunit.name", "Fysiotherapie"), entry("orgunit.parentid", "OE-300"),
                entry("orgunit.manager.employeeid", "100235"),
                entry("udf.Locatie", "L-02"), entry("udf.Locatie.listname", "Utrecht Centrum"),
                entry("udf.Budgetcode", "77310"), entry("weekhoursfixed", "28.00"));

        SourceContract ended = record(batch, "100234").contracts().get(0);
        assertThat(ended.fields()).as("renamed last year: the name valid today wins")
                .contains(entry("orgunitname", "Thuiszorg Noord"), entry("orgunit.name", "Wijkteam Noord"),
                        entry("manager.employeeid", "100100"), entry("costcenter.code", "4100"),
                        entry("enddate", "2025-03-31"));
        assertThat(record(batch, "100100").contracts().get(0).fields())
                .doesNotContainKey("manager.employeeid").containsEntry("orgunit.manager.employeeid", "100100");
    }

    @Test
    void departmentsFormTheTreeValidTodayAndEveryBrokenLinkIsAWarningWithItsIds() {
        SourceBatch batch = read(fixture());

        assertThat(batch.departments()).containsExactly(
                new Department("OE-001", "Raad van Bestuur", "", "100100"),
                new Department("OE-210", "Wijkteam Noord", "OE-001", "100100"),
                new Department("OE-300", "Revalidatie", "OE-001", ""),
                new Department("OE-310", "Fysiotherapie", "OE-300", "100235"));
        assertThat(record(batch, "100500").contracts().get(0).fields())
                .doesNotContainKeys("manager.employeeid", "costcenter.code", "orgunit.name");
        assertThat(batch.warnings()).as("the records' warnings first, as the join met them, then the units'").containsExactly(
                "contract 100500-1-1: manageruserid 00000000-dead-4bee-8f00-000000000000 is not in the users export",
                "contract 100500-1-1: cost center 'Onbekend' is not in the cost-centers export",
                "contract 100500-1-1: orgunit OE-999 is not an organization unit valid on 2025-06-15",
                "organization unit OE-300: manager user " + INTERIM_USER + " is linked to no employee");
    }

    @Test
    void aFileWithoutAKeyColumnFailsTheImportNamingExportAndColumn(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path contracts = dir.resolve("contracts.csv");
        String text = Files.readString(contracts, StandardCharsets.UTF_8);
        Files.writeString(contracts, text.replaceFirst("subcontractid,", "subcontract,"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(dir)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("Visma source 'hr', export contracts, file 1 of 1 of job ")
                .hasMessageEndingWith(": the file has no column 'subcontractid'");
    }

    @Test
    void anOverlapOfTwoValidPeriodsUsesTheLaterOneAndWarns(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Files.writeString(dir.resolve("employee-udf-histories.csv"),
                "9001234,100100,Employee,1,Vestiging,ZST,Zeist,2020-01-01,\r\n"
                        + "9001234,100100,Employee,1,Vestiging,BRN,Baarn,2025-01-01,\r\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        SourceBatch batch = read(dir);

        assertThat(record(batch, "100100").fields()).containsEntry("udf.Vestiging", "BRN");
        assertThat(batch.warnings()).contains("employee 100100: custom field 'Vestiging' has 2 periods "
                + "valid on 2025-06-15; the one starting 2025-01-01 was used");
    }

    @Test
    void aDepartmentUnderAUnitClosedSinceIsKeptWithAWarningNamingBothIds(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Files.writeString(dir.resolve("organization-units.csv"),
                "9001234,OU-0400,OE-400,OE-390,Afdeling,Hierarchie,,,4300,Revalidatie,Ergotherapie,2015-01-01,\n"
                        + "9001234,OU-0390,OE-390,OE-001,Divisie,Hierarchie,,,4300,Revalidatie,Oud,2015-01-01,2024-12-31\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        SourceBatch batch = read(dir);

        assertThat(batch.departments()).contains(new Department("OE-400", "Ergotherapie", "OE-390", ""))
                .noneMatch(d -> d.id().equals("OE-390"));
        assertThat(batch.warnings()).contains(
                "organization unit OE-400: parent OE-390 is not an organization unit valid on 2025-06-15");
    }

    @Test
    void exportsTheSameAsAtTheLastReadAreNotReadAgainButAChangeOrAnotherDayIsReadInFull(@TempDir Path dir)
            throws IOException {
        copyFixture(dir);
        try (VismaSimulator sim = VismaSimulator.start(VismaSimulator.Options.defaults()
                .withEmployees(10).withAsOf(Sources.AS_OF).withFixtures(dir));
             dev.roster.model.Source source = Sources.source(Sources.settings(sim))) {
            SourceBatch first = source.read(Sources.AS_OF, dev.roster.model.Progress.NONE, "");
            SourceBatch same = source.read(Sources.AS_OF, dev.roster.model.Progress.NONE, first.fingerprint());
            SourceBatch nextDay = source.read(Sources.AS_OF.plusDays(1), dev.roster.model.Progress.NONE,
                    first.fingerprint());
            Files.writeString(dir.resolve("employee-udf-histories.csv"),
                    "9001234,100100,Employee,1,Vestiging,BRN,Baarn,2025-01-01,\r\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            SourceBatch changed = source.read(Sources.AS_OF, dev.roster.model.Progress.NONE, first.fingerprint());

            assertThat(first.unchanged()).isFalse();
            assertThat(first.fingerprint()).as("the settings' digest, then each export's")
                    .matches("visma2:[0-9a-f]{64}:[0-9a-f]{64}(,[0-9a-f]{64}){6}");
            assertThat(same.unchanged()).isTrue();
            assertThat(same.fingerprint()).isEqualTo(first.fingerprint());
            assertThat(same.records()).isEmpty();
            assertThat(nextDay.unchanged()).isFalse();
            assertThat(nextDay.records()).hasSameSizeAs(first.records());
            assertThat(changed.unchanged()).isFalse();
            assertThat(changed.fingerprint()).isNotEqualTo(first.fingerprint());
            assertThat(record(changed, "100100").fields()).containsEntry("udf.Vestiging", "BRN");
        }
    }

    @Test
    void theReadBeginsAtTheFirstExportThatDiffersFromTheLastImportsWhileTheOthersStillDownload(@TempDir Path dir)
            throws IOException {
        copyFixture(dir);
        try (VismaSimulator sim = VismaSimulator.start(VismaSimulator.Options.defaults()
                .withEmployees(10).withAsOf(Sources.AS_OF).withFixtures(dir).withPollsInProgress(3));
             dev.roster.model.Source source = Sources.source(Sources.settings(sim))) {
            String first = source.read(Sources.AS_OF, dev.roster.model.Progress.NONE, "").fingerprint();

            // the last export (users) differs: the six before it are the same, so nothing is read
            // until it has arrived
            Files.writeString(dir.resolve("users.csv"), "\r\n", StandardOpenOption.APPEND);
            List<String> lastDiffers = new ArrayList<>();
            SourceBatch afterUsers = Order.record(lastDiffers, () -> source.read(Sources.AS_OF, Order.progress(lastDiffers), first));
            // the first export (employees) differs: it is read while the other six download
            Files.writeString(dir.resolve("employees.csv"), "\r\n", StandardOpenOption.APPEND);
            List<String> firstDiffers = new ArrayList<>();
            SourceBatch afterEmployees = Order.record(firstDiffers,
                    () -> source.read(Sources.AS_OF, Order.progress(firstDiffers), afterUsers.fingerprint()));

            assertThat(lastDiffers.indexOf("read employees")).as(String.join(" > ", lastDiffers))
                    .isGreaterThan(lastDiffers.indexOf("download users"));
            assertThat(firstDiffers.indexOf("read employees")).as(String.join(" > ", firstDiffers))
                    .isGreaterThanOrEqualTo(0).isLessThan(firstDiffers.indexOf("download users"));
            assertThat(afterUsers.unchanged()).isFalse();
            assertThat(afterEmployees.records()).as("every export is read, whichever differs")
                    .hasSameSizeAs(afterUsers.records()).isNotEmpty();
        }
    }

    /** The order of the downloads begun and the exports read in one read, from every thread. */
    private static final class Order {
        static dev.roster.model.Progress progress(List<String> events) {
            return new dev.roster.model.Progress() {
                @Override
                public void start(String step, long total) {
                    if (step.startsWith("download ")) {
                        synchronized (events) {
                            events.add(step);
                        }
                    }
                }

                @Override
                public void advance(long done) {
                }

                @Override
                public void finish() {
                }
            };
        }

        static SourceBatch record(List<String> events, java.util.function.Supplier<SourceBatch> read) {
            ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger)
                    org.slf4j.LoggerFactory.getLogger(VismaSource.class);
            ch.qos.logback.classic.Level level = logger.getLevel();
            ch.qos.logback.core.AppenderBase<ch.qos.logback.classic.spi.ILoggingEvent> appender = new ch.qos.logback.core.AppenderBase<>() {
                @Override
                protected void append(ch.qos.logback.classic.spi.ILoggingEvent e) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("export (\\S+) read, ")
                            .matcher(e.getFormattedMessage());
                    if (m.find()) {
                        synchronized (events) {
                            events.add("read " + m.group(1));
                        }
                    }
                }
            };
            appender.start();
            logger.addAppender(appender);
            logger.setLevel(ch.qos.logback.classic.Level.INFO);
            try {
                return read.get();
            } finally {
                logger.detachAppender(appender);
                logger.setLevel(level);
            }
        }
    }

    private static void copyFixture(Path dir) throws IOException {
        try (var files = Files.list(fixture())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
    }
}

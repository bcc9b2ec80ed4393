package dev.roster.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.model.Progress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark at a small size, so that its figures cannot rot unnoticed. */
class CycleBenchmarkIT {

    @Test
    void aSmallRunPrintsAndWritesEveryFigure(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BenchFigures figures = CycleBenchmark.run(new CycleBenchmark.Settings(500, 42, 2, 0.02, LocalDate.now(),
                Path.of("../config/bench.yaml"), Optional.empty(), Progress.NONE),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        Path out = dir.resolve("figures.json");
        figures.write(out);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        figures.print(new PrintStream(table, true, StandardCharsets.UTF_8));

        JsonNode json = new ObjectMapper().readTree(out.toFile());
        JsonNode raw = json.at("/rawBaseline");
        assertThat(raw.get("entries").asInt()).isGreaterThan(300);
        assertThat(raw.get("memberships").asInt()).isGreaterThan(300);
        assertThat(raw.get("connections").asInt()).isEqualTo(2);
        assertThat(raw.get("entriesWithManager").asInt()).as("raw entries carrying their manager's DN, as Roster's do")
                .isPositive().isLessThan(raw.get("entries").asInt());
        assertThat(raw.get("waves").asInt()).as("managers added before the entries naming them").isGreaterThan(1);
        assertThat(raw.get("operationsPerSecond").asDouble()).isPositive();
        assertThat(raw.get("cpuSeconds").asDouble()).as("the raw client's CPU").isPositive();
        assertThat(raw.get("directoryCpuSeconds").asDouble()).as("the directory's CPU under the raw client").isPositive();

        JsonNode initial = json.at("/cycles/initial");
        assertThat(initial.at("/actionsByKind/create").asInt()).as("creates of the initial cycle")
                .isEqualTo(raw.get("entries").asInt());
        assertThat(initial.at("/actionsByKind/grant").asInt()).isEqualTo(raw.get("memberships").asInt());
        assertThat(initial.get("failedOrSkipped").asInt()).isZero();
        assertThat(initial.get("applyRatioToRaw").asDouble()).isPositive();
        for (String cycle : List.of("initial", "noChange", "change")) {
            JsonNode c = json.at("/cycles/" + cycle);
            assertThat(c.get("persons").asInt()).as(cycle).isGreaterThan(300);
            for (String phase : List.of("import", "snapshot", "plan", "apply", "total")) {
                assertThat(c.at("/seconds/" + phase).isNumber()).as(cycle + " " + phase).isTrue();
            }
            assertThat(c.at("/seconds/import").asDouble()).as(cycle + " import").isPositive();
            assertThat(c.get("peakHeapMiB").asLong()).as(cycle + " heap").isPositive();
            assertThat(c.get("peakRssMiB").asLong()).as(cycle + " RSS").isPositive();
            assertThat(c.has("peakHeapAfterCollectionMiB")).as(cycle + " heap after GC").isTrue();
            assertThat(c.at("/cpuSeconds/cycle").asDouble()).as(cycle + " CPU").isPositive();
            assertThat(c.at("/cpuSeconds/apply").isNumber()).as(cycle + " apply CPU").isTrue();
            assertThat(c.at("/cpuSeconds/directory").isNumber()).as(cycle + " directory CPU").isTrue();
        }
        assertThat(json.at("/cycles/noChange/actions").asInt()).as("a cycle right after plans nothing").isZero();
        assertThat(json.at("/cycles/noChange/sourceUnchanged").asBoolean())
                .as("the same exports again are recognised, not mapped or stored").isTrue();
        assertThat(json.at("/cycles/change/sourceUnchanged").asBoolean()).isFalse();
        JsonNode change = json.at("/cycles/change");
        assertThat(change.at("/mutation/joiners").asInt()).isPositive();
        assertThat(change.at("/mutation/leavers").asInt()).isPositive();
        assertThat(change.at("/actionsByKind/create").asInt()).as("a joiner gets an account")
                .isEqualTo(change.at("/mutation/joiners").asInt());
        assertThat(change.at("/actionsByKind/disable").asInt()).as("leavers are disabled")
                .isEqualTo(change.at("/mutation/leavers").asInt());
        assertThat(change.at("/actionsByKind/update").asInt()).as("movers and name changes update").isPositive();
        assertThat(change.get("failedOrSkipped").asInt()).isZero();

        assertThat(json.at("/settings/directory").asText()).contains("a JVM of its own");
        assertThat(json.get("directoryPeakRssMiB").asLong())
                .as("the embedded directory's own process is measured apart from Roster's").isPositive();

        String printed = table.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("raw baseline", "initial", "noChange", "change", "peak heap", "after GC", "peak RSS", "vs raw");
    }
}

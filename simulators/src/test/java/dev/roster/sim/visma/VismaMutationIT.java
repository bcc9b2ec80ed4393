package dev.roster.sim.visma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.roster.sim.hr.EmployeeRecord;
import dev.roster.sim.hr.HrTable;
import dev.roster.sim.hr.Mutation;
import dev.roster.sim.hr.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mutation read back through the export-job protocol: token, command, poll, download. */
class VismaMutationIT {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private VismaSimulator sim;
    private String token;

    @BeforeEach
    void start() throws Exception {
        sim = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(400).withAsOf(AS_OF));
        String scopes = Scopes.EMPLOYEES + " " + Scopes.CONTRACTS + " " + Scopes.CONTACT_INFORMATION;
        String form = "grant_type=client_credentials&client_id=roster&client_secret=roster-secret&tenant_id="
                + sim.options().tenantId() + "&scope=" + URLEncoder.encode(scopes, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        token = JSON.readTree(response.body()).get("access_token").asText();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<String> send(String method, String url, boolean authorised) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : sim.baseUrl() + url));
        if (authorised) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, HttpRequest.BodyPublishers.noBody());
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts a job and returns its id. */
    private String command(VismaExport export) throws Exception {
        HttpResponse<String> response = send("POST", export.commandPath(), true);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("jobId").asText();
    }

    /** Polls job {@code jobId} until it completes and returns its file URLs. */
    private List<String> files(VismaExport export, String jobId) throws Exception {
        JsonNode status;
        do {
            status = JSON.readTree(send("GET", export.queryPath() + "/" + jobId, true).body());
        } while (status.get("status").asText().equals("InProgress"));
        assertThat(status.get("status").asText()).isEqualTo("Completed");
        List<String> urls = new ArrayList<>();
        status.get(export.fileUriField()).forEach(u -> urls.add(u.asText()));
        return urls;
    }

    private List<Map<String, String>> rows(String csv) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    private List<Map<String, String>> export(VismaExport export) throws Exception {
        List<Map<String, String>> all = new ArrayList<>();
        for (String url : files(export, command(export))) {
            all.addAll(rows(send("GET", url, false).body()));
        }
        return all;
    }

    private static Map<String, Map<String, String>> byEmployee(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("employeeid"), r -> r));
    }

    private static Map<String, Map<String, String>> byContract(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.toMap(
                r -> r.get("employeeid") + "-" + r.get("contractid") + "-" + r.get("subcontractid"), r -> r));
    }

    @Test
    void theNextExportShowsJoinersLeaversMoversAndNewNames() throws Exception {
        Map<String, Map<String, String>> employeesBefore = byEmployee(export(VismaExport.EMPLOYEES));
        Organisation before = sim.organisation();

        Mutation m = sim.mutate(0.04, 3);

        assertThat(sim.organisation()).isNotSameAs(before);
        assertThat(m.joiners()).hasSize(4);
        Map<String, Map<String, String>> employees = byEmployee(export(VismaExport.EMPLOYEES));
        Map<String, Map<String, String>> contracts = byContract(export(VismaExport.CONTRACTS));
        assertThat(employees).hasSize(404);

        for (Mutation.Joiner j : m.joiners()) {
            assertThat(employeesBefore).doesNotContainKey(j.employeeId());
            EmployeeRecord e = sim.organisation().employee(j.employeeId()).orElseThrow();
            assertThat(employees.get(j.employeeId())).containsEntry("formattedname", e.formattedName())
                    .containsEntry("nickname", e.nickname()).containsEntry("ismanager", "false");
            assertThat(contracts.get(j.contractKey())).containsEntry("startdate", j.start().toString())
                    .containsEntry("orgunit", j.departmentId());
        }
        for (Mutation.Leaver l : m.leavers()) {
            for (String key : l.contractKeys()) {
                assertThat(contracts.get(key)).containsEntry("enddate", l.end().toString())
                        .containsKey("endreason").extractingByKey("endreason").isNotEqualTo("");
            }
        }
        for (Mutation.Mover mv : m.movers()) {
            String unitName = sim.organisation().departments().stream()
                    .filter(u -> u.id().equals(mv.toDepartmentId())).findFirst().orElseThrow().name();
            assertThat(contracts.get(mv.contractKey())).containsEntry("orgunit", mv.toDepartmentId())
                    .containsEntry("orgunitname", unitName).containsEntry("costcenter", unitName);
        }
        for (Mutation.NameChange n : m.nameChanges()) {
            Map<String, String> row = employees.get(n.employeeId());
            assertThat(row).containsEntry("formattedname", n.after().formattedName())
                    .containsEntry("nickname", n.after().nickname())
                    .containsEntry("nameusage", n.after().nameUsage().dutch())
                    .containsEntry("partnername", n.after().partnerName());
            assertThat(List.of(row.get("formattedname"), row.get("nickname")))
                    .isNotEqualTo(List.of(employeesBefore.get(n.employeeId()).get("formattedname"),
                            employeesBefore.get(n.employeeId()).get("nickname")));
            assertThat(contracts.values()).filteredOn(c -> c.get("employeeid").equals(n.employeeId()))
                    .isNotEmpty().allMatch(c -> c.get("formattedname").equals(n.after().formattedName()));
        }
        StringWriter served = new StringWriter();
        sim.organisation().writeCsv(HrTable.EMPLOYEES, served);
        assertThat(employees.values()).containsExactlyInAnyOrderElementsOf(rows(served.toString()));
    }

    @Test
    void aJobCommandedBeforeAMutationServesTheDataItStartedWithInEveryFile() throws Exception {
        sim.faults().splitFiles(2);
        Organisation before = sim.organisation();
        String jobId = command(VismaExport.EMPLOYEES);
        List<String> urls = files(VismaExport.EMPLOYEES, jobId);
        String firstHalf = send("GET", urls.get(0), false).body();

        Mutation m = sim.mutate(0.1, 9);
        String secondHalf = send("GET", urls.get(1), false).body();
        List<Map<String, String>> old = new ArrayList<>(rows(firstHalf));
        old.addAll(rows(secondHalf));

        StringWriter expected = new StringWriter();
        before.writeCsv(HrTable.EMPLOYEES, expected);
        assertThat(old).isEqualTo(rows(expected.toString())).hasSize(400);
        assertThat(old).extracting(r -> r.get("employeeid"))
                .doesNotContainAnyElementsOf(m.joiners().stream().map(Mutation.Joiner::employeeId).toList());
        assertThat(byEmployee(export(VismaExport.EMPLOYEES))).hasSize(400 + m.joiners().size())
                .containsKeys(m.joiners().stream().map(Mutation.Joiner::employeeId).toArray(String[]::new));
    }

    @Test
    void mutationsStackAndTheSameSeedsGiveTheSameExports() throws Exception {
        sim.mutate(0.02, 1);
        sim.mutate(0.02, 2);
        List<Map<String, String>> contracts = export(VismaExport.CONTRACTS);
        assertThat(sim.organisation().mutations()).hasSize(2);

        try (VismaSimulator twin = VismaSimulator.start(sim.options())) {
            twin.mutate(0.02, 1);
            twin.mutate(0.02, 2);
            StringWriter twinContracts = new StringWriter();
            twin.organisation().writeCsv(HrTable.CONTRACTS, twinContracts);
            assertThat(contracts).isEqualTo(rows(twinContracts.toString()));
            assertThat(twin.organisation().mutations()).isEqualTo(sim.organisation().mutations());
        }
    }

    @Test
    void aSimulatorServingFixtureFilesCannotBeMutated() {
        try (VismaSimulator fixtures = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(5)
                .withFixtures(Path.of("does-not-matter")))) {
            assertThatThrownBy(() -> fixtures.mutate(0.5, 1)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("fixture");
        }
    }
}

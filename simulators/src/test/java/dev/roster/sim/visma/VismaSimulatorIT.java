package dev.roster.sim.visma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.sim.hr.HrTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VismaSimulatorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static VismaSimulator sim;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        sim = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(120)
                .withAsOf(LocalDate.of(2025, 6, 15)));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void noFaults() {
        sim.faults().clear();
    }

    private HttpResponse<String> token(String secret, String scope) throws Exception {
        String form = "grant_type=client_credentials&client_id=roster&client_secret=" + secret
                + "&tenant_id=" + sim.options().tenantId() + "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String accessToken(String scope) throws Exception {
        return JSON.readTree(token("roster-secret", scope).body()).get("access_token").asText();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : sim.baseUrl() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{\"callbackAddress\":\"x\"}")
                : HttpRequest.BodyPublishers.noBody());
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aJobRunsFromCommandThroughPollsToTheCsvDownload() throws Exception {
        HttpResponse<String> tokenResponse = token("roster-secret", Scopes.EMPLOYEES);
        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        JsonNode t = JSON.readTree(tokenResponse.body());
        assertThat(t.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(t.get("expires_in").asInt()).isEqualTo(3600);
        String token = t.get("access_token").asText();

        HttpResponse<String> command = send("POST", VismaExport.EMPLOYEES.commandPath(), token);
        assertThat(command.statusCode()).isEqualTo(200);
        String jobId = JSON.readTree(command.body()).get("jobId").asText();
        String query = VismaExport.EMPLOYEES.queryPath() + "/" + jobId;

        JsonNode first = JSON.readTree(send("GET", query, token).body());
        assertThat(first.get("status").asText()).isEqualTo("InProgress");
        assertThat(first.get("employeeFileUris").isNull()).isTrue();
        JsonNode done = JSON.readTree(send("GET", query, token).body());
        assertThat(done.get("status").asText()).isEqualTo("Completed");
        assertThat(done.get("changeTimestampBefore").asText()).isNotEmpty();
        String url = done.get("employeeFileUris").get(0).asText();

        HttpResponse<String> file = send("GET", url, null);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = file.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", HrTable.EMPLOYEES.columns()));
        assertThat(lines).hasSize(121);
        // without the contact-information scope the private phone column stays empty
        int phone = HrTable.EMPLOYEES.columns().indexOf("officemobilephonenumber");
        assertThat(java.util.Arrays.stream(lines).skip(1)).allMatch(l -> !l.split(",", -1)[phone].startsWith("06-"));
        assertThat(send("GET", url.replaceAll("sig=[0-9a-f]+", "sig=forged"), null).statusCode()).isEqualTo(403);
    }

    @Test
    void contactInformationScopeFillsPrivateColumnsAndFieldsExcludeColumns() throws Exception {
        String token = accessToken(Scopes.EMPLOYEES + " " + Scopes.CONTACT_INFORMATION + " " + Scopes.CONTRACTS);
        assertThat(download(token, VismaExport.EMPLOYEES, "")).contains(",06-");
        String contracts = download(token, VismaExport.CONTRACTS, "?fields=!salaryhour,scale");
        assertThat(contracts.substring(0, contracts.indexOf('\r')).split(","))
                .startsWith("odporgid", "employeeid", "contractid")
                .doesNotContain("salaryhour", "scale").contains("scaletype", "garsalaryhour");
        assertThat(download(token, VismaExport.CONTRACTS, "?fields=employeeid,contractid"))
                .startsWith("employeeid,contractid\r\n");
    }

    @Test
    void preparedFilesServeWhatEachJobsScopeAllowsAsIfRenderedAtTheDownload() throws Exception {
        try (VismaSimulator fresh = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(200)
                .withAsOf(LocalDate.of(2025, 6, 15)))) {
            VismaSimulator shared = sim;
            sim = fresh;
            try {
                String withContact = accessToken(Scopes.EMPLOYEES + " " + Scopes.CONTACT_INFORMATION);
                String withoutContact = accessToken(Scopes.EMPLOYEES);
                String rendered = csv(fresh, Set.of());
                String renderedBlank = csv(fresh, HrTable.CONTACT_COLUMNS);
                assertThat(rendered).contains(",06-");
                assertThat(renderedBlank).doesNotContain(",06-");
                for (boolean preparedWithContact : new boolean[] {false, true}) {
                    fresh.prepareExports(preparedWithContact, export -> null);
                    assertThat(download(withContact, VismaExport.EMPLOYEES, "")).isEqualTo(rendered);
                    assertThat(download(withoutContact, VismaExport.EMPLOYEES, "")).isEqualTo(renderedBlank);
                }
                fresh.mutate(0.05, 3);
                fresh.prepareExports(false, export -> null);
                String mutated = download(withoutContact, VismaExport.EMPLOYEES, "");
                assertThat(mutated).isEqualTo(csv(fresh, HrTable.CONTACT_COLUMNS)).isNotEqualTo(renderedBlank);
            } finally {
                sim = shared;
            }
        }
    }

    /** The employees export of the simulator's organisation, rendered here. */
    private static String csv(VismaSimulator simulator, Set<String> blank) throws Exception {
        StringWriter out = new StringWriter();
        simulator.organisation().writeCsv(HrTable.EMPLOYEES, HrTable.EMPLOYEES.columns(), blank, 0, Long.MAX_VALUE, out);
        return out.toString();
    }

    @Test
    void splitFilesDeliverEveryRowOnce() throws Exception {
        sim.faults().splitFiles(3);
        String token = accessToken(Scopes.CONTRACTS);
        JsonNode done = completed(token, VismaExport.CONTRACTS, "");
        assertThat(done.get("contractFileUris")).hasSize(3);
        int rows = 0;
        for (JsonNode url : done.get("contractFileUris")) {
            rows += send("GET", url.asText(), null).body().split("\r\n").length - 1;
        }
        assertThat(rows).isEqualTo(sim.organisation().rowCount(HrTable.CONTRACTS));
    }

    @Test
    void unauthorisedRequestsAndUnknownJobsAreRefused() throws Exception {
        assertThat(send("POST", VismaExport.USERS.commandPath(), null).statusCode()).isEqualTo(401);
        assertThat(send("POST", VismaExport.USERS.commandPath(), "made-up").statusCode()).isEqualTo(401);
        String employeesOnly = accessToken(Scopes.EMPLOYEES);
        assertThat(send("POST", VismaExport.USERS.commandPath(), employeesOnly).statusCode()).isEqualTo(401);
        assertThat(send("GET", VismaExport.EMPLOYEES.queryPath() + "/" + java.util.UUID.randomUUID(),
                employeesOnly).statusCode()).isEqualTo(404);
        HttpResponse<String> wrongSecret = token("wrong", Scopes.USERS);
        assertThat(wrongSecret.statusCode()).isEqualTo(400);
        assertThat(wrongSecret.body()).contains("invalid_client");
        assertThat(token("roster-secret", "hrmanalytics:nlhrm:everything").body()).contains("invalid_scope");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        try (VismaSimulator shortLived = VismaSimulator.start(VismaSimulator.Options.defaults()
                .withEmployees(5).withTokenLifetimeSeconds(0))) {
            String form = "grant_type=client_credentials&client_id=roster&client_secret=roster-secret&tenant_id="
                    + shortLived.options().tenantId() + "&scope=" + Scopes.USERS;
            String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(shortLived.tokenUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("access_token").asText();
            Thread.sleep(5);
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(
                    URI.create(shortLived.baseUrl() + VismaExport.USERS.commandPath()))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("token expired");
        }
    }

    @Test
    void faultsFailJobsAndRateLimitCommands() throws Exception {
        String token = accessToken(Scopes.USERS + " " + Scopes.METADATA);
        sim.faults().failExport("users").rateLimit("cost-centers", 1, 2);
        assertThat(completed(token, VismaExport.USERS, "").get("status").asText()).isEqualTo("Failed");
        HttpResponse<String> limited = send("POST", VismaExport.COST_CENTERS.commandPath(), token);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(send("POST", VismaExport.COST_CENTERS.commandPath(), token).statusCode()).isEqualTo(200);
    }

    private JsonNode completed(String token, VismaExport export, String query) throws Exception {
        String jobId = JSON.readTree(send("POST", export.commandPath() + query, token).body()).get("jobId").asText();
        JsonNode status;
        do {
            status = JSON.readTree(send("GET", export.queryPath() + "/" + jobId, token).body());
        } while (status.get("status").asText().equals("InProgress"));
        return status;
    }

    private String download(String token, VismaExport export, String query) throws Exception {
        JsonNode done = completed(token, export, query);
        return send("GET", done.get(export.fileUriField()).get(0).asText(), null).body();
    }
}

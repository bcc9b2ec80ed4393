package dev.roster.sim.visma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.sim.hr.HrTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault knobs added for the connector's tests, seen at the protocol level. */
class VismaFaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static VismaSimulator sim;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        sim = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(30)
                .withAsOf(LocalDate.of(2025, 6, 15)));
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

    private HttpResponse<String> token(VismaSimulator s, String scope) throws Exception {
        String form = "grant_type=client_credentials&client_id=roster&client_secret=roster-secret&tenant_id="
                + s.options().tenantId() + "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(s.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String accessToken(String scope) throws Exception {
        return JSON.readTree(token(sim, scope).body()).get("access_token").asText();
    }

    private HttpResponse<String> send(VismaSimulator s, String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : s.baseUrl() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, HttpRequest.BodyPublishers.noBody());
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode completed(VismaSimulator s, String token, VismaExport export) throws Exception {
        String jobId = JSON.readTree(send(s, "POST", export.commandPath(), token).body()).get("jobId").asText();
        JsonNode status;
        do {
            status = JSON.readTree(send(s, "GET", export.queryPath() + "/" + jobId, token).body());
        } while (status.get("status").asText().equals("InProgress"));
        return status;
    }

    @Test
    void pollsCanBeRateLimitedAndKeptInProgressAndTrafficCountsThem() throws Exception {
        String token = accessToken(Scopes.USERS);
        sim.faults().rateLimitPolls("users", 1, 3).inProgressPolls("users", 3);
        String jobId = JSON.readTree(send(sim, "POST", VismaExport.USERS.commandPath(), token).body())
                .get("jobId").asText();
        HttpResponse<String> limited = send(sim, "GET", VismaExport.USERS.queryPath() + "/" + jobId, token);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
        for (int k = 0; k < 3; k++) {
            assertThat(send(sim, "GET", VismaExport.USERS.queryPath() + "/" + jobId, token).body())
                    .contains("\"status\":\"InProgress\"");
        }
        assertThat(send(sim, "GET", VismaExport.USERS.queryPath() + "/" + jobId, token).body())
                .contains("\"status\":\"Completed\"");
        assertThat(sim.traffic().commands("users")).isEqualTo(1);
        assertThat(sim.traffic().polls("users")).isEqualTo(5);
        assertThat(sim.traffic().tokensIssued()).isEqualTo(1);
    }

    @Test
    void anExpiredLinkIsTheLastFileOfTheNextJobsOnly() throws Exception {
        String token = accessToken(Scopes.CONTRACTS);
        sim.faults().splitFiles(2).expireLinks("contracts", 1);
        JsonNode first = completed(sim, token, VismaExport.CONTRACTS).get("contractFileUris");
        assertThat(send(sim, "GET", first.get(0).asText(), null).statusCode()).isEqualTo(200);
        HttpResponse<String> expired = send(sim, "GET", first.get(1).asText(), null);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.body()).contains("AuthenticationFailed");
        JsonNode second = completed(sim, token, VismaExport.CONTRACTS).get("contractFileUris");
        assertThat(send(sim, "GET", second.get(1).asText(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void theContactScopeCanBeRefusedDroppedOrItsColumnsLeftOut() throws Exception {
        String both = Scopes.EMPLOYEES + " " + Scopes.CONTACT_INFORMATION;
        sim.faults().contactScope(Faults.ContactScope.REFUSED);
        HttpResponse<String> refused = token(sim, both);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_scope");

        sim.faults().contactScope(Faults.ContactScope.DROPPED).omitContactColumns(true);
        JsonNode dropped = JSON.readTree(token(sim, both).body());
        assertThat(dropped.get("scope").asText()).isEqualTo(Scopes.EMPLOYEES);
        String file = send(sim, "GET", completed(sim, dropped.get("access_token").asText(), VismaExport.EMPLOYEES)
                .get("employeeFileUris").get(0).asText(), null).body();
        String header = file.substring(0, file.indexOf('\r'));
        assertThat(header).contains("businessemailaddress").doesNotContain("homeemailaddress", "officetelphonenumber");
    }

    @Test
    void withheldScopesTenantRefusalAndWornOutTokensAnswerAsTheRealServiceDoes() throws Exception {
        sim.faults().withholdScope(Scopes.METADATA);
        String token = accessToken(Scopes.USERS + " " + Scopes.METADATA);
        assertThat(send(sim, "POST", VismaExport.COST_CENTERS.commandPath(), token).statusCode()).isEqualTo(401);
        assertThat(send(sim, "POST", VismaExport.USERS.commandPath(), token).statusCode()).isEqualTo(200);

        sim.faults().clear().tokenUses(1);
        String once = accessToken(Scopes.USERS);
        assertThat(send(sim, "POST", VismaExport.USERS.commandPath(), once).statusCode()).isEqualTo(200);
        HttpResponse<String> worn = send(sim, "POST", VismaExport.USERS.commandPath(), once);
        assertThat(worn.statusCode()).isEqualTo(401);
        assertThat(worn.body()).contains("token expired");

        sim.faults().clear().tenantNotGranted(true);
        assertThat(token(sim, Scopes.USERS).body()).contains("unauthorized_client");
    }

    @Test
    void fixturesAreServedAsWrittenAndSplitByLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("users.csv"), "userid,emailaddress,employeeid\nu1,a@x.example,100\nu2,b@x.example,\n");
        try (VismaSimulator fixed = VismaSimulator.start(VismaSimulator.Options.defaults().withEmployees(5)
                .withFixtures(dir))) {
            fixed.faults().splitFiles(2);
            String token = JSON.readTree(token(fixed, Scopes.USERS).body()).get("access_token").asText();
            JsonNode files = completed(fixed, token, VismaExport.USERS).get("usersFileUris");
            assertThat(send(fixed, "GET", files.get(0).asText(), null).body())
                    .isEqualTo("userid,emailaddress,employeeid\r\nu1,a@x.example,100\r\n");
            assertThat(send(fixed, "GET", files.get(1).asText(), null).body())
                    .isEqualTo("userid,emailaddress,employeeid\r\nu2,b@x.example,\r\n");
            String noFile = send(fixed, "GET", completed(fixed, JSON.readTree(token(fixed, Scopes.METADATA).body())
                    .get("access_token").asText(), VismaExport.COST_CENTERS).get("costCentersFileUris").get(0).asText(), null).body();
            assertThat(noFile).isEmpty();
        }
        assertThat(HrTable.USERS.columns()).containsExactly("userid", "emailaddress", "employeeid");
    }
}

package dev.roster.source.visma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.model.SourceException;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gets Visma Connect access tokens with client credentials and reuses one until 60 s before it
 * expires, so every export job starts with a token that outlives its first minute. Thread-safe.
 *
 * <p>When the contact-information scope is asked for but refused ({@code invalid_scope}) and the
 * settings allow it ({@code missingContactScope: warn}), it asks again without that scope and
 * {@link #contactScopeGranted()} turns false.
 */
final class TokenClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final VismaSettings settings;
    private final Http http;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;
    private boolean askContact;
    private Set<String> granted = Set.of();

    TokenClient(VismaSettings settings, Http http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        this.askContact = settings.contactInformation();
    }

    /** The space-separated scopes requested: the five exports, plus contact data when configured. */
    String scopes() {
        return scopes(settings.contactInformation());
    }

    private static String scopes(boolean contact) {
        List<String> scopes = new ArrayList<>(VismaExport.SCOPES);
        if (contact) {
            scopes.add(VismaExport.CONTACT_SCOPE);
        }
        return scopes.stream().map(s -> VismaExport.SCOPE_PREFIX + s).collect(Collectors.joining(" "));
    }

    /**
     * A valid access token: the cached one while it has more than 60 s left, else a new one.
     *
     * @throws SourceException naming the likely cause when Visma Connect refuses
     */
    synchronized String token() {
        if (token != null && clock.instant().isBefore(renewAt)) {
            return token;
        }
        String what = "Visma source '" + settings.name() + "': token request to " + settings.tokenUrl();
        HttpResponse<String> response = request(askContact, what);
        JsonNode body = parse(response.body());
        String error = body.path("error").asText("");
        if (response.statusCode() == 400 && error.equals("invalid_scope") && askContact
                && !settings.contactScopeRequired()) {
            askContact = false;
            response = request(false, what);
            body = parse(response.body());
            error = body.path("error").asText("");
        }
        if (response.statusCode() == 200 && body.hasNonNull("access_token")) {
            token = body.get("access_token").asText();
            long lifetime = body.path("expires_in").asLong(3600);
            renewAt = clock.instant().plusSeconds(lifetime).minus(MARGIN);
            String scope = body.path("scope").asText(scopes(askContact));
            granted = Set.copyOf(Arrays.asList(scope.trim().split("\\s+")));
            return token;
        }
        throw new SourceException(what + " failed: " + explain(response.statusCode(), error));
    }

    /** Forgets the cached token, e.g. after the API refused it; the next call asks for a new one. */
    synchronized void invalidate() {
        token = null;
    }

    /** Whether the last token carries the contact-information scope. */
    synchronized boolean contactScopeGranted() {
        return granted.contains(VismaExport.SCOPE_PREFIX + VismaExport.CONTACT_SCOPE);
    }

    private HttpResponse<String> request(boolean contact, String what) {
        String form = Map.of("grant_type", "client_credentials", "client_id", settings.clientId(),
                        "client_secret", settings.clientSecret(), "tenant_id", settings.tenantId(),
                        "scope", scopes(contact)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(settings.tokenUrl())
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(), what);
    }

    private String explain(int status, String error) {
        String setting = "sources." + settings.name() + ".";
        switch (error) {
            case "invalid_client":
                return "Visma Connect refused the client credentials (invalid_client); check "
                        + setting + "clientId and the secret that " + setting + "clientSecret refers to";
            case "invalid_scope":
                return "the application is not granted every scope it asks for (invalid_scope): "
                        + scopes() + "; grant them in the Visma Developer Portal"
                        + (askContact ? ", or set " + setting + "contactInformation: false (or "
                        + setting + "missingContactScope: warn) to import without the contact scope "
                        + VismaExport.SCOPE_PREFIX + VismaExport.CONTACT_SCOPE : "");
            case "invalid_tenant":
            case "unauthorized_client":
                return "the tenant has not given this application access (" + error + "); check "
                        + setting + "tenantId and that the tenant accepted the app's invitation";
            default:
                return status == 401 || status == 400
                        ? "Visma Connect answered " + status + (error.isEmpty() ? "" : " (" + error + ")")
                        + "; check " + setting + "clientId, clientSecret and tenantId"
                        : "Visma Connect answered HTTP " + status;
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}

package dev.roster.source.visma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.model.SourceException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one export job: starts it, polls it with linear back-off (capped at 10 s) within the
 * configured time limit, and streams the rows of every file it produced to a consumer.
 * Thread-safe.
 */
final class ExportReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_POLL_INTERVAL_MILLIS = 10_000;

    private final VismaSettings settings;
    private final TokenClient tokens;
    private final Http http;
    private final Clock clock;

    ExportReader(VismaSettings settings, TokenClient tokens, Http http, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.clock = clock;
    }

    /**
     * Reads all rows of {@code export}; each row maps column names to cell values.
     *
     * @return the number of rows read
     * @throws SourceException naming the export and the cause for any failure
     */
    long read(VismaExport export, Consumer<Map<String, String>> rows) {
        String what = "Visma source '" + settings.name() + "', export " + export.exportName();
        String jobId = start(export, what);
        List<String> files = await(export, jobId, what);
        long count = 0;
        for (int k = 0; k < files.size(); k++) {
            count += download(export, URI.create(files.get(k)), what + ", file " + (k + 1) + " of "
                    + files.size(), rows);
        }
        return count;
    }

    private String start(VismaExport export, String what) {
        URI uri = URI.create(settings.apiUrl() + export.commandPath() + export.commandQuery());
        HttpRequest request = authorized(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(),
                what + ", command");
        JsonNode body = check(response, what + ", command");
        String jobId = body.path("jobId").asText("");
        if (jobId.isEmpty()) {
            throw new SourceException(what + ": the command answered no jobId: " + snippet(response.body()));
        }
        return jobId;
    }

    private List<String> await(VismaExport export, String jobId, String what) {
        URI uri = URI.create(settings.apiUrl() + export.queryPath() + "/" + jobId);
        Instant deadline = clock.instant().plusSeconds(settings.pollTimeoutSeconds());
        for (int poll = 1; ; poll++) {
            HttpResponse<String> response = http.send(authorized(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString(), what + ", poll of job " + jobId);
            if (response.statusCode() == 404) {
                throw new SourceException(what + ": job " + jobId + " is unknown to Visma (404)");
            }
            JsonNode body = check(response, what + ", poll of job " + jobId);
            String status = body.path("status").asText("");
            if (status.equals("Completed")) {
                List<String> files = new ArrayList<>();
                body.path(export.fileUriField()).forEach(url -> files.add(url.asText()));
                return files;
            }
            if (!status.equals("InProgress")) {
                throw new SourceException(what + ": job " + jobId + " ended with status '" + status
                        + "' instead of Completed");
            }
            long wait = Math.min(poll * settings.pollIntervalMillis(), MAX_POLL_INTERVAL_MILLIS);
            long left = Duration.between(clock.instant(), deadline).toMillis();
            if (left <= 0) {
                throw new SourceException(what + ": job " + jobId + " did not complete within "
                        + settings.pollTimeoutSeconds() + " s (sources." + settings.name()
                        + ".pollTimeoutSeconds)");
            }
            Http.sleep(Math.min(wait, left), what);
        }
    }

    private long download(VismaExport export, URI uri, String what, Consumer<Map<String, String>> rows) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream(),
                what);
        if (response.statusCode() != 200) {
            Http.discard(response);
            throw new SourceException(what + ": download answered HTTP " + response.statusCode()
                    + (response.statusCode() == 403 ? " (the pre-signed URL was refused; it may have expired)" : ""));
        }
        try (InputStream in = response.body()) {
            return CsvRows.read(in, export.requiredColumns(), what, rows);
        } catch (IOException e) {
            throw new SourceException(what + ": reading the file failed: " + e.getMessage(), e);
        }
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.token())
                .header("Accept", "application/json");
    }

    private JsonNode check(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new SourceException(what + " was refused (HTTP " + status + "): the application "
                    + "probably lacks the scope for this export, or the token is no longer valid");
        }
        if (status < 200 || status >= 300) {
            throw new SourceException(what + " answered HTTP " + status + ": " + snippet(response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SourceException(what + " answered something that is not JSON: "
                    + snippet(response.body()), e);
        }
    }

    private static String snippet(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}

package dev.roster.source.visma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.model.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one export job: starts it, polls it with linear back-off (capped at 10 s) within the
 * configured time limit, and downloads every file it produced into a folder, digesting the bytes
 * ({@link #fetch}); {@link #parse} then streams their rows to a {@link Sink}. Fetching every
 * export before reading any lets a read that delivers what an earlier one did stop there.
 * A refused token (401) is renewed once; download links refused by storage (403, expired) restart
 * the job, at most {@link Http#ATTEMPTS} jobs in all. Thread-safe.
 */
final class ExportReader {

    /** Receives what one export delivers. Called from the reading thread only. */
    interface Sink {
        /** The header of one file, before its rows. */
        void header(List<String> columns);

        void row(Map<String, String> row);

        /** Shares repeated values of this read. */
        ValuePool pool();
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExportReader.class);
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
     * The files of one export's completed job, downloaded into {@code dir}, with the SHA-256 of
     * their bytes in order.
     *
     * @param what names the export, for messages
     * @param job  the id of the job that made the files
     */
    record Fetched(String what, String job, List<Path> files, byte[] digest) {
    }

    /**
     * Downloads the files of a completed job of {@code export} into {@code dir}.
     *
     * @throws SourceException naming the export and the cause for any failure
     */
    Fetched fetch(VismaExport export, Path dir) {
        String what = "Visma source '" + settings.name() + "', export " + export.exportName();
        for (int attempt = 1; ; attempt++) {
            String jobId = start(export, what);
            List<String> links = await(export, jobId, what);
            MessageDigest digest = sha256();
            List<Path> files = new ArrayList<>();
            boolean expired = false;
            for (int k = 0; k < links.size() && !expired; k++) {
                Path file = dir.resolve(export.exportName() + "-" + attempt + "-" + (k + 1) + ".csv");
                expired = !download(URI.create(links.get(k)), what + ", file " + (k + 1) + " of "
                        + links.size() + " of job " + jobId, file, digest);
                files.add(file);
            }
            if (!expired) {
                return new Fetched(what, jobId, files, digest.digest());
            }
            for (Path file : files) {
                delete(file);
            }
            if (attempt >= Http.ATTEMPTS) {
                throw new SourceException(what + ": storage refused the download links (HTTP 403, "
                        + "expired pre-signed URLs) of " + attempt + " jobs in a row; giving up");
            }
            LOG.warn("{}: storage refused a download link of job {} (HTTP 403, expired); "
                    + "starting the export again", what, jobId);
        }
    }

    /**
     * Streams the rows of the fetched files of {@code export} to {@code sink}.
     *
     * @return the number of rows read
     * @throws SourceException naming the export, the file and the problem
     */
    long parse(VismaExport export, Fetched fetched, Sink sink) {
        long count = 0;
        for (int k = 0; k < fetched.files().size(); k++) {
            String what = fetched.what() + ", file " + (k + 1) + " of " + fetched.files().size() + " of job "
                    + fetched.job();
            try (InputStream in = Files.newInputStream(fetched.files().get(k))) {
                count += CsvRows.read(in, export.requiredColumns(), what, sink.pool(), sink::header, sink::row);
            } catch (IOException e) {
                throw new SourceException(what + ": reading the file failed: " + e.getMessage(), e);
            }
        }
        return count;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", file, e.getMessage());
        }
    }

    private String start(VismaExport export, String what) {
        URI uri = URI.create(settings.apiUrl() + export.commandPath() + export.commandQuery());
        HttpResponse<String> response = sendAuthorized(() -> authorized(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), export, what + ", command");
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
        String step = what + ", poll of job " + jobId;
        for (int poll = 1; ; poll++) {
            HttpResponse<String> response = sendAuthorized(() -> authorized(uri).GET().build(),
                    export, step);
            if (response.statusCode() == 404) {
                throw new SourceException(what + ": job " + jobId + " is unknown to Visma (404)");
            }
            JsonNode body = check(response, step);
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

    /** Downloads {@code uri} into {@code file}, digesting it; false when storage refused the link (403). */
    private boolean download(URI uri, String what, Path file, MessageDigest digest) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream(),
                what);
        if (response.statusCode() != 200) {
            Http.discard(response);
            if (response.statusCode() == 403) {
                return false;
            }
            throw new SourceException(what + ": download answered HTTP " + response.statusCode());
        }
        try (InputStream in = new DigestInputStream(response.body(), digest);
             OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
            return true;
        } catch (IOException e) {
            throw new SourceException(what + ": downloading the file failed: " + e.getMessage(), e);
        }
    }

    /**
     * Sends an authorised request; a 401 is answered by one retry with a new token (the old one
     * may have expired early or been revoked), a second 401 names the scope the export needs.
     */
    private HttpResponse<String> sendAuthorized(Supplier<HttpRequest> request, VismaExport export,
                                                String what) {
        HttpResponse<String> response = http.send(request.get(), HttpResponse.BodyHandlers.ofString(), what);
        if (response.statusCode() != 401) {
            return response;
        }
        tokens.invalidate();
        response = http.send(request.get(), HttpResponse.BodyHandlers.ofString(), what);
        if (response.statusCode() == 401) {
            throw new SourceException(what + " was refused (HTTP 401) with a new token: the "
                    + "application is probably not granted the scope " + export.scope()
                    + " for this tenant; grant it in the Visma Developer Portal and have the tenant "
                    + "accept it (Visma answered: " + snippet(response.body()) + ")");
        }
        return response;
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.token())
                .header("Accept", "application/json");
    }

    private JsonNode check(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status == 403) {
            throw new SourceException(what + " was refused (HTTP 403): the application probably "
                    + "lacks the scope for this export: " + snippet(response.body()));
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

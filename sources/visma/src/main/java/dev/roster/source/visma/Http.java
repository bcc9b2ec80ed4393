package dev.roster.source.visma;

import dev.roster.model.SourceException;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends requests, retrying 429 and 503 answers after their Retry-After (seconds; 1 s when absent,
 * at most 120 s), three attempts in all. Transport failures become a {@link SourceException}
 * whose message starts with the caller's description of the call. Thread-safe.
 */
final class Http {

    static final int ATTEMPTS = 3;
    private static final long MAX_WAIT_SECONDS = 120;

    private final HttpClient client;

    Http(HttpClient client) {
        this.client = client;
    }

    /**
     * @param what names the source, export and step for messages, e.g. "Visma source 'hr', export users, command"
     * @return the response; a 429 or 503 only after the last attempt
     */
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String what) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<T> response;
            try {
                response = client.send(request, handler);
            } catch (IOException e) {
                throw new SourceException(what + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException(what + " was interrupted", e);
            }
            int status = response.statusCode();
            if ((status != 429 && status != 503) || attempt >= ATTEMPTS) {
                return response;
            }
            discard(response);
            sleep(retryAfterSeconds(response) * 1000, what);
        }
    }

    private static long retryAfterSeconds(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("1").trim();
        try {
            return Math.max(0, Math.min(MAX_WAIT_SECONDS, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Closes a streamed body that will not be read. */
    static void discard(HttpResponse<?> response) {
        if (response.body() instanceof InputStream) {
            try {
                ((InputStream) response.body()).close();
            } catch (IOException ignored) {
                // the body is of no interest any more
            }
        }
    }

    static void sleep(long millis, String what) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(what + " was interrupted", e);
        }
    }
}

package org.sanctuaryoversight.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for tests that must see exactly what a partner organisation's client sees. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return postJson(path, HttpRequest.BodyPublishers.ofString(json), headers);
    }

    /** Posts raw bytes as JSON: for bodies a string cannot carry (invalid UTF-8) or of unknown length (chunked). */
    public HttpResponse<String> postJson(String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid anonymous complaint body; {@code narrative} must be JSON-safe text. */
    public static String anonymousComplaint(String narrative) {
        return """
                {"narrative":"%s","incidentDate":"2026-10","departments":["police"],
                 "allegations":["INQUIRING_ABOUT_STATUS"],"language":"en","anonymous":true}
                """.formatted(narrative);
    }
}

package org.sanctuaryoversight.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;

import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.AuditImportView;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAuditImportQuery;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A year of license-plate reader searches ({@code --alpr-rows}, a million by default) imported the way a liaison
 * does it, in the running application: sign in over HTTP, post the file with the upload form (streamed from
 * disk, never held in memory by the client either), follow the import to completion. Run it with
 * {@code -Xmx256m} to check the import's memory does not grow with the file. Measured:
 * <ol>
 *   <li>generating the file ({@link SyntheticAuditLog}: Flock network layout, a year, a burst, immigration
 *       reasons, federal and out-of-state agencies): not part of the goal;</li>
 *   <li>the upload answered: the first pass (every row validated, SHA-256, copied to the encrypted spool) runs
 *       while the body arrives, and the answer comes once the import has started;</li>
 *   <li>the second pass: every search checked, the flagged ones recorded, the import completed and its read
 *       model updated.</li>
 * </ol>
 */
final class AuditLogImportBenchmark {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"/staff/surveillance/imports\\?_csrf=([^\"]+)\"");

    private final ConfigurableApplicationContext application;
    private final Consumer<String> line;
    private final Benchmarks.HeapSampler heap;

    AuditLogImportBenchmark(ConfigurableApplicationContext application, Consumer<String> line,
                            Benchmarks.HeapSampler heap) {
        this.application = application;
        this.line = line;
        this.heap = heap;
    }

    void run(int rows) throws Exception {
        Path file = Files.createTempFile("alpr-benchmark-", ".csv");
        try {
            long generateStart = System.nanoTime();
            SyntheticAuditLog.Manifest manifest;
            try (OutputStream out = Files.newOutputStream(file)) {
                manifest = SyntheticAuditLog.write(new SyntheticAuditLog.Spec(SyntheticAuditLog.Layout.NETWORK, rows,
                        Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-12-31T22:00:00Z"), 21,
                        "Culver City CA PD", null, 400, 150), out);
            }
            long bytes = Files.size(file);
            line.accept(String.format(Locale.ROOT, "| audit log generated (Flock network layout, a year) | %,d searches, "
                            + "%,d MB, %,d planted as flagged, in %.1f s (not part of the goal) |", rows,
                    bytes / (1 << 20), manifest.flaggedRows(), (System.nanoTime() - generateStart) / 1e9));

            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) application).getWebServer().getPort();
            StaffSignIn.signIn(http, base, application.getBean(StaffAccounts.class), StaffRole.DEPARTMENT_LIAISON, "police");
            String token = find(UPLOAD_ACTION, get(http, base + "/staff/surveillance/upload"));

            heap.startSection();
            long uploadStart = System.nanoTime();
            HttpResponse<String> uploaded = http.send(upload(base, token, file, bytes), HttpResponse.BodyHandlers.ofString());
            double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
            if (uploaded.statusCode() != 302) {
                throw new IllegalStateException("upload refused: " + uploaded.statusCode());
            }
            String importId = uploaded.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
            line.accept(String.format(Locale.ROOT, "| upload answered: first pass (validation, SHA-256, encrypted spool) "
                    + "while the body arrives | %.1f s: **%,.0f searches/s**, %.1f MB/s |", uploadSeconds,
                    rows / uploadSeconds, bytes / (1 << 20) / uploadSeconds));

            long checkStart = System.nanoTime();
            AuditImportView view = awaitCompleted(application.getBean(QueryGateway.class), importId, Duration.ofHours(2));
            double checkSeconds = (System.nanoTime() - checkStart) / 1e9;
            line.accept(String.format(Locale.ROOT, "| second pass: every search checked, %,d flagged searches recorded "
                            + "(%,d commits), import completed | %.1f s: **%,.0f searches/s** |",
                    view.summary().flaggedSearches(), (view.summary().flaggedSearches() + 249) / 250, checkSeconds,
                    rows / checkSeconds));
            line.accept(String.format(Locale.ROOT, "| whole import of %,d searches | %.1f s; highest heap during it "
                            + "%,d MiB of %,d MiB allowed |", rows, uploadSeconds + checkSeconds,
                    heap.sectionHighestMiB(), Runtime.getRuntime().maxMemory() / (1 << 20)));
            if (view.summary().searches() != rows || view.summary().flaggedSearches() != manifest.flaggedRows()) {
                throw new IllegalStateException("the import counted " + view.summary().searches() + " searches and "
                        + view.summary().flaggedSearches() + " flagged; the file has " + rows + " and "
                        + manifest.flaggedRows());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The form post a browser sends, with the file streamed from disk and its length declared. */
    private static HttpRequest upload(String base, String token, Path file, long size) {
        String boundary = "----alprbench" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"department\"\r\n\r\npolice\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"log\"; filename=\"audit.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + size + tail.length;
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        InputStream content = Files.newInputStream(file);
                        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                                content, new ByteArrayInputStream(tail))));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }), length);
        return HttpRequest.newBuilder(URI.create(base + "/staff/surveillance/imports?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build();
    }

    private static AuditImportView awaitCompleted(QueryGateway queries, String importId, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var found = queries.query(new FindAuditImportQuery(importId),
                    ResponseTypes.optionalInstanceOf(AuditImportView.class)).join();
            if (found.map(view -> view.completed() && view.pending() == null).orElse(false)) {
                return found.orElseThrow();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the import did not complete within " + timeout);
    }

    private static String get(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("not found on the page: " + pattern);
        }
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

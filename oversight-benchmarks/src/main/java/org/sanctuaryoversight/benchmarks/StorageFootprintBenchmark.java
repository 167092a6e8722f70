package org.sanctuaryoversight.benchmarks;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.RawBsonDocument;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the bytes of a filing go (issue 19, storage footprint): {@code --storage-filings} complaints of the intake
 * benchmark's standard body filed over HTTP into a fresh embedded H2 file, the projections left to catch up, then
 * (1) the growth of the data directory per filing, while running and after the application has closed (H2 writes
 * its MVStore pages append-only and reclaims space only when it compacts), and (2) per collection, the BSON bytes of
 * the documents a real MongoDB would hold, per filing, so the file's growth can be set against the data itself.
 */
final class StorageFootprintBenchmark {

    private final Consumer<String> line;

    StorageFootprintBenchmark(Consumer<String> line) {
        this.line = line;
    }

    /** Files {@code filings} complaints and measures; closes the application to measure the closed file. */
    void run(ConfigurableApplicationContext application, Path dataDirectory, int filings, String body) throws Exception {
        long before = size(dataDirectory);
        Map<String, long[]> documentsBefore = documentBytes(application.getBean(MongoDatabase.class));
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/complaints");
        for (int i = 0; i < filings; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("filing failed: " + response.statusCode());
            }
        }
        awaitProjections(application.getBean(ReadModels.class));
        Thread.sleep(2_000); // let the store write what it holds in memory
        long running = size(dataDirectory);
        Map<String, long[]> documentsAfter = documentBytes(application.getBean(MongoDatabase.class));
        application.close();
        long closed = size(dataDirectory);

        row("embedded data directory growth per filing, %,d filings one at a time, while running / after close",
                "%,.1f KB / **%,.1f KB** (%,d → %,d bytes; %,d after close)", filings,
                (running - before) / 1000.0 / filings, (closed - before) / 1000.0 / filings, before, running, closed);
        long total = 0;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : documentsAfter.entrySet()) {
            long[] earlier = documentsBefore.getOrDefault(entry.getKey(), new long[2]);
            long bytes = entry.getValue()[1] - earlier[1];
            long count = entry.getValue()[0] - earlier[0];
            if (bytes <= 0) {
                continue;
            }
            total += bytes;
            parts.add(String.format(Locale.ROOT, "`%s` %,.0f B (%,d docs)", entry.getKey(), (double) bytes / filings,
                    count));
        }
        row("BSON a real MongoDB would hold per filing (documents added, by collection)", "**%,.0f B**: %s",
                (double) total / filings, String.join(", ", parts));
        row("embedded file growth / BSON held, per filing", "%.0f×", (double) (closed - before) / Math.max(1, total));
    }

    private static void awaitProjections(ReadModels readModels) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (readModels.lag().values().stream().anyMatch(behind -> behind > 0)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections did not catch up in 10 minutes: " + readModels.lag());
            }
            Thread.sleep(200);
        }
    }

    /** Collection name → {documents, BSON bytes}. */
    private static Map<String, long[]> documentBytes(MongoDatabase database) {
        Map<String, long[]> sizes = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            long[] size = new long[2];
            for (RawBsonDocument document : database.getCollection(name, RawBsonDocument.class).find()) {
                size[0]++;
                size[1] += document.getByteBuffer().remaining();
            }
            sizes.put(name, size);
        }
        return sizes;
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private void row(String measurement, String result, Object... arguments) {
        line.accept(String.format(Locale.ROOT, "| " + measurement + " | " + result + " |", arguments));
    }
}

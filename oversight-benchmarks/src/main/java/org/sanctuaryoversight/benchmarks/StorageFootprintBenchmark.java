package org.sanctuaryoversight.benchmarks;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.RawBsonDocument;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bytes a filing leaves behind (goal: at most 8 KB per filing of the standard complaint on the embedded file,
 * after compaction), measured two ways over {@code --footprint-filings} filings through the public API:
 * <ul>
 *   <li>the embedded data file {@code oversight.mv}: its growth while the server runs, and its growth from a
 *       clean shutdown after the warm-up to a clean shutdown after the filings (a clean shutdown compacts it);</li>
 *   <li>what a real MongoDB would hold: the sum of the BSON sizes of every document, per collection, as read
 *       back through the driver (indexes and MongoDB's own compression not counted).</li>
 * </ul>
 * The filings go through HTTP exactly as the intake part sends them; every event processor is waited for, so
 * the read models, tokens and JobRunr's deadline jobs are in the figures.
 */
final class StorageFootprintBenchmark {

    private final Supplier<ConfigurableApplicationContext> start;
    private final Consumer<String> line;
    private final Benchmarks.Filer filer;

    StorageFootprintBenchmark(Supplier<ConfigurableApplicationContext> start, Benchmarks.Filer filer,
                              Consumer<String> line) {
        this.start = start;
        this.filer = filer;
        this.line = line;
    }

    void run(Path dataDirectory, int warmup, int filings) throws Exception {
        Path file = dataDirectory.resolve("oversight.mv");
        try (ConfigurableApplicationContext application = start.get()) {
            filer.file(application, warmup);
            settle(application);
        }
        // A clean shutdown compacts the file: the growth below is measured from compacted to compacted.
        long compactedBefore = Files.size(file);
        long runningBefore;
        long runningAfter;
        Map<String, Long> bsonBefore;
        Map<String, Long> bsonAfter;
        try (ConfigurableApplicationContext application = start.get()) {
            settle(application);
            runningBefore = Files.size(file);
            bsonBefore = bsonSizes(application.getBean(MongoDatabase.class));
            filer.file(application, filings);
            settle(application);
            runningAfter = Files.size(file);
            bsonAfter = bsonSizes(application.getBean(MongoDatabase.class));
        }
        long compactedAfter = Files.size(file);
        line.accept(String.format(Locale.ROOT, "| embedded data file growth while the server runs (before any scheduled "
                        + "compaction), %,d filings after %,d of warm-up | %,d → %,d bytes: %,.0f bytes per filing |",
                filings, warmup, runningBefore, runningAfter, (runningAfter - runningBefore) / (double) filings));
        line.accept(String.format(Locale.ROOT, "| embedded data file growth per filing after compaction (clean shutdown "
                        + "before and after the %,d filings) | %,d → %,d bytes: **%,.0f bytes per filing** (goal ≤ 8,192) |",
                filings, compactedBefore, compactedAfter, (compactedAfter - compactedBefore) / (double) filings));
        long total = 0;
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, Long> entry : bsonAfter.entrySet()) {
            long grown = entry.getValue() - bsonBefore.getOrDefault(entry.getKey(), 0L);
            total += grown;
            if (grown != 0) {
                parts.append(String.format(Locale.ROOT, "%s %,.0f; ", entry.getKey(), grown / (double) filings));
            }
        }
        line.accept(String.format(Locale.ROOT, "| BSON a real MongoDB would hold, per filing (sum of document sizes, "
                + "indexes not counted) | **%,.0f bytes**: %s |", total / (double) filings,
                parts.toString().replaceFirst("; $", "")));
    }

    /** Waits until every event processor has caught up, so the read models and tokens are counted. */
    private static void settle(ConfigurableApplicationContext application) throws InterruptedException {
        EventProcessingConfiguration processing = application.getBean(EventProcessingConfiguration.class);
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                Benchmarks.awaitCaughtUp(streaming, Duration.ofMinutes(30));
            }
        }
    }

    /** Bytes of BSON per collection, read back as raw documents (their exact encoded size). */
    static Map<String, Long> bsonSizes(MongoDatabase database) {
        Map<String, Long> sizes = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            long bytes = 0;
            for (RawBsonDocument document : database.getCollection(name, RawBsonDocument.class).find().batchSize(1000)) {
                bytes += document.getByteBuffer().remaining();
            }
            sizes.put(name, bytes);
        }
        return sizes;
    }
}

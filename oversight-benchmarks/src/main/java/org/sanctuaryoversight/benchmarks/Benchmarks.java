package org.sanctuaryoversight.benchmarks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ApproximateDate;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
import org.sanctuaryoversight.complaint.status.ComplaintStatusModule;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.sanctuaryoversight.privacy.MasterKey;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.report.rendering.OfficeSigningKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures what the README claims, on the embedded default or on a real MongoDB:
 * <ol>
 *   <li>complaint intake over HTTP (throughput, p50/p99) against raw driver inserts of an equivalent
 *       document (the ceiling), per receipt-hash cost;</li>
 *   <li>the event store: append rate (over {@code --append-events} appends), raw cursor scan of the log, tracked read
 *       through the engine, and a full projection rebuild, over a log of {@code --events} events (the rest of the log
 *       is written in bulk, so a log of a million events is ready in minutes);</li>
 *   <li>the 90-day report of a period of {@code --bundle-complaints} complaints: compiling its tables from the
 *       ledger, rendering its bundle, and the whole publish path ({@link ReportBundleBenchmark});</li>
 *   <li>the import of a license-plate reader audit log of {@code --alpr-rows} searches through the upload form
 *       ({@link AuditLogImportBenchmark}; run with {@code -Xmx256m});</li>
 *   <li>the highest heap used.</li>
 * </ol>
 * Usage: {@code java -jar oversight-benchmarks/target/oversight-benchmarks.jar [--filings=N] [--clients=N]
 * [--events=N] [--append-events=N] [--bundle-complaints=N] [--alpr-rows=N] [--only=intake,events,bundle,alpr]
 * [--single-scan-max=N] [--rebuild-minutes=N] [--in-memory]
 * [--mongodb-uri=mongodb://...]}. {@code --events=0} or {@code --bundle-complaints=0} skips that part;
 * {@code --single-scan-max} (default 50,000) is the largest log also read with one cursor (the embedded server holds a
 * query's whole result in memory); {@code --rebuild-minutes} (default 120) is how long the rebuild may take;
 * {@code --only} runs only the parts named. Prints Markdown for docs/benchmarks.md.
 */
public final class Benchmarks {

    private final Map<String, String> options;
    private final HeapSampler heap = new HeapSampler();
    private final List<String> report = new ArrayList<>();

    private Benchmarks(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("filings", "5000", "clients", "16", "events", "1000000",
                "append-events", "2000",
                "warmup", "500", "bundle-complaints", "100000", "alpr-rows", "1000000",
                "footprint-filings", "10000", "only", "intake,events,bundle,alpr,footprint"));
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        options.putIfAbsent("single-scan-max", "50000");
        options.putIfAbsent("rebuild-minutes", "120");
        // Axon's handler-timeout janitor (AxonTaskJanitor, a static executor) keeps a non-daemon thread alive
        // after the first command, even once every application context is closed: end the run explicitly.
        try {
            new Benchmarks(options).run();
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    /** Whether {@code --only} names this part (all parts run by default). */
    private boolean runs(String part) {
        return Arrays.stream(options.get("only").split(",")).map(String::trim).anyMatch(part::equals);
    }

    private void run() throws Exception {
        heap.start();
        String mode = options.containsKey("mongodb-uri") ? "MongoDB at " + options.get("mongodb-uri")
                : options.containsKey("in-memory") ? "embedded (memory backend)" : "embedded (H2 file)";
        line("## Run of " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " — " + mode);
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB. Options: " + new java.util.TreeMap<>(options));
        line("");
        line("| measurement | result |");
        line("|---|---|");
        if (runs("deadline-job")) {
            DeadlineJobCost.run(this::line);
        }
        if (runs("intake")) {
            intake();
        }
        if (runs("events") && option("events") > 0) {
            eventStore(option("events"));
        }
        if (runs("bundle") && option("bundle-complaints") > 0) {
            // Period 1 of an ordinance in effect since 2025-01-01: long ended, so it can be published.
            // An ordinance in effect since 2024-10-01: period 1 (filled by the bundle part) is long ended, and eight
            // periods have ended by the time of these runs, as the staff reports page goal sets.
            try (ConfigurableApplicationContext application = startApplication(
                    "--oversight.reports.effective-date=2024-10-01")) {
                new ReportBundleBenchmark(application, this::line, heap).run(option("bundle-complaints"));
                new StaffReportsPageBenchmark(application, this::line).run(option("bundle-complaints"));
            }
        }
        if (runs("footprint") && option("footprint-filings") > 0 && !options.containsKey("mongodb-uri")
                && !options.containsKey("in-memory")) {
            Path directory = Files.createTempDirectory("oversight-bench");
            new StorageFootprintBenchmark(() -> {
                try {
                    return startApplication(directory);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, this::fileComplaints, this::line).run(directory, option("warmup"), option("footprint-filings"));
        }
        if (runs("alpr") && option("alpr-rows") > 0) {
            try (ConfigurableApplicationContext application = startApplication()) {
                new AuditLogImportBenchmark(application, this::line, heap).run(option("alpr-rows"));
            }
        }
        line("| highest heap used (sampled every 200 ms) | " + heap.highestMiB() + " MiB |");
        heap.stop();
        report.forEach(System.out::println);
    }

    private void line(String text) {
        report.add(text);
        System.err.println(text);
    }

    private ConfigurableApplicationContext startApplication(String... extra) throws Exception {
        return startApplication(Files.createTempDirectory("oversight-bench"), extra);
    }

    private ConfigurableApplicationContext startApplication(Path dataDirectory, String... extra) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                // every client of the benchmark is 127.0.0.1: the per-client limit would answer 429 past 1,200
                "--oversight.intake.api-rate-limit-requests=1000000000"));
        if (options.containsKey("mongodb-uri")) {
            arguments.add("--oversight.mongodb.uri=" + options.get("mongodb-uri"));
            arguments.add("--oversight.mongodb.database=bench-" + UUID.randomUUID().toString().substring(0, 8));
            arguments.add("--oversight.privacy.master-key=" + MasterKey.generateBase64());
            Path signingKey = Files.createTempFile("bench-signing-key", ".pem");
            signingKey.toFile().deleteOnExit();
            OfficeSigningKey.generate().writePrivateKey(signingKey);
            arguments.add("--oversight.reports.signing-key-file=" + signingKey);
        } else if (options.containsKey("in-memory")) {
            arguments.add("--oversight.embedded.persistent=false");
        } else {
            arguments.add("--oversight.embedded.data-directory=" + dataDirectory);
        }
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(OversightApplication.class).run(arguments.toArray(String[]::new));
    }

    // ------------------------------------------------------------------------------------------ intake

    /** Receipt codes handed out by the measured filings, for the status lookups. */
    private final List<String> receipts = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * Status lookups over HTTP ({@code GET /api/v1/complaints/status} with the receipt code in its header, as a
     * resident's app asks) against the layer below: a raw driver {@code find} by key of the receipt index.
     */
    private void statusLookups(ConfigurableApplicationContext application, HttpClient http, int port,
                               MongoDatabase database) throws Exception {
        for (String processor : List.of(ComplaintStatusModule.PROCESSING_GROUP)) {
            awaitCaughtUp(application.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(processor, StreamingEventProcessor.class).orElseThrow(), Duration.ofMinutes(30));
        }
        URI status = URI.create("http://127.0.0.1:" + port + "/api/v1/complaints/status");
        List<String> codes = List.copyOf(receipts);
        AtomicInteger next = new AtomicInteger();
        awaitAllCaughtUp(application);
        Map<String, Long> commandsBefore = IntakeLayers.serverCommands(application);
        long commitsBefore = IntakeLayers.serverFileCommits(application);
        long cpuBefore = processCpuNanos();
        Profile profile = Profile.start();
        Load http200 = load(option("filings"), () -> {
            String code = codes.get(Math.floorMod(next.getAndIncrement(), codes.size()));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(status).header("X-Receipt-Code", code)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("status lookup failed: " + response.statusCode() + " " + response.body());
            }
        });
        Profile.Summary lookupProfile = profile.stop();
        long lookupCpu = processCpuNanos() - cpuBefore;
        Map<String, Long> commandsAfter = IntakeLayers.serverCommands(application);
        long commitsAfter = IntakeLayers.serverFileCommits(application);
        MongoCollection<Document> index = database.getCollection("complaint_receipts");
        List<Object> keys = new ArrayList<>();
        for (Document receipt : index.find().projection(new Document("_id", 1)).limit(codes.size())) {
            keys.add(receipt.get("_id"));
        }
        AtomicInteger nextKey = new AtomicInteger();
        Load raw = load(option("filings"), () -> {
            Object key = keys.get(Math.floorMod(nextKey.getAndIncrement(), keys.size()));
            if (index.find(new Document("_id", key)).first() == null) {
                throw new IllegalStateException("raw find missed " + key);
            }
        });
        line("| status lookup over HTTP (`GET /api/v1/complaints/status`), " + option("clients") + " clients | "
                + http200.summary() + " |");
        line("| raw driver find by key of the receipt index, " + option("clients") + " clients | " + raw.summary() + " |");
        line(String.format(Locale.ROOT, "| status lookup / raw find by key | **%.2f** (goal ≥ 0.5) |",
                http200.perSecond() / raw.perSecond()));
        line(String.format(Locale.ROOT, "| CPU time of this process during the measured lookups, per lookup | "
                + "**%.1f ms** |", lookupCpu / 1e6 / option("filings")));
        if (!commandsAfter.isEmpty()) {
            line("| commands the embedded server answered per status lookup (with the processors' and JobRunr's "
                    + "polling meanwhile), by command and collection | "
                    + IntakeLayers.perOperation(commandsBefore, commandsAfter, option("filings"), false) + " |");
            line("| embedded data file commits per status lookup (all the server's writes meanwhile) | "
                    + IntakeLayers.fileCommitsPerOperation(commitsBefore, commitsAfter, option("filings")) + " |");
        }
        // What a lookup inherently reads: the receipt index entry, then the complaint's status document.
        MongoCollection<Document> statuses = database.getCollection("complaint_status");
        AtomicInteger nextPair = new AtomicInteger();
        Load rawReads = load(option("filings"), () -> {
            Document receipt = index.find(new Document("_id", keys.get(Math.floorMod(nextPair.getAndIncrement(),
                    keys.size())))).first();
            if (receipt == null || statuses.find(new Document("_id", receipt.get("complaint"))).first() == null) {
                throw new IllegalStateException("raw reads missed");
            }
        });
        line("| raw driver reads a lookup inherently makes: find the receipt key, then find the status document by "
                + "its id, " + option("clients") + " clients | " + rawReads.summary() + " |");
        line(String.format(Locale.ROOT, "| status lookup / its raw reads | **%.2f** |",
                http200.perSecond() / rawReads.perSecond()));
        line("| where a lookup's time goes (JFR samples of every thread during the measured lookups, %d samples), "
                .formatted(lookupProfile.samples()) + "by layer | " + lookupProfile.byLayer() + " |");
        line("| ... by method (innermost frame outside the JDK) | " + lookupProfile.methods(10) + " |");
    }

    private void intake() throws Exception {
        Path directory = Files.createTempDirectory("oversight-bench");
        Path file = directory.resolve("oversight.mv");
        try (ConfigurableApplicationContext application = startApplication(directory)) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().build();
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/complaints");
            String body = STANDARD_COMPLAINT;
            Load warmup = load(option("warmup"), () -> post(http, uri, body));
            MongoDatabase database = application.getBean(MongoDatabase.class);
            awaitAllCaughtUp(application);
            Map<String, Long> documentsBefore = IntakeLayers.documentCounts(database);
            Map<String, Long> commandsBefore = IntakeLayers.serverCommands(application);
            long commitsBefore = IntakeLayers.serverFileCommits(application);
            long fileBefore = Files.exists(file) ? Files.size(file) : 0;
            long cpuBefore = processCpuNanos();
            Profile profile = Profile.start();
            Load measured = load(option("filings"), () -> receipts.add(post(http, uri, body)));
            Profile.Summary filingProfile = profile.stop();
            long filingCpu = processCpuNanos() - cpuBefore;
            line("| intake over HTTP (keyed receipts), " + option("clients") + " clients | "
                    + measured.summary() + " (warm-up: " + warmup.count + " filings) |");
            line(String.format(Locale.ROOT, "| CPU time of this process during the measured filings, per filing (the "
                    + "application, its embedded server and the benchmark's clients; steadier than wall time on a "
                    + "loaded machine) | **%.1f ms** |", filingCpu / 1e6 / option("filings")));
            // The file commits and the file's growth of the measured filings alone, every processor caught up,
            // before the raw baselines write to the same file (and before any scheduled compaction: hourly).
            awaitAllCaughtUp(application);
            long commitsAfter = IntakeLayers.serverFileCommits(application);
            if (Files.exists(file)) {
                long fileAfter = Files.size(file);
                line(String.format(Locale.ROOT, "| embedded data file commits per measured filing (filing, projections, "
                        + "tokens, jobs, polling) | %s |", IntakeLayers.fileCommitsPerOperation(commitsBefore,
                        commitsAfter, option("filings"))));
                line(String.format(Locale.ROOT, "| embedded data file growth per measured filing, no compaction "
                        + "meanwhile | %,d → %,d bytes: **%,.0f bytes per filing** |", fileBefore, fileAfter,
                        (fileAfter - fileBefore) / (double) option("filings")));
            }

            Document template = database.getCollection(SequencedMongoEventStorageEngine.COMMITS).find().first();
            MongoCollection<Document> raw = database.getCollection("bench_raw_inserts");
            AtomicLong ids = new AtomicLong();
            Load ceiling = load(option("filings"), () -> {
                Document copy = new Document(template);
                copy.put("_id", ids.incrementAndGet());
                copy.put("streamKey", UUID.randomUUID() + ":0");
                raw.insertOne(copy);
            });
            line("| raw driver insertOne of an equivalent commit document, " + option("clients") + " clients | "
                    + ceiling.summary() + " |");
            line(String.format(Locale.ROOT, "| intake / raw insert throughput | %.2f |",
                    measured.perSecond() / ceiling.perSecond()));

            // The layer below, counted: the documents a filing adds once every processor has handled it, and the
            // commands the server answered meanwhile (the filings, the processors, JobRunr's and Axon's own polling).
            awaitAllCaughtUp(application);
            Map<String, Long> commandsAfter = IntakeLayers.serverCommands(application);
            Map<String, Long> added = IntakeLayers.added(documentsBefore, IntakeLayers.documentCounts(database));
            added.keySet().removeIf(collection -> collection.startsWith("bench_raw"));
            Map<String, Integer> inherent = IntakeLayers.perFiling(added, option("filings"));
            line("| documents one filing adds once every projection has it, by collection (the writes a filing "
                    + "inherently makes) | " + IntakeLayers.describe(inherent) + " |");
            if (!commandsAfter.isEmpty()) {
                line("| commands the embedded server answered per measured filing (filing, projections, tokens, jobs, "
                        + "polling), by command and collection | "
                        + IntakeLayers.perOperation(commandsBefore, commandsAfter, option("filings"), true) + " |");
            }
            Load rawFilings = load(option("filings"), IntakeLayers.rawFiling(database, inherent));
            line("| the same documents written raw: per filing one insertOne of a copy of each, "
                    + option("clients") + " clients | " + rawFilings.summary() + " |");
            line(String.format(Locale.ROOT, "| intake / the same documents written raw | **%.2f** |",
                    measured.perSecond() / rawFilings.perSecond()));
            line("| where a filing's time goes (JFR samples of every thread during the measured filings, %d samples), "
                    .formatted(filingProfile.samples()) + "by layer | " + filingProfile.byLayer() + " |");
            line("| ... by method (innermost frame outside the JDK) | " + filingProfile.methods(10) + " |");

            statusLookups(application, http, port, database);
        }
    }

    /** CPU time of every thread of this process so far. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Waits until every streaming processor has handled every event so far. */
    private static void awaitAllCaughtUp(ConfigurableApplicationContext application) throws InterruptedException {
        for (var processor : application.getBean(EventProcessingConfiguration.class).eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                awaitCaughtUp(streaming, Duration.ofMinutes(30));
            }
        }
    }

    /** Files complaints as intake does, from the configured number of clients. */
    interface Filer {
        void file(ConfigurableApplicationContext application, int filings) throws Exception;
    }

    /** The benchmark's standard complaint: short narrative, one department, one allegation, anonymous, no files. */
    static final String STANDARD_COMPLAINT = """
            {"narrative":"An officer asked my neighbour where she was born during a traffic stop on 5th street.",
             "incidentDate":"2026-10","location":"5th and Main","departments":["police"],
             "allegations":["INQUIRING_ABOUT_STATUS"],"language":"es","anonymous":true}""";

    private void fileComplaints(ConfigurableApplicationContext application, int filings) throws Exception {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/complaints");
        load(filings, () -> post(http, uri, STANDARD_COMPLAINT));
    }

    private static String post(HttpClient http, URI uri, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("filing failed: " + response.statusCode() + " " + response.body());
        }
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\"receiptCode\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(response.body());
        return code.find() ? code.group(1) : null;
    }

    interface Operation {
        void run() throws Exception;
    }

    record Load(int count, long wallNanos, long[] latencies) {
        double perSecond() {
            return count / (wallNanos / 1e9);
        }

        double percentileMillis(double percentile) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100 * sorted.length) - 1)] / 1e6;
        }

        String summary() {
            return String.format(Locale.ROOT, "%,d in %.1f s: **%.0f/s**, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    count, wallNanos / 1e9, perSecond(), percentileMillis(50), percentileMillis(99),
                    percentileMillis(100));
        }
    }

    private Load load(int count, Operation operation) throws Exception {
        int clients = option("clients");
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    operation.run();
                    latencies[i] = System.nanoTime() - began;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        return new Load(count, wall, latencies);
    }

    // ------------------------------------------------------------------------------------- event store

    private void eventStore(int events) throws Exception {
        try (ConfigurableApplicationContext application = startApplication()) {
            SequencedMongoEventStorageEngine engine = (SequencedMongoEventStorageEngine) application
                    .getBean(EventStorageEngine.class);
            MongoDatabase database = application.getBean(MongoDatabase.class);
            // The log holds one commit document per complaint, as intake writes it (an append is one unit of work,
            // stored as one document since issue 15). The append row times --append-events appends one by one; the
            // rest of the log is written in bulk (one insertMany per 10,000 commits, the same documents), so that a
            // log of a million events for the rebuild row is ready in minutes, not hours.
            int appended = Math.min(events, option("append-events"));
            long appendStart = System.nanoTime();
            for (int done = 0; done < appended; done++) {
                engine.appendEvents(filing());
            }
            double appendSeconds = (System.nanoTime() - appendStart) / 1e9;
            if (appended > 0) {
                line(String.format(Locale.ROOT, "| append of %,d events through the engine, one commit per append | "
                        + "%.1f s: **%.0f/s** |", appended, appendSeconds, appended / appendSeconds));
            }
            // The log's readers are stopped while the rest of it is written: every processor of the application
            // would otherwise handle the seeded events beside the seeding, the raw scan and the tracked read (all
            // through the embedded server's one lock), and, not being waited for, still be catching up during the
            // rebuild, so that the rebuild row measured them too. The complaint-status processor then replays the
            // whole log from a reset token, alone: what the rebuild row names.
            EventProcessingConfiguration processing = application.getBean(EventProcessingConfiguration.class);
            StreamingEventProcessor processor = processing
                    .eventProcessor(ComplaintStatusModule.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
            awaitCaughtUp(processor, Duration.ofMinutes(30));
            processing.eventProcessors().values().forEach(org.axonframework.eventhandling.EventProcessor::shutDown);
            long seedStart = System.nanoTime();
            for (int done = appended; done < events; ) {
                List<List<GenericDomainEventMessage<ComplaintFiledEvent>>> units = new ArrayList<>();
                for (int i = 0; i < 10_000 && done < events; i++, done++) {
                    units.add(List.of(filing()));
                }
                engine.appendUnitsOfWork(units);
            }
            if (events > appended) {
                line(String.format(Locale.ROOT, "| bulk seeding of the other %,d events (insertMany, one commit per "
                        + "complaint, every processor stopped; not a goal row) | %.1f s |", events - appended,
                        (System.nanoTime() - seedStart) / 1e9));
            }
            long head = engine.createHeadToken().position().orElse(0);
            MongoCollection<Document> commits = database.getCollection(SequencedMongoEventStorageEngine.COMMITS);

            // One cursor over the whole collection: the embedded server answers a query by building the whole result
            // in memory first (mongo-java-server's InMemoryCursor), every commit as a parsed document, so at a million
            // events this alone would not fit the heap of the rebuild goal. Run only for logs that fit.
            double scanRate = 0;
            if (events <= option("single-scan-max")) {
                long scanStart = System.nanoTime();
                long scanned = 0;
                for (Document ignored : commits.find().batchSize(2000)) {
                    scanned++;
                }
                scanRate = scanned / ((System.nanoTime() - scanStart) / 1e9);
                line(String.format(Locale.ROOT, "| raw cursor scan of the event collection (one find) | %,d documents: "
                        + "**%.0f/s** |", scanned, scanRate));
            }
            // The raw read in windows: the same documents, found by their _id, 1,000 per find (the global numbers are
            // the commits' _ids, one event per commit here), each window one reply: the lookups the tracked read makes
            // (TrackedEventReader's windows of at least 1,000 numbers), made raw, and what any reader of a log too big
            // for one reply of the embedded server can do with the driver.
            long windowStart = System.nanoTime();
            long windowed = 0;
            for (long from = 1; from <= head; from += WINDOW) {
                List<Long> ids = java.util.stream.LongStream.range(from, Math.min(head + 1, from + WINDOW)).boxed().toList();
                for (Document ignored : commits.find(com.mongodb.client.model.Filters.in("_id", ids))
                        .batchSize(ids.size())) {
                    windowed++;
                }
            }
            double windowRate = windowed / ((System.nanoTime() - windowStart) / 1e9);
            line(String.format(Locale.ROOT, "| raw read of the event collection in windows of 1,000 `_id`s (one find "
                    + "each) | %,d documents: **%.0f/s** |", windowed, windowRate));
            if (scanRate == 0) {
                scanRate = windowRate;
            }

            long readStart = System.nanoTime();
            long read = engine.readEvents(null, false).count();
            double readRate = read / ((System.nanoTime() - readStart) / 1e9);
            line(String.format(Locale.ROOT, "| tracked read through the engine (global order, gap-aware tokens) | "
                    + "%,d events: **%.0f/s**, %.2f of the raw scan, %.2f of the windowed raw read |", read, readRate,
                    readRate / scanRate, readRate / windowRate));

            processor.resetTokens();
            System.gc();
            heap.startSection();
            Map<String, Long> commandsBefore = IntakeLayers.serverCommands(application);
            Profile profile = Profile.start();
            long rebuildStart = System.nanoTime();
            processor.start();
            Thread.sleep(2000); // let the coordinator claim the segments before asking whether they are caught up
            awaitReplayed(processor, head, Duration.ofMinutes(option("rebuild-minutes")));
            double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
            long afterGc = heap.sectionHighestAfterGcMiB();
            int fullGcs = heap.sectionFullCollections();
            long sampled = heap.sectionHighestMiB();
            Map<String, Long> commandsAfter = IntakeLayers.serverCommands(application);
            Profile.Summary rebuildProfile = profile.stop();
            long retained = heap.usedAfterFullCollectionMiB();
            long documents = database.getCollection("complaint_status").estimatedDocumentCount();
            line(String.format(Locale.ROOT, "| rebuild of the complaint-status projection (2 writes per event), every "
                            + "other processor stopped | %,d events in %.1f s: **%.0f/s**, %.2f of the raw scan, %.2f "
                            + "of the windowed raw read; %,d documents rebuilt |", read, rebuildSeconds,
                    read / rebuildSeconds, (read / rebuildSeconds) / scanRate, (read / rebuildSeconds) / windowRate,
                    documents));
            line(String.format(Locale.ROOT, "| rebuild heap (the whole application in one JVM, %,d MiB allowed) | "
                            + "highest used heap sampled every 200 ms **%,d MiB**; highest heap in use just after a "
                            + "collection **%,d MiB**; full collections the heap needed during the rebuild: %d; after "
                            + "it, one full "
                            + "collection leaves %,d MiB (goal: 1,000,000 events within -Xmx512m) |",
                    Runtime.getRuntime().maxMemory() / (1 << 20), sampled, afterGc, fullGcs, retained));
            if (!commandsAfter.isEmpty()) {
                // per 100 events (a processor's batch by default): a batch's writes are one bulk command per collection
                line("| commands the embedded server answered per 100 events during the rebuild | "
                        + IntakeLayers.perOperation(commandsBefore, commandsAfter, (int) Math.max(1, read / 100), true)
                        + " |");
            }
            line("| where the rebuild's time goes (JFR, every thread, %,d samples), by layer | ".formatted(
                    rebuildProfile.samples()) + rebuildProfile.byLayer() + " |");
            line("| ... by method (innermost frame outside the JDK) | " + rebuildProfile.methods(12) + " |");
        }
    }

    /** The raw windowed read's window: the tracked read's own (TrackedEventReader.MIN_WINDOW). */
    private static final int WINDOW = 1000;

    private static final Sealed NARRATIVE = new Sealed("k", "x".repeat(160));

    /**
     * A complaint's filing as intake stores it (the benchmark's standard complaint, without attachments), with a keyed
     * receipt as intake issues since issue 19 (an HMAC-SHA-256 of 64 hex digits under key version 1; before the run of
     * 2026-12-07T21:30Z the log held receipts of the legacy kind, which the status projection indexes by an update).
     */
    private static GenericDomainEventMessage<ComplaintFiledEvent> filing() {
        String id = UUID.randomUUID().toString();
        String lookupKey = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        return new GenericDomainEventMessage<>("ComplaintAggregate", id, 0,
                new ComplaintFiledEvent(id, Instant.now(), NARRATIVE, new ApproximateDate("2026-10"), null,
                        Set.of("police"), Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "es",
                        true, null, new ReceiptCredential(null, null, lookupKey, 1)));
    }

    static void awaitCaughtUp(StreamingEventProcessor processor, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (!status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp() && !s.isReplaying())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("processor did not catch up within " + timeout);
    }

    /**
     * Waits until every segment has replayed the log up to {@code head}. Not {@link #awaitCaughtUp}: Axon ends a replay
     * only at the first event after the position it was reset at, so with no new event the processor keeps reporting
     * that it is replaying although it has handled every event.
     */
    static void awaitReplayed(StreamingEventProcessor processor, long head, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (!status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp()
                    && s.getCurrentPosition().orElse(-1) >= head)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("processor did not replay the log within " + timeout);
    }

    /**
     * Samples used heap so the report shows the peak, not a lucky moment after a collection; and, from the collectors'
     * notifications, the heap in use just after each collection (what was still reachable, plus old-generation garbage
     * G1 had not yet marked) and the number of full collections, which say whether a peak near the limit was garbage
     * or a live set the heap could not hold.
     */
    static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong highest = new AtomicLong();
        private final AtomicLong sectionHighest = new AtomicLong();
        private final AtomicLong sectionHighestAfterGc = new AtomicLong();
        private final AtomicInteger sectionFullCollections = new AtomicInteger();
        private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                runnable -> {
                    Thread thread = new Thread(runnable, "heap-sampler");
                    thread.setDaemon(true);
                    return thread;
                });

        void start() {
            timer.scheduleAtFixedRate(() -> {
                long used = memory.getHeapMemoryUsage().getUsed();
                highest.accumulateAndGet(used, Math::max);
                sectionHighest.accumulateAndGet(used, Math::max);
            }, 0, 200, TimeUnit.MILLISECONDS);
            for (java.lang.management.GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener((notification, handback) -> afterCollection(notification), null,
                            null);
                }
            }
        }

        private void afterCollection(javax.management.Notification notification) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                    .equals(notification.getType())) {
                return;
            }
            com.sun.management.GarbageCollectionNotificationInfo info = com.sun.management.GarbageCollectionNotificationInfo
                    .from((javax.management.openmbean.CompositeData) notification.getUserData());
            long used = 0;
            for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    java.lang.management.MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                    used += after == null ? 0 : after.getUsed();
                }
            }
            sectionHighestAfterGc.accumulateAndGet(used, Math::max);
            // a full collection the heap needed, not one asked for (System.gc(), a heap histogram taken by hand)
            if (info.getGcAction().contains("major") && !info.getGcCause().equals("System.gc()")
                    && !info.getGcCause().startsWith("Heap Inspection")) {
                sectionFullCollections.incrementAndGet();
            }
        }

        long highestMiB() {
            return highest.get() / (1 << 20);
        }

        /** Starts a new section: the section's figures then report what happened since now. */
        void startSection() {
            sectionHighest.set(memory.getHeapMemoryUsage().getUsed());
            sectionHighestAfterGc.set(0);
            sectionFullCollections.set(0);
        }

        long sectionHighestMiB() {
            return sectionHighest.get() / (1 << 20);
        }

        long sectionHighestAfterGcMiB() {
            return sectionHighestAfterGc.get() / (1 << 20);
        }

        int sectionFullCollections() {
            return sectionFullCollections.get();
        }

        /** The heap still in use after a full collection asked for now: what the application holds at this point. */
        long usedAfterFullCollectionMiB() {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed() / (1 << 20);
        }

        void stop() {
            timer.shutdownNow();
        }
    }
}

package org.sanctuaryoversight.app.reliability;

import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.FreePort;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;

/**
 * The service is killed with SIGKILL in the middle of concurrent filings, then started again on the
 * same data file: every receipt code a client received still finds its complaint, and the read model
 * holds exactly the complaints in the event log, no more, no fewer.
 */
class CrashRecoveryTest {

    @TempDir
    Path dataDirectory;

    Process startService(int httpPort, int databasePort, Path log) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx512m",
                OversightApplication.class.getName(),
                "--server.port=" + httpPort, "--management.server.port=0",
                "--oversight.embedded.data-directory=" + dataDirectory,
                "--oversight.embedded.port=" + databasePort,

                "--oversight.events.claim-timeout=2s",
                "--logging.level.root=WARN");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static void awaitHealthy(ApiClient api) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> api.get("/actuator/health").statusCode() == 200);
    }

    @Test
    void every_receipt_handed_out_before_a_kill_9_is_still_there_after_the_restart() throws Exception {
        int httpPort = FreePort.find();
        int databasePort = FreePort.find();
        ApiClient api = new ApiClient(httpPort);
        ObjectMapper json = new ObjectMapper();
        Process service = startService(httpPort, databasePort, dataDirectory.resolve("first-run.log"));
        Set<String> receipts = ConcurrentHashMap.newKeySet();
        try {
            awaitHealthy(api);
            AtomicBoolean filing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                int thread = t;
                pool.submit(() -> {
                    for (int i = 0; filing.get(); i++) {
                        try {
                            HttpResponse<String> filed = api.postJson("/api/v1/complaints",
                                    ApiClient.anonymousComplaint("crash test " + thread + "/" + i));
                            if (filed.statusCode() == 201) {
                                receipts.add(json.readTree(filed.body()).get("receiptCode").asText());
                            }
                        } catch (Exception connectionLost) {
                            return; // the service was killed under us
                        }
                    }
                });
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> receipts.size() >= 150);
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, in the middle of the filings
            filing.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            service.destroyForcibly();
        }
        assertThat(service.exitValue()).as("killed, not exited").isNotZero();

        Process restarted = startService(httpPort, databasePort, dataDirectory.resolve("second-run.log"));
        try {
            awaitHealthy(api);
            List<String> missing = new ArrayList<>();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                missing.clear();
                for (String receipt : receipts) {
                    if (api.get("/api/v1/complaints/status", "X-Receipt-Code", receipt).statusCode() != 200) {
                        missing.add(receipt);
                    }
                }
                return missing.isEmpty();
            });
            assertThat(missing).isEmpty();

            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + databasePort)) {
                MongoDatabase database = client.getDatabase("oversight");
                long filedEvents = 0;
                for (Document commit : database.getCollection(SequencedMongoEventStorageEngine.COMMITS).find()) {
                    for (Document event : commit.getList("events", Document.class)) {
                        if (event.getString("payloadType").endsWith("ComplaintFiledEvent")) {
                            filedEvents++;
                        }
                    }
                }
                long expected = filedEvents;
                assertThat(expected).isGreaterThanOrEqualTo(receipts.size());
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> database.getCollection("complaint_status").countDocuments() == expected);
            }
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
            restarted.destroyForcibly();
        }
        assertThat(Files.readString(dataDirectory.resolve("second-run.log"))).doesNotContain("Exception in thread \"main\"");
    }
}

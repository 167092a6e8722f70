package org.sanctuaryoversight.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.DeliveryLedger;
import org.sanctuaryoversight.app.support.FreePort;
import org.sanctuaryoversight.app.support.ReceiptKeyFile;
import org.sanctuaryoversight.app.support.SigningKeys;
import org.sanctuaryoversight.complaint.status.ComplaintStatusModule;
import org.sanctuaryoversight.privacy.MasterKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one MongoDB share the work: each claims half of every processor's
 * segments, both take filings, and every event is projected exactly once.
 */
class TwoInstancesTest {

    static final int SEGMENTS = 4;

    static ConfigurableApplicationContext start(String nodeId, String masterKey, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--oversight.privacy.master-key=" + masterKey,
                "--oversight.reports.signing-key-file=" + SigningKeys.file(),
                "--oversight.receipt.key-file=" + ReceiptKeyFile.file(),
                "--oversight.events.segments=" + SEGMENTS,
                "--oversight.events.max-claimed-segments=" + SEGMENTS / 2,
                "--oversight.events.node-id=" + nodeId));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(OversightApplication.class, DeliveryLedger.class)
                .profiles("test").run(arguments.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static void awaitHalfTheSegmentsEach(ConfigurableApplicationContext... instances) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (ConfigurableApplicationContext instance : instances) {
                for (var processor : instance.getBean(EventProcessingConfiguration.class).eventProcessors().values()) {
                    if (processor instanceof StreamingEventProcessor streaming
                            && streaming.processingStatus().size() != SEGMENTS / 2) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    @Test
    void two_instances_share_segments_and_every_event_is_projected_exactly_once() throws Exception {
        String masterKey = MasterKey.generateBase64();
        int databasePort = FreePort.find();
        try (ConfigurableApplicationContext a = start("instance-a", masterKey, "--oversight.embedded.persistent=false",
                "--oversight.embedded.port=" + databasePort);
             ConfigurableApplicationContext b = start("instance-b", masterKey,
                     "--oversight.mongodb.uri=mongodb://127.0.0.1:" + databasePort)) {
            awaitHalfTheSegmentsEach(a, b);

            Set<String> receipts = ConcurrentHashMap.newKeySet();
            ObjectMapper json = new ObjectMapper();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> filers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                ApiClient api = new ApiClient(port(t % 2 == 0 ? a : b));
                int thread = t;
                filers.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        HttpResponse<String> filed = api.postJson("/api/v1/complaints",
                                ApiClient.anonymousComplaint("instance test " + thread + "/" + i));
                        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
                        receipts.add(json.readTree(filed.body()).get("receiptCode").asText());
                    }
                    return null;
                }));
            }
            for (Future<?> filer : filers) {
                filer.get(3, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(receipts).hasSize(120);

            DeliveryLedger ledger = a.getBean(DeliveryLedger.class);
            Set<String> stored = ledger.storedEventIds();
            await().atMost(Duration.ofSeconds(60)).until(() -> ledger.deliveries().keySet().containsAll(stored));
            assertThat(ledger.deliveries().keySet()).isEqualTo(stored);
            assertThat(ledger.deliveries()).allSatisfy((event, count) -> assertThat(count).as(event).isEqualTo(1));

            // each instance holds two of the four segments of the real projection
            MongoDatabase database = a.getBean(MongoDatabase.class);
            Set<String> owners = new HashSet<>();
            for (Document token : database.getCollection("trackingtokens")
                    .find(new Document("processorName", ComplaintStatusModule.PROCESSING_GROUP))) {
                owners.add(token.getString("owner"));
            }
            assertThat(owners).containsExactlyInAnyOrder("instance-a", "instance-b");

            // the shared read model answers on both instances, whichever took the filing
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> database.getCollection("complaint_status").countDocuments() >= 120);
            ApiClient onA = new ApiClient(port(a));
            ApiClient onB = new ApiClient(port(b));
            for (String receipt : receipts) {
                assertThat(onA.get("/api/v1/complaints/status", "X-Receipt-Code", receipt).statusCode()).isEqualTo(200);
                assertThat(onB.get("/api/v1/complaints/status", "X-Receipt-Code", receipt).statusCode()).isEqualTo(200);
            }
        }
    }
}

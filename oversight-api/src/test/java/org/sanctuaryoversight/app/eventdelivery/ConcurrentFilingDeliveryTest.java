package org.sanctuaryoversight.app.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.DeliveryLedger;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Complaints filed from 8 threads at once all reach the projections, each exactly once. */
@OversightTest
@Import(DeliveryLedger.class)
class ConcurrentFilingDeliveryTest {

    static final int THREADS = 8;
    static final int COMPLAINTS_PER_THREAD = 25;

    @LocalServerPort
    int port;
    @Autowired
    DeliveryLedger ledger;
    @Autowired
    MongoDatabase database;

    @Test
    void every_event_from_concurrent_filings_is_projected_exactly_once() throws Exception {
        ApiClient api = new ApiClient(port);
        ObjectMapper json = new ObjectMapper();
        Set<String> receipts = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> filers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            filers.add(pool.submit(() -> {
                for (int i = 0; i < COMPLAINTS_PER_THREAD; i++) {
                    HttpResponse<String> response = api.postJson("/api/v1/complaints",
                            ApiClient.anonymousComplaint("thread " + thread + " complaint " + i));
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    receipts.add(json.readTree(response.body()).get("receiptCode").asText());
                }
                return null;
            }));
        }
        for (Future<?> filer : filers) {
            filer.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
        int filed = THREADS * COMPLAINTS_PER_THREAD;
        assertThat(receipts).hasSize(filed);

        Set<String> stored = ledger.storedEventIds();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(filed);
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.deliveries().keySet().containsAll(stored));
        // nothing missed, nothing delivered twice, nothing that is not in the store
        assertThat(ledger.deliveries()).allSatisfy((event, deliveries) -> assertThat(deliveries).as(event).isEqualTo(1));
        assertThat(ledger.deliveries().keySet()).isEqualTo(stored);

        // the real read model holds every complaint: each receipt finds its status
        await().atMost(Duration.ofSeconds(60)).until(() -> database.getCollection("complaint_status").countDocuments() >= filed);
        for (String receipt : receipts) {
            assertThat(api.get("/api/v1/complaints/status", "X-Receipt-Code", receipt).statusCode()).isEqualTo(200);
        }
    }
}

package org.sanctuaryoversight.report.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;
import org.sanctuaryoversight.report.rendering.ReportJson;

/** The ledger in the application's embedded MongoDB: records come back exactly, whichever form stored them. */
class MongoReportLedgerTest {

    private static final EmbeddedMongo SERVER = EmbeddedMongo.inMemory(0);
    private static final MongoClient CLIENT = MongoClients.create(SERVER.connectionString());

    private MongoDatabase database;
    private MongoReportLedger ledger;

    @BeforeEach
    void freshDatabase() {
        database = CLIENT.getDatabase("ledger-" + UUID.randomUUID().toString().substring(0, 8));
        ledger = new MongoReportLedger(database);
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    private static ComplaintFacts complaintWithCasework(String id) {
        Instant filed = Instant.parse("2025-02-03T04:05:06.123456789Z");
        return ComplaintFacts.filed(id, filed, List.of("police", "sheriff"), List.of("RETALIATION"), "PHONE", "es", true)
                .acknowledged(Instant.parse("2025-02-04T00:00:00Z"))
                .withReferral(new ReferralFacts(id + "-r", "police", Instant.parse("2025-02-05T10:00:00Z"),
                        LocalDate.of(2025, 3, 7), Instant.parse("2025-03-08T23:59:59.999Z")))
                .withRecommendation(new RecommendationFacts(id + "-m", "police", Instant.parse("2025-03-10T09:00:00Z"),
                        null, null))
                .closed(Instant.parse("2025-03-31T23:59:59Z"), "VIOLATION_FOUND");
    }

    @Test
    void recordsComeBackExactlyAndSortedByIdentifier() {
        ComplaintFacts second = complaintWithCasework("c-2");
        ComplaintFacts first = complaintWithCasework("c-1");
        FederalRequestLedgerEntry request = new FederalRequestLedgerEntry("f-1", "sheriff", Instant.parse("2025-01-09T08:00:00Z"),
                "DETAINER_HOLD", "DETAINER", "DECLINED", false).flag();
        ledger.save(second);
        ledger.save(first);
        ledger.save(request);

        assertThat(ledger.complaints()).containsExactly(first, second);
        assertThat(ledger.complaint("c-2")).contains(second);
        assertThat(ledger.federalRequests()).containsExactly(request);
        assertThat(ledger.federalRequest("f-1")).contains(request);
    }

    @Test
    void recordsStoredWithIsoDatesByEarlierVersionsStillRead() throws Exception {
        ComplaintFacts facts = complaintWithCasework("c-iso");
        String isoJson = ReportJson.mapper().writeValueAsString(facts);
        assertThat(isoJson).contains("\"filedAt\":\"2025-02-03T04:05:06.123456789Z\"");
        database.getCollection(MongoReportLedger.COMPLAINTS)
                .insertOne(new Document("_id", "c-iso").append("facts", isoJson));

        assertThat(ledger.complaint("c-iso")).contains(facts);
        assertThat(ledger.complaints()).containsExactly(facts);
    }

    @Test
    void savingAgainReplacesTheRecord() {
        ComplaintFacts open = complaintWithCasework("c-1").reopened();
        ledger.save(complaintWithCasework("c-1"));
        ledger.save(open);

        assertThat(ledger.complaints()).containsExactly(open);
    }
}

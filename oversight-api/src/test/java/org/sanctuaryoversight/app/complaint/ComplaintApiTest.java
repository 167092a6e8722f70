package org.sanctuaryoversight.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@OversightTest
class ComplaintApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void files_a_complaint_and_finds_its_status_by_receipt_code_in_a_header_or_a_body() throws Exception {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> filed = api.postJson("/api/v1/complaints", ApiClient.anonymousComplaint("Asked where I was born."));
        assertThat(filed.statusCode()).isEqualTo(201);
        assertThat(filed.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        String receipt = json.readTree(filed.body()).get("receiptCode").asText();
        assertThat(receipt).matches("\\d{4}(-\\d{4}){4}");

        HttpResponse<String> byHeader = org.awaitility.Awaitility.await().until(
                () -> api.get("/api/v1/complaints/status", "X-Receipt-Code", receipt), r -> r.statusCode() == 200);
        assertThat(json.readTree(byHeader.body()).get("status").asText()).isEqualTo("RECEIVED");

        HttpResponse<String> byBody = api.postJson("/api/v1/complaints/status",
                "{\"receiptCode\":\"" + receipt.replace("-", " ") + "\"}", "Accept-Language", "es");
        JsonNode status = json.readTree(byBody.body());
        assertThat(byBody.statusCode()).isEqualTo(200);
        assertThat(status.get("statusText").asText()).startsWith("Recibida");
    }

    @Test
    void a_wrong_receipt_code_finds_nothing_and_says_so_without_revealing_anything() {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> response = api.get("/api/v1/complaints/status", "X-Receipt-Code", "0000-0000-0000-0000-0000");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No complaint matches this receipt code");
    }

    @Test
    void the_receipt_code_is_stored_only_as_hashes_and_the_narrative_only_as_ciphertext() throws Exception {
        String marker = "narrative-" + UUID.randomUUID();
        ApiClient api = new ApiClient(port);
        HttpResponse<String> filed = api.postJson("/api/v1/complaints", ApiClient.anonymousComplaint(marker));
        String receiptDigits = json.readTree(filed.body()).get("receiptCode").asText().replace("-", "");

        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                String raw = document.toJson();
                assertThat(raw).as("collection %s", collection).doesNotContain(marker).doesNotContain(receiptDigits);
            }
        }
        assertThat(database.getCollection(SequencedMongoEventStorageEngine.COMMITS).countDocuments()).isPositive();
    }
}

package org.sanctuaryoversight.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.sanctuaryoversight.privacy.MongoDataKeyStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input gets a 400 (or 413/415) with a message a person understands, and nothing is stored. */
@OversightTest
class ComplaintApiBadInputTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    final ObjectMapper json = new ObjectMapper();
    ApiClient api;
    long commitsBefore;
    long keysBefore;

    @BeforeEach
    void countStoredRecords() {
        api = new ApiClient(port);
        commitsBefore = database.getCollection(SequencedMongoEventStorageEngine.COMMITS).countDocuments();
        keysBefore = database.getCollection(MongoDataKeyStore.COLLECTION).countDocuments();
    }

    void assertNothingStored() {
        assertThat(database.getCollection(SequencedMongoEventStorageEngine.COMMITS).countDocuments()).isEqualTo(commitsBefore);
        assertThat(database.getCollection(MongoDataKeyStore.COLLECTION).countDocuments()).isEqualTo(keysBefore);
    }

    JsonNode rejected(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertNothingStored();
        return json.readTree(response.body());
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    @Test
    void invalid_json_is_refused() throws Exception {
        JsonNode problem = rejected(api.postJson("/api/v1/complaints", "{\"narrative\": \"unterminated"), 400);
        assertThat(fields(problem)).containsExactly("body");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void missing_required_fields_are_each_named() throws Exception {
        JsonNode problem = rejected(api.postJson("/api/v1/complaints", "{}"), 400);
        assertThat(fields(problem)).containsExactly("narrative", "allegations", "anonymous");
        assertThat(problem.get("detail").asText()).contains("3 field(s)").contains("Nothing was stored");
    }

    @Test
    void a_narrative_over_64_KiB_is_refused_with_a_field_message() throws Exception {
        String narrative = "a".repeat(64 * 1024 + 1);
        JsonNode problem = rejected(api.postJson("/api/v1/complaints", ApiClient.anonymousComplaint(narrative)), 400);
        assertThat(fields(problem)).containsExactly("narrative");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("64 KiB");
    }

    @Test
    void a_body_over_the_request_limit_is_refused_before_it_is_read() throws Exception {
        String narrative = "a".repeat(300 * 1024);
        rejected(api.postJson("/api/v1/complaints", ApiClient.anonymousComplaint(narrative)), 413);
    }

    @Test
    void unknown_enum_values_name_the_field_and_the_accepted_values() throws Exception {
        JsonNode problem = rejected(api.postJson("/api/v1/complaints", """
                {"narrative":"x","allegations":["OTHER","DEPORTATION"],"anonymous":true}"""), 400);
        assertThat(fields(problem)).containsExactly("allegations[1]");
        assertThat(problem.get("errors").get(0).get("message").asText())
                .contains("'DEPORTATION' is not an accepted value").contains("INQUIRING_ABOUT_STATUS");
    }

    @Test
    void fields_the_office_must_never_hold_are_refused_not_ignored() throws Exception {
        for (String forbidden : List.of("immigrationStatus", "citizenship", "placeOfBirth", "nationalOrigin", "aNumber")) {
            JsonNode problem = rejected(api.postJson("/api/v1/complaints", """
                    {"narrative":"x","allegations":["OTHER"],"anonymous":true,"%s":"anything"}""".formatted(forbidden)), 400);
            assertThat(fields(problem)).containsExactly(forbidden);
            assertThat(problem.get("errors").get(0).get("message").asText()).contains("We never ask for immigration status");
        }
    }

    @Test
    void wrong_types_and_injection_attempts_are_refused() throws Exception {
        assertThat(fields(rejected(api.postJson("/api/v1/complaints", """
                {"narrative":{"$gt":""},"allegations":["OTHER"],"anonymous":true}"""), 400))).containsExactly("narrative");
        assertThat(fields(rejected(api.postJson("/api/v1/complaints", """
                {"narrative":"x","allegations":"OTHER","anonymous":"yes"}"""), 400))).hasSize(1);
    }

    @Test
    void the_messages_follow_the_callers_language() throws Exception {
        JsonNode problem = rejected(api.postJson("/api/v1/complaints",
                "{\"narrative\":\"\",\"allegations\":[\"OTHER\"],\"anonymous\":true}", "Accept-Language", "es"), 400);
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("Cuéntenos qué pasó.");
    }

    @Test
    void only_json_is_accepted_and_an_empty_body_is_refused() throws Exception {
        HttpResponse<String> form = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("narrative=x")).build());
        rejected(form, 415);
        assertThat(fields(rejected(api.postJson("/api/v1/complaints", ""), 400))).containsExactly("body");
    }

    @Test
    void a_malformed_receipt_code_is_a_field_error_not_a_lookup() throws Exception {
        JsonNode problem = rejected(api.postJson("/api/v1/complaints/status", "{\"receiptCode\":\"12345\"}"), 400);
        assertThat(fields(problem)).containsExactly("receiptCode");
        assertThat(fields(rejected(api.get("/api/v1/complaints/status"), 400))).containsExactly("X-Receipt-Code");
    }

    static String body(String narrative, String anonymous, String incidentDate) {
        return "{\"narrative\":" + narrative + ",\"allegations\":[\"OTHER\"],\"anonymous\":" + anonymous
                + (incidentDate == null ? "" : ",\"incidentDate\":" + incidentDate) + "}";
    }

    /** Issue 18: a number or a boolean where text belongs, or a number or text where a yes/no belongs, is not converted. */
    @Test
    void values_of_the_wrong_type_are_refused_not_converted() throws Exception {
        for (String narrative : List.of("123", "true", "1.5e3")) {
            assertThat(fields(rejected(api.postJson("/api/v1/complaints", body(narrative, "true", null)), 400)))
                    .as(narrative).containsExactly("narrative");
        }
        for (String anonymous : List.of("1", "\"true\"", "0.0")) {
            assertThat(fields(rejected(api.postJson("/api/v1/complaints", body("\"x\"", anonymous, null)), 400)))
                    .as(anonymous).containsExactly("anonymous");
        }
        assertThat(fields(rejected(api.postJson("/api/v1/complaints", body("\"x\"", "true", "2026")), 400)))
                .containsExactly("incidentDate");
    }

    /** Issue 18: text that is not text (lone surrogates, undecodable bytes, only invisible characters) is refused. */
    @Test
    void year_zero_lone_surrogates_and_invisible_narratives_are_refused() throws Exception {
        assertThat(fields(rejected(api.postJson("/api/v1/complaints", body("\"x\"", "true", "\"0000\"")), 400)))
                .containsExactly("incidentDate");
        assertThat(fields(rejected(api.postJson("/api/v1/complaints", body("\"bad \\uD800 text\"", "true", null)), 400)))
                .containsExactly("narrative");
        assertThat(fields(rejected(api.postJson("/api/v1/complaints", body("\"\\uDC00\"", "true", null)), 400)))
                .containsExactly("narrative");
        assertThat(fields(rejected(api.postJson("/api/v1/complaints", body("\"\u200B\u200B \u2060\uFEFF\"", "true", null)), 400)))
                .containsExactly("narrative");
        JsonNode located = rejected(api.postJson("/api/v1/complaints", """
                {"narrative":"x","allegations":["OTHER"],"anonymous":true,"location":"Main \\uD83D St"}"""), 400);
        assertThat(fields(located)).containsExactly("location");
    }

    /** Overlong UTF-8 ({@code C0 AF} for "/") and UTF-8-encoded surrogates are not UTF-8: the body is malformed. */
    @Test
    void overlong_and_surrogate_utf8_is_refused_as_malformed() throws Exception {
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            bytes.writeBytes("{\"narrative\":\"a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            bytes.writeBytes(bad);
            bytes.writeBytes("b\",\"allegations\":[\"OTHER\"],\"anonymous\":true}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            JsonNode problem = rejected(api.postJson("/api/v1/complaints",
                    HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())), 400);
            assertThat(fields(problem)).containsExactly("body");
        }
    }
}

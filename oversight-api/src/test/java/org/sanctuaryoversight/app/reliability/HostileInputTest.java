package org.sanctuaryoversight.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.CollectionCounts;
import org.sanctuaryoversight.app.support.FormTokens;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile input against the public complaint API: MongoDB operator injection in every field and in the
 * receipt lookup, script tags, invalid UTF-8, empty, huge, chunked and deeply nested bodies, wrong types and
 * duplicate keys; and, on the complaint form, files whose names climb out of a folder. Every case gets a 4xx,
 * and afterwards every collection holds exactly as many documents as before (events, data keys, read models,
 * tokens, sagas, GridFS files and chunks), so nothing was half-written.
 */
@OversightTest
@AutoConfigureMockMvc
class HostileInputTest {

    static final List<String> INJECTIONS = List.of("{\"$gt\":\"\"}", "{\"$ne\":null}",
            "{\"$where\":\"sleep(5000) || true\"}", "{\"$regex\":\".*\"}");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    final ObjectMapper json = new ObjectMapper();
    ApiClient api;
    Map<String, Long> countsBefore;

    @BeforeEach
    void countEveryCollection() {
        api = new ApiClient(port);
        // Filings by other test classes sharing this context may still be projecting: wait for all of them, then count.
        Processors.awaitCaughtUp(processing, events, 2);
        countsBefore = counts();
    }

    Map<String, Long> counts() {
        return CollectionCounts.of(database);
    }

    JsonNode refused(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("json");
        assertThat(counts()).as("every collection unchanged").isEqualTo(countsBefore);
        return json.readTree(response.body());
    }

    static String complaint(String narrative, String incidentDate, String location, String department,
                            String allegation, String language, String anonymous, String contactName) {
        return """
                {"narrative":%s,"incidentDate":%s,"location":%s,"departments":[%s],"allegations":[%s],
                 "language":%s,"anonymous":%s%s}""".formatted(narrative, incidentDate, location, department,
                allegation, language, anonymous,
                contactName == null ? "" : ",\"contact\":{\"name\":" + contactName + ",\"preferredMethod\":\"NONE\"}");
    }

    @Test
    void an_operator_object_in_any_field_is_refused_and_nothing_is_stored() throws Exception {
        for (String injection : INJECTIONS) {
            List<String> bodies = List.of(
                    complaint(injection, "\"2026-10\"", "\"Main St\"", "\"police\"", "\"OTHER\"", "\"en\"", "true", null),
                    complaint("\"x\"", injection, "\"Main St\"", "\"police\"", "\"OTHER\"", "\"en\"", "true", null),
                    complaint("\"x\"", "\"2026-10\"", injection, "\"police\"", "\"OTHER\"", "\"en\"", "true", null),
                    complaint("\"x\"", "\"2026-10\"", "\"Main St\"", injection, "\"OTHER\"", "\"en\"", "true", null),
                    complaint("\"x\"", "\"2026-10\"", "\"Main St\"", "\"police\"", injection, "\"en\"", "true", null),
                    complaint("\"x\"", "\"2026-10\"", "\"Main St\"", "\"police\"", "\"OTHER\"", injection, "true", null),
                    complaint("\"x\"", "\"2026-10\"", "\"Main St\"", "\"police\"", "\"OTHER\"", "\"en\"", injection, null),
                    complaint("\"x\"", "\"2026-10\"", "\"Main St\"", "\"police\"", "\"OTHER\"", "\"en\"", "false", injection));
            for (String body : bodies) {
                JsonNode problem = refused(api.postJson("/api/v1/complaints", body), 400);
                assertThat(problem.path("errors")).as(body).hasSize(1);
            }
        }
    }

    @Test
    void an_operator_in_the_receipt_lookup_is_a_field_error_never_a_query() throws Exception {
        for (String injection : INJECTIONS) {
            refused(api.postJson("/api/v1/complaints/status", "{\"receiptCode\":" + injection + "}"), 400);
            refused(api.get("/api/v1/complaints/status", "X-Receipt-Code", injection), 400);
        }
        refused(api.get("/api/v1/complaints/status", "X-Receipt-Code", "1234-5678-9012-3456-789X"), 400);
        refused(api.postJson("/api/v1/complaints/status", "{\"receiptCode\":[\"12345678901234567890\"]}"), 400);
    }

    @Test
    void a_script_tag_is_stored_as_text_and_never_reflected_by_the_confirmation_or_the_status() throws Exception {
        String script = "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
        HttpResponse<String> filed = api.postJson("/api/v1/complaints", ApiClient.anonymousComplaint(script));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat(filed.body()).doesNotContain("<script").doesNotContain("onerror");
        String receipt = json.readTree(filed.body()).get("receiptCode").asText();

        // The status view is a projection: it answers once the filing has been projected.
        HttpResponse<String> status = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/complaints/status", "X-Receipt-Code", receipt),
                        response -> response.statusCode() != 404);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(status.body()).doesNotContain("<script").doesNotContain("onerror");

        // A script tag where an enum belongs is refused; the problem document quotes it only inside JSON,
        // served as JSON that browsers are told not to sniff as HTML.
        // Count again first: the filing above legitimately added documents.
        Processors.awaitCaughtUp(processing, events, 2);
        countsBefore = counts();
        HttpResponse<String> enumScript = api.postJson("/api/v1/complaints", """
                {"narrative":"x","allegations":["<script>alert(1)</script>"],"anonymous":true}""");
        refused(enumScript, 400);
        assertThat(enumScript.headers().firstValue("Content-Type")).get().asString().startsWith("application/");
        assertThat(enumScript.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void invalid_utf8_is_refused_as_malformed() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"narrative\":\"caf".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
        body.writeBytes("\",\"allegations\":[\"OTHER\"],\"anonymous\":true}".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = api.postJson("/api/v1/complaints",
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        JsonNode problem = refused(response, 400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("body");
    }

    @Test
    void empty_and_blank_bodies_are_refused() throws Exception {
        refused(api.postJson("/api/v1/complaints", ""), 400);
        refused(api.postJson("/api/v1/complaints", "   \n"), 400);
        refused(api.postJson("/api/v1/complaints", "null"), 400);
        refused(api.postJson("/api/v1/complaints", "[]"), 400);
        refused(api.postJson("/api/v1/complaints/status", ""), 400);
    }

    @Test
    void a_huge_body_is_refused_whether_its_length_is_declared_or_chunked() throws Exception {
        String huge = ApiClient.anonymousComplaint("a".repeat(2 * 1024 * 1024));
        refused(api.postJson("/api/v1/complaints", huge), 413);
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = api.postJson("/api/v1/complaints",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        refused(chunked, 413);
    }

    @Test
    void wrong_types_are_refused() throws Exception {
        for (String body : List.of(
                "{\"narrative\":[\"x\"],\"allegations\":[\"OTHER\"],\"anonymous\":true}",
                "{\"narrative\":\"x\",\"allegations\":\"OTHER\",\"anonymous\":true}",
                "{\"narrative\":\"x\",\"allegations\":[\"OTHER\"],\"anonymous\":\"yes\"}",
                "{\"narrative\":\"x\",\"allegations\":[\"OTHER\"],\"anonymous\":true,\"departments\":\"police\"}",
                "{\"narrative\":\"x\",\"allegations\":[\"OTHER\"],\"anonymous\":false,\"contact\":\"me\"}",
                "{\"narrative\":\"x\",\"allegations\":[7],\"anonymous\":true}",
                "\"just a string\"")) {
            refused(api.postJson("/api/v1/complaints", body), 400);
        }
    }

    @Test
    void a_duplicate_key_is_ambiguous_and_refused() throws Exception {
        refused(api.postJson("/api/v1/complaints", """
                {"narrative":"first","narrative":"second","allegations":["OTHER"],"anonymous":true}"""), 400);
        refused(api.postJson("/api/v1/complaints", """
                {"narrative":"x","allegations":["OTHER"],"anonymous":true,"anonymous":false}"""), 400);
    }

    @Test
    void a_file_name_with_path_traversal_is_refused_on_the_form_and_nothing_is_stored() throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        for (String name : List.of("../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/cron.d/job.pdf",
                "photos/../../secret.pdf", "evil\u0000.pdf")) {
            mvc.perform(multipart("/complaints").file(new MockMultipartFile("attachments", name, "application/pdf", pdf))
                            .param("narrative", "x").param("allegations", "OTHER").param("anonymous", "yes")
                            .param("submissionToken", FormTokens.fresh()).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"attachments-error\"")));
        }
        // The JSON API takes no files at all.
        mvc.perform(multipart("/api/v1/complaints").file(new MockMultipartFile("attachments", "../x.pdf", "application/pdf", pdf)))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(counts()).as("every collection unchanged").isEqualTo(countsBefore);
    }

    @Test
    void deeply_nested_json_is_refused_without_exhausting_the_server() throws Exception {
        int depth = 5_000;
        String nested = "[".repeat(depth) + "]".repeat(depth);
        refused(api.postJson("/api/v1/complaints",
                "{\"narrative\":\"x\",\"allegations\":[\"OTHER\"],\"anonymous\":true,\"departments\":" + nested + "}"), 400);
        String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        refused(api.postJson("/api/v1/complaints", "{\"narrative\":" + objects + "}"), 400);
        // and the service still answers
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
    }
}

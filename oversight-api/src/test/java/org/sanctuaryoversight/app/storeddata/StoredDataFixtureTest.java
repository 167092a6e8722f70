package org.sanctuaryoversight.app.storeddata;

import org.sanctuaryoversight.complaint.messages.OfficeMessageSentEvent;
import org.sanctuaryoversight.complaint.messages.ComplainantMessageSentEvent;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.privacy.PersonalDataShreddedEvent;
import org.sanctuaryoversight.staff.Totp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Data written by earlier code keeps loading: today's service starts on the embedded data file of
 * {@code stored-data/2026-12-07} (see its README) and shows what that code showed. Every stored event
 * deserializes; residents' receipt codes still find their complaints; staff still sign in with their password and
 * authenticator; the approved register records and the published report files are unchanged, byte for byte; the
 * read models rebuild from the old events; the durable jobs and sagas written then still run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoredDataFixtureTest {

    static final String FIXTURE = "/stored-data/2026-12-07/";

    /**
     * What the code of 2026-12-07 showed wrongly and later code corrects, on purpose (each with its reason); everything
     * else must read as it did then.
     */
    static final Map<String, String> CORRECTED_STATUS = Map.of(
            // the complainant's status page now says a withdrawn complaint is withdrawn (it said "under review")
            "withdrawn", "WITHDRAWN");
    static final int SEGMENTS = 4;

    @TempDir
    static Path directory;
    static JsonNode expected;
    static ConfigurableApplicationContext app;
    static MockMvc mvc;

    @BeforeAll
    static void startOnTheFixture() throws IOException {
        Path data = directory.resolve("data");
        Files.createDirectories(data);
        try (ZipInputStream zip = new ZipInputStream(resource("data.zip"))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, data.resolve(entry.getName()));
            }
        }
        try (InputStream json = resource("expected.json")) {
            expected = new ObjectMapper().readTree(json);
        }
        app = new SpringApplicationBuilder(OversightApplication.class).profiles("test")
                .run("--server.port=0", "--oversight.embedded.persistent=true",
                        "--oversight.embedded.data-directory=" + data, "--oversight.events.segments=" + SEGMENTS);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
        Processors.awaitCaughtUp(app.getBean(EventProcessingConfiguration.class), app.getBean(EventStore.class), SEGMENTS);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static InputStream resource(String name) {
        InputStream stream = StoredDataFixtureTest.class.getResourceAsStream(FIXTURE + name);
        assertThat(stream).as(FIXTURE + name).isNotNull();
        return stream;
    }

    @Test
    @Order(1)
    void every_stored_event_is_read_back() {
        EventStore events = app.getBean(EventStore.class);
        List<String> types = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                assertThat(event.getPayload()).as("event %s", event.getIdentifier()).isNotNull();
                types.add(event.getPayloadType().getSimpleName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat((long) types.size()).isEqualTo(expected.get("eventCount").asLong());
        assertThat(types).as("events whose stored class name no longer resolves").doesNotContain("UnknownSerializedType");
        assertThat(types).contains("ComplaintFiledEvent", "ComplaintClosedEvent", "ComplaintReopenedEvent",
                "FindingRecordedEvent", "RecommendationAnsweredEvent", "ComplaintWithdrawnEvent", "DeadlineMissedEvent",
                "ComplainantIdentityViewedEvent", "OfficeMessageSentEvent", "ComplainantMessageSentEvent",
                "PersonalDataShreddedEvent", "LegalHoldPlacedEvent", "FederalRequestFlaggedEvent",
                "FederalRequestAmendedEvent", "FederalRequestPublicSummaryApprovedEvent", "ReviewCaseOpenedEvent",
                "ReportPublishedEvent");
    }

    @Test
    @Order(2)
    void residents_receipt_codes_still_find_their_complaints() throws Exception {
        assertResidentsSeeTheirComplaints();
    }

    @Test
    @Order(3)
    void staff_sign_in_with_their_stored_password_and_authenticator_and_read_the_cases() throws Exception {
        MockHttpSession session = signIn("ombud");
        assertThat(page("/staff/cases?stage=CLOSED", session))
                .contains(complaint("closed").get("complaintId").asText());
        String closedId = complaint("closed").get("complaintId").asText();
        mvc.perform(post("/staff/cases/{id}/reading", closedId).with(csrf()).session(session)
                .param("purpose", "WORK_THE_CASE").param("note", "Checking an upgraded installation"));
        String closed = page("/staff/cases/" + closedId, session);
        assertThat(closed).contains("Un agente me preguntó dónde nací", "Read the stop report and the body camera log.")
                .contains("No. The officer has been retrained.");
        String shreddedId = complaint("shredded").get("complaintId").asText();
        mvc.perform(post("/staff/cases/{id}/reading", shreddedId).with(csrf()).session(session)
                .param("purpose", "WORK_THE_CASE").param("note", "Checking an upgraded installation"));
        String shredded = page("/staff/cases/" + shreddedId, session);
        assertThat(shredded).doesNotContain("Please delete what I wrote");

        MvcResult disabled = mvc.perform(post("/login").with(csrf()).param("username", "sam")
                .param("password", expected.get("password").asText())).andReturn();
        assertThat(disabled.getResponse().getRedirectedUrl()).startsWith("/login?");
    }

    @Test
    @Order(4)
    void the_register_still_lists_the_approved_records_with_their_flags() throws Exception {
        assertRegister();
    }

    @Test
    @Order(5)
    void published_report_files_are_served_byte_for_byte_as_published() throws Exception {
        assertPublishedReports();
    }

    @Test
    @Order(6)
    void every_read_model_rebuilds_from_the_old_events_and_shows_the_same() throws Exception {
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
            if (processor.supportsReset()) {
                processor.shutDown();
                processor.resetTokens();
                processor.start();
            }
        }
        Processors.awaitCaughtUp(processing, app.getBean(EventStore.class), SEGMENTS);
        assertResidentsSeeTheirComplaints();
        assertRegister();
        assertPublishedReports();
    }

    @Test
    @Order(7)
    void a_retention_deadline_scheduled_by_the_old_code_still_shreds_when_it_comes() {
        // The closed complaint's retention saga scheduled its shredding a century ahead (the generator's setting).
        // Bring that stored job forward: the stored saga handles it and the complaint's personal data is shredded.
        String complaintId = complaint("closed").get("complaintId").asText();
        var database = app.getBean(com.mongodb.client.MongoDatabase.class);
        var jobs = database.getCollection("jobrunr_jobs");
        var scheduled = jobs.find(com.mongodb.client.model.Filters.eq("state", "SCHEDULED")).into(new ArrayList<>());
        assertThat(scheduled).as("retention jobs written by the old code").isNotEmpty();
        var storage = app.getBean(org.jobrunr.storage.StorageProvider.class);
        for (var document : scheduled) {
            var job = storage.getJobById((java.util.UUID) document.get("_id", java.util.UUID.class));
            job.enqueue();
            storage.save(job);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                org.sanctuaryoversight.app.support.StoredEvents.ofType(PersonalDataShreddedEvent.class, database,
                        app.getBean(org.axonframework.serialization.Serializer.class)))
                .anySatisfy(event -> assertThat(event.subjectId()).isEqualTo(complaintId)));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static JsonNode complaint(String name) {
        return expected.get("complaints").get(name);
    }

    static void assertResidentsSeeTheirComplaints() throws Exception {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("complaints").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> complaint = it.next();
            MockHttpServletResponse response = mvc.perform(get("/api/v1/complaints/status")
                    .header("X-Receipt-Code", complaint.getValue().get("receiptCode").asText())).andReturn().getResponse();
            assertThat(response.getStatus()).as(complaint.getKey()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(response.getContentAsString()).get("status").asText())
                    .as(complaint.getKey()).isEqualTo(CORRECTED_STATUS.getOrDefault(complaint.getKey(),
                            complaint.getValue().get("status").asText()));
        }
    }

    static void assertRegister() throws Exception {
        String register = mvc.perform(get("/register")).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("ICE asked the county jail to hold a person past release")
                .contains("HSI asked the police for license plate reader data");
        String csv = mvc.perform(get("/api/v1/public/federal-requests.csv")).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv).contains(expected.get("federalRequests").get("detainer").asText())
                .contains(expected.get("federalRequests").get("declinedAmended").asText())
                .doesNotContain(expected.get("federalRequests").get("documentedLate").asText());
    }

    static void assertPublishedReports() throws Exception {
        for (Iterator<Map.Entry<String, JsonNode>> versions = expected.get("reports").fields(); versions.hasNext(); ) {
            Map.Entry<String, JsonNode> version = versions.next();
            for (Iterator<Map.Entry<String, JsonNode>> files = version.getValue().fields(); files.hasNext(); ) {
                Map.Entry<String, JsonNode> file = files.next();
                String path = "/reports/" + version.getKey() + "/" + file.getKey();
                MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
                assertThat(response.getStatus()).as(path).isEqualTo(200);
                assertThat(sha256(response.getContentAsByteArray())).as(path).isEqualTo(file.getValue().asText());
            }
        }
        String pem = mvc.perform(get("/reports/office-public.pem")).andReturn().getResponse().getContentAsString();
        assertThat(pem).isEqualTo(expected.get("publicKeyPem").asText());
    }

    static MockHttpSession signIn(String userId) throws Exception {
        MvcResult first = mvc.perform(post("/login").with(csrf()).param("username", userId)
                .param("password", expected.get("password").asText())).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        MockHttpSession session = (MockHttpSession) first.getRequest().getSession(false);
        byte[] secret = Base64.getDecoder().decode(expected.get("totpSecretBase64").asText());
        MvcResult done = mvc.perform(post("/login/totp").with(csrf()).session(session)
                .param("code", Totp.code(secret, Instant.now(), 6))).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/staff");
        return session;
    }

    static String page(String path, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

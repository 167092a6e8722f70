package org.sanctuaryoversight.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.report.BundleRenderer;
import org.sanctuaryoversight.report.ReportArchive;
import org.sanctuaryoversight.report.ReportsModule;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The whole flow through the application: publish, list, download, correct, rebuild from the log. */
@OversightTest
@AutoConfigureMockMvc
class ReportPublicationFlowTest {

    private static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(
            new StaffMember("ombud-1", "Ombud", StaffRole.OMBUDSPERSON, null));
    private static final StaffPrincipal INVESTIGATOR = new StaffPrincipal(
            new StaffMember("inv-1", "Investigator", StaffRole.INVESTIGATOR, null));

    @Autowired
    MockMvc mvc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    ReportArchive archive;
    @Autowired
    BundleRenderer renderer;

    @Test
    void publishesListsServesCorrectsAndRebuildsToTheSameBytes() throws Exception {
        assertThat(mvc.perform(post("/api/v1/staff/reports/1/publish").with(user(INVESTIGATOR)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/staff/reports/2/publish").with(user(OMBUDSPERSON)))
                .andReturn().getResponse().getContentAsString()).contains("PREVIOUS_PERIOD_UNPUBLISHED");

        MvcResult first = mvc.perform(post("/api/v1/staff/reports/1/publish").with(user(OMBUDSPERSON))).andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(first.getResponse().getContentAsString()).contains("\"version\":1");
        await().atMost(Duration.ofSeconds(30)).until(() -> archive.find(1, 1).isPresent());

        String list = mvc.perform(get("/reports")).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/reports/1/v1/").contains("BEGIN PUBLIC KEY");
        assertThat(mvc.perform(get("/reports/1/v1/")).andReturn().getResponse().getContentAsString())
                .contains("<table>").contains("Complaints by intake channel");
        assertThat(mvc.perform(get("/reports/1/v1/").param("lang", "es")).andReturn().getResponse().getContentAsString())
                .contains("Quejas por vía de presentación");

        byte[] manifest = download("/reports/1/v1/SHA256SUMS");
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(sha256(download("/reports/1/v1/" + parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(download("/reports/1/v1/bundle.zip")).isNotEmpty();
        assertThat(new String(download("/reports/office-public.pem"), StandardCharsets.US_ASCII))
                .isEqualTo(renderer.publicKeyPem());

        assertThat(mvc.perform(post("/api/v1/staff/reports/1/publish").with(user(OMBUDSPERSON)))
                .andReturn().getResponse().getContentAsString()).contains("ERRATUM_REQUIRED");
        MvcResult correction = mvc.perform(post("/api/v1/staff/reports/1/publish").with(user(OMBUDSPERSON))
                .contentType(MediaType.APPLICATION_JSON).content("{\"erratum\":\"Methodology note clarified.\"}")).andReturn();
        assertThat(correction.getResponse().getStatus()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> archive.find(1, 2).isPresent());
        assertThat(archive.find(1, 2).orElseThrow().previousManifestSha256()).isEqualTo(sha256(manifest));
        assertThat(mvc.perform(get("/reports")).andReturn().getResponse().getContentAsString())
                .contains("superseded by a later version").contains("/reports/1/v2/");

        StreamingEventProcessor processor = processing
                .eventProcessor(ReportsModule.ARCHIVE_PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        Processors.awaitCaughtUp(processing, events, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> archive.find(1, 2).isPresent());
        assertThat(renderer.render(archive.find(1, 1).orElseThrow()).files().get("SHA256SUMS")).isEqualTo(manifest);
    }

    @Test
    void theStaffPageOffersThePublishButton() throws Exception {
        String page = mvc.perform(get("/staff/reports").with(user(OMBUDSPERSON))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Period 1").contains("/staff/reports/1/publish");
    }

    private byte[] download(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

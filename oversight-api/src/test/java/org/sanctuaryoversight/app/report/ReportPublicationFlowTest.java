package org.sanctuaryoversight.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.core.RDFDataset;
import com.github.jsonldjava.utils.JsonUtils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.DocumentFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.report.rendering.BundleRenderer;
import org.sanctuaryoversight.report.publication.PublishedBundles;
import org.sanctuaryoversight.report.publication.ReportArchive;
import org.sanctuaryoversight.report.rendering.ReportBundle;
import org.sanctuaryoversight.report.ReportsModule;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The whole flow through the application on a clock the test moves: a publication refused without the preview's
 * confirmation, preview then publish, the staff page's new state, stored files, a rebuild after a department was
 * renamed that renders the same bytes, a request documented late, a correction, the comparison page and the DCAT
 * catalogue. Its own application context (a movable clock and a directory it can rename).
 */
@OversightTest
@AutoConfigureMockMvc
@Import(ReportPublicationFlowTest.FlowConfiguration.class)
class ReportPublicationFlowTest {

    static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2025-02-10T10:00:00Z"));
    /** Period 1 as the default effective date makes it: 90 days from 2025-01-01. */
    static final LocalDate FIRST_DAY = LocalDate.parse("2025-01-01");
    static final LocalDate LAST_DAY = LocalDate.parse("2025-03-31");
    static final AtomicReference<String> POLICE_NAME = new AtomicReference<>("Police Department");
    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(
            new StaffMember("ombud-1", "Ombud", StaffRole.OMBUDSPERSON, null));
    static final StaffPrincipal AUDITOR = new StaffPrincipal(new StaffMember("aud-1", "Auditor", StaffRole.AUDITOR, null));
    static final StaffMember LIAISON = new StaffMember("liaison-1", "Liaison", StaffRole.DEPARTMENT_LIAISON, "police");

    @TestConfiguration(proxyBeanMethods = false)
    static class FlowConfiguration {
        @Bean
        @Primary
        Clock movableClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }

        /** The city's directory, whose police department the test renames. */
        @Bean
        @Primary
        DepartmentDirectory renamableDirectory() {
            return () -> List.of(new Department("police", Map.of("en", POLICE_NAME.get(), "es", "Departamento de Policía")),
                    new Department("sheriff", Map.of("en", "Sheriff's Office", "es", "Oficina del Alguacil")));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    ReportArchive archive;
    @Autowired
    PublishedBundles bundles;
    @Autowired
    BundleRenderer renderer;
    @Autowired
    FilingComplaint filing;
    @Autowired
    CommandGateway commands;

    final ObjectMapper json = new ObjectMapper();

    /** The JSON API refuses a publication the way it refuses everything else: an RFC 9457 problem document. */
    @Test
    void a_refused_publication_answers_with_a_problem_document_naming_the_period() throws Exception {
        MvcResult unknown = mvc.perform(post("/api/v1/staff/reports/0/publish").with(user(OMBUDSPERSON))).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(unknown.getResponse().getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).isEqualTo("There is no reporting period 0.");
        assertThat(problem.get("policy").asText()).isEqualTo("ReportPublicationRule");
        assertThat(problem.get("reason").asText()).isEqualTo("reports.blocked.UNKNOWN_PERIOD");
        MvcResult preview = mvc.perform(get("/api/v1/staff/reports/0/preview").with(user(OMBUDSPERSON))
                .header("Accept-Language", "es")).andReturn();
        assertThat(preview.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(preview.getResponse().getContentAsString()).get("detail").asText()).contains("0");
    }

    @Test
    void previewConfirmPublishRebuildCorrectCompareAndCatalogue() throws Exception {
        fileComplaints(40);
        document("2025-02-09T08:00:00Z", FederalRequestResponse.COMPLIED);
        NOW.set(Instant.parse("2025-04-02T10:00:00Z"));
        Processors.awaitCaughtUp(processing, events, 2);

        // Refused without the preview's confirmation: nothing is published.
        MvcResult bare = mvc.perform(post("/api/v1/staff/reports/1/publish").with(user(OMBUDSPERSON))).andReturn();
        assertThat(bare.getResponse().getStatus()).isEqualTo(400);
        assertThat(bare.getResponse().getContentAsString()).contains("CONFIRMATION_REQUIRED");
        JsonNode preview = json.readTree(mvc.perform(get("/api/v1/staff/reports/1/preview").with(user(OMBUDSPERSON)))
                .andReturn().getResponse().getContentAsString());
        assertThat(preview.get("version").asInt()).isEqualTo(1);
        String digest = preview.get("draftDigest").asText();
        MvcResult unticked = mvc.perform(post("/staff/reports/1/publish").with(user(OMBUDSPERSON)).with(csrf())
                .param("version", "1").param("draftDigest", digest)).andReturn();
        assertThat(unticked.getResponse().getStatus()).isEqualTo(400);
        assertThat(unticked.getResponse().getContentAsString()).contains("tick the confirmation");
        MvcResult stale = mvc.perform(post("/staff/reports/1/publish").with(user(OMBUDSPERSON)).with(csrf())
                .param("version", "1").param("draftDigest", "0".repeat(64)).param("confirm", "yes")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(archive.find(1, 1)).isEmpty();

        // The preview is the real HTML, with the frozen department name; the auditor may read it, not publish.
        String previewPage = page("/staff/reports/1/preview", OMBUDSPERSON);
        assertThat(previewPage).contains("name=\"confirm\"").contains(digest).contains("Publish period 1, version 1");
        assertThat(page("/staff/reports/1/preview/index.html", OMBUDSPERSON)).contains("Police Department")
                .contains("In brief").contains("<svg");
        assertThat(page("/staff/reports/1/preview", AUDITOR)).doesNotContain("name=\"confirm\"");
        // Staff dates one way: the period's days as @words writes them (medium style, en/es), each in a <time> whose
        // datetime alone keeps the ISO day.
        assertThat(previewPage).contains("as period 1 (<time datetime=\"2025-01-01\">" + day(FIRST_DAY, Locale.ENGLISH)
                + "</time> to <time datetime=\"2025-03-31\">" + day(LAST_DAY, Locale.ENGLISH) + "</time>), version 1")
                .doesNotContain(">2025-01-01").doesNotContain(">2025-03-31");

        // Issue 19: nothing waits for the archive. Held back, the publication still answers at once, and the version's
        // page and resource say it is being prepared until the archive has it; a version never published is not found.
        try (var archiveHeldBack = Processors.holdBack(processing, ReportsModule.ARCHIVE_PROCESSING_GROUP)) {
            MvcResult published = mvc.perform(post("/staff/reports/1/publish").with(user(OMBUDSPERSON)).with(csrf())
                    .param("version", "1").param("draftDigest", digest).param("confirm", "yes")).andReturn();
            assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/staff/reports/1/v1");
            assertThat(archive.find(1, 1)).as("answered before the archive has the version").isEmpty();
            String preparing = page("/staff/reports/1/v1", OMBUDSPERSON);
            assertThat(preparing).contains("id=\"archiving\"").contains("data-rendering")
                    .contains("<p role=\"status\">Publishing version 1 of period 1: the bundle is being prepared.</p>")
                    .contains("This page updates itself").contains("href=\"/staff/reports/1/v1\"")
                    .doesNotContain("Published 20").doesNotContain("public-page");
            assertThat(page("/staff/reports/1/v1?lang=es", AUDITOR))
                    .contains("Publicando la versión 1 del período 1: se está preparando el paquete.");
            MvcResult resource = mvc.perform(get("/api/v1/staff/reports/1/versions/1").with(user(AUDITOR))).andReturn();
            assertThat(resource.getResponse().getStatus()).isEqualTo(202);
            assertThat(resource.getResponse().getHeader("Retry-After")).isEqualTo("2");
            JsonNode archiving = json.readTree(resource.getResponse().getContentAsString());
            assertThat(archiving.get("state").asText()).isEqualTo("ARCHIVING");
            assertThat(archiving.get("version").asInt()).isEqualTo(1);
            assertThat(archiving.get("detail").asText()).isEqualTo(
                    "Publishing version 1 of period 1: the bundle is being prepared.");
            // the list says so too, rather than offer to publish period 1 again
            String listed = page("/staff/reports", OMBUDSPERSON);
            assertThat(listed.substring(listed.indexOf("id=\"period-1\"")))
                    .contains("Publishing version 1 of period 1: the bundle is being prepared.")
                    .contains("href=\"/staff/reports/1/v1\"").doesNotContain("Not published yet")
                    .doesNotContain("Preview and publish period 1");
            assertThat(mvc.perform(get("/staff/reports/1/v2").with(user(OMBUDSPERSON))).andReturn().getResponse()
                    .getStatus()).isEqualTo(404);
            MvcResult unknown = mvc.perform(get("/api/v1/staff/reports/1/versions/2").with(user(OMBUDSPERSON)))
                    .andReturn();
            assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
            assertThat(unknown.getResponse().getContentType()).isEqualTo("application/problem+json");
        }
        // The person's page reloads itself until the archive has the version: then the confirmation.
        await().atMost(Duration.ofSeconds(60)).until(() -> !page("/staff/reports/1/v1", OMBUDSPERSON)
                .contains("id=\"archiving\""));
        // the moment as every staff page writes one (@words: office time zone, medium date, short time), ISO only in
        // its <time datetime>; formerly "Published 2025-04-02 10:00 UTC."
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            String confirmation = page("/staff/reports/1/v1?lang=" + locale.getLanguage(), OMBUDSPERSON);
            String published = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(ZoneOffset.UTC).format(Instant.parse("2025-04-02T10:00:00Z"));
            assertThat(confirmation).as(locale.toString())
                    .contains("<p role=\"status\"><time datetime=\"2025-04-02T10:00:00Z\">"
                    + (locale == Locale.ENGLISH ? "Published " : "Publicada el ") + published + ".</time></p>")
                    .doesNotContain("UTC.");
        }
        MvcResult archived = mvc.perform(get("/api/v1/staff/reports/1/versions/1").with(user(AUDITOR))).andReturn();
        assertThat(archived.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(archived.getResponse().getContentAsString()).get("page").asText())
                .isEqualTo("/reports/1/v1/");
        String staffPage = page("/staff/reports", OMBUDSPERSON);
        assertThat(staffPage.substring(staffPage.indexOf("id=\"period-1\""))).contains("Published: version 1")
                .doesNotContain("Not published yet");
        // each day in words, in a <time> whose datetime keeps the ISO day (for machines only)
        assertThat(staffPage).contains(">Period 1 (<time datetime=\"2025-01-01\">" + day(FIRST_DAY, Locale.ENGLISH)
                + "</time> to <time datetime=\"2025-03-31\">" + day(LAST_DAY, Locale.ENGLISH) + "</time>)</h2>")
                .doesNotContain(">2025-01-01").doesNotContain(">2025-03-31");
        assertThat(page("/staff/reports?lang=es", OMBUDSPERSON)).contains(">Período 1 (<time datetime=\"2025-01-01\">"
                + day(FIRST_DAY, Locale.forLanguageTag("es")) + "</time> a <time datetime=\"2025-03-31\">"
                + day(LAST_DAY, Locale.forLanguageTag("es")) + "</time>)</h2>");
        // the bundle is rendered in the background: 13 languages' pages and 12 PDFs (issue 22), minutes on a busy machine
        await().atMost(Duration.ofMinutes(5)).until(() -> page("/staff/reports/1/v1", OMBUDSPERSON).contains("public-page"));

        byte[] manifest = download("/reports/1/v1/SHA256SUMS");
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(sha256(download("/reports/1/v1/" + parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        ReportBundle stored = bundles.bundle(1, 1).orElseThrow();

        // A department renamed, every read model rebuilt: the version renders to the very bytes it was published with.
        POLICE_NAME.set("Metropolitan Police Service");
        rebuild(ReportsModule.LEDGER_PROCESSING_GROUP);
        rebuild(ReportsModule.ARCHIVE_PROCESSING_GROUP);
        await().atMost(Duration.ofSeconds(30)).until(() -> archive.find(1, 1).isPresent());
        ReportBundle rendered = renderer.render(archive.find(1, 1).orElseThrow());
        assertThat(rendered.files().keySet()).isEqualTo(stored.files().keySet());
        stored.files().forEach((path, bytes) -> assertThat(rendered.files().get(path)).as(path).isEqualTo(bytes));
        assertThat(page("/reports/1/v1/", null)).contains("Police Department").doesNotContain("Metropolitan");

        // A request received in period 1, documented in period 2 after period 1 was published.
        NOW.set(Instant.parse("2025-05-10T10:00:00Z"));
        document("2025-03-20T08:00:00Z", FederalRequestResponse.DECLINED);
        fileComplaints(40);
        NOW.set(Instant.parse("2025-07-05T10:00:00Z"));
        Processors.awaitCaughtUp(processing, events, 2);
        assertThat(page("/staff/reports", OMBUDSPERSON)).contains("One federal request received in this period was "
                + "documented after the latest version was published");
        publish(2, null);
        String late = new String(download("/reports/2/v1/data/federal_requests_documented_late.csv"), StandardCharsets.UTF_8);
        // flagged too: the compliance policy flags a request documented after its deadline
        assertThat(late).contains("\r\n1,police,INFORMATION_ABOUT_PERSON,NONE,DECLINED,1,1\r\n");
        publish(1, "A request received in period 1 and documented in period 2 is now counted.");
        String correctedFederal = new String(download("/reports/1/v2/data/federal_requests.csv"), StandardCharsets.UTF_8);
        assertThat(correctedFederal).contains("\r\ntotal,total,total,total,2,");
        assertThat(archive.find(1, 2).orElseThrow().previousManifestSha256()).isEqualTo(sha256(manifest));

        // The public list, newest first, with the headline and every format; the comparison; the catalogue.
        String list = page("/reports", null);
        assertThat(list.indexOf("Period 2: Apr 1, 2025")).isLessThan(list.indexOf("Period 1: Jan 1, 2025"));
        assertThat(list).contains("The office received 40 complaints in this period").contains("/reports/1/v2/report-es.pdf")
                .contains("/reports/2/v1/datapackage.json").contains("superseded by a later version")
                .contains(renderer.fingerprint());
        // Issue 22: each version in the reader's language, its PDF where the language has one, the others by name.
        String flat = list.replaceAll("\\s+", " ");
        assertThat(flat).contains("<a hreflang=\"en\" href=\"/reports/2/v1/\">Read the report</a>")
                .contains("<a hreflang=\"en\" href=\"/reports/2/v1/report-en.pdf\">Download the PDF</a>")
                .contains("<a lang=\"ko\" hreflang=\"ko\" dir=\"ltr\" href=\"/reports/2/v1/index.ko.html\">한국어</a>")
                .contains("href=\"/reports/2/v1/index.km.html\"").doesNotContain("report-km.pdf")
                .contains("dir=\"rtl\" href=\"/reports/2/v1/index.ar.html\">العربية</a>")
                .doesNotContain("This version was published before");
        String chinese = page("/reports?lang=zh-Hant", null).replaceAll("\\s+", " ");
        assertThat(chinese).contains("<a hreflang=\"zh-Hant\" href=\"/reports/2/v1/index.zh-Hant.html\">閱讀報告</a>")
                .contains("/reports/2/v1/report-zh-Hant.pdf").contains("第 2 期").contains("2025年4月1日");
        assertThat(page("/reports/2/v1/?lang=ar", null)).contains("lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\"")
                .contains("مساءلة الإدارات");
        assertThat(page("/reports/2/v1/index.ko.html", null)).contains("부서 책임성");
        String compare = page("/reports/compare", null);
        assertThat(compare).contains("Period 1: 2025-01-01 to 2025-03-31").contains("Period 2: 2025-04-01 to 2025-06-29")
                .contains("<svg");
        assertThat(page("/reports/compare?lang=es", null)).contains("Período 1: 2025-01-01 a 2025-03-31");
        MvcResult catalogue = mvc.perform(get("/reports/catalog.jsonld")).andReturn();
        assertThat(catalogue.getResponse().getContentType()).startsWith("application/ld+json");
        Object document = JsonUtils.fromString(catalogue.getResponse().getContentAsString());
        List<Object> expanded = JsonLdProcessor.expand(document, new JsonLdOptions());
        assertThat(expanded).isNotEmpty();
        RDFDataset rdf = (RDFDataset) JsonLdProcessor.toRDF(document, new JsonLdOptions());
        List<String> datasets = new ArrayList<>();
        for (RDFDataset.Quad quad : rdf.getQuads("@default")) {
            if (quad.getPredicate().getValue().equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
                    && quad.getObject().getValue().equals("http://www.w3.org/ns/dcat#Dataset")) {
                datasets.add(quad.getSubject().getValue());
            }
        }
        assertThat(datasets).containsExactlyInAnyOrder("http://localhost/reports/1/v1/", "http://localhost/reports/1/v2/",
                "http://localhost/reports/2/v1/");
    }

    /** A calendar day as the staff pages write one: medium style, the reader's language. */
    private static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** Enough complaints, spread over channels, languages and categories, for the figures to be protectable. */
    private void fileComplaints(int count) {
        IntakeChannel[] channels = IntakeChannel.values();
        AllegationCategory[] categories = AllegationCategory.values();
        for (int i = 0; i < count; i++) {
            filing.file(new ComplaintSubmission("An officer asked where I was born.", null, null,
                    Set.of(i % 3 == 0 ? "sheriff" : "police"), Set.of(categories[i % 4]), channels[i % channels.length],
                    i % 2 == 0 ? "en" : "es", i % 3 != 1, null));
        }
    }

    private void publish(int period, String erratum) throws Exception {
        JsonNode preview = json.readTree(mvc.perform(get("/api/v1/staff/reports/" + period + "/preview")
                .with(user(OMBUDSPERSON))).andReturn().getResponse().getContentAsString());
        String body = json.writeValueAsString(Map.of("version", preview.get("version").asInt(),
                "draftDigest", preview.get("draftDigest").asText(), "erratum", erratum == null ? "" : erratum));
        MvcResult result = mvc.perform(post("/api/v1/staff/reports/" + period + "/publish").with(user(OMBUDSPERSON))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        // Answered at once: 201 when the archive already has the version, else 202; a client polls Location.
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(201, 202);
        String location = result.getResponse().getHeader("Location");
        int version = json.readTree(result.getResponse().getContentAsString()).get("version").asInt();
        assertThat(location).isEqualTo("/api/v1/staff/reports/" + period + "/versions/" + version);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                mvc.perform(get(location).with(user(OMBUDSPERSON))).andReturn().getResponse().getStatus() == 200);
        JsonNode archived = json.readTree(mvc.perform(get(location).with(user(OMBUDSPERSON))).andReturn().getResponse()
                .getContentAsString());
        assertThat(archived.get("page").asText()).isEqualTo("/reports/" + period + "/v" + version + "/");
    }

    private void document(String receivedAt, FederalRequestResponse response) {
        commands.sendAndWait(new DocumentFederalRequestCommand(UUID.randomUUID().toString(), new FederalRequestFacts(
                "police", Instant.parse(receivedAt), FederalAgency.ICE_ERO, RequestChannel.EMAIL,
                List.of(RequestType.INFORMATION_ABOUT_PERSON), LegalDocument.NONE, response,
                "Asked for a resident's address.", "Not public information."), NOW.get(), LIAISON));
    }

    private void rebuild(String group) {
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        Processors.awaitCaughtUp(processing, events, 2);
    }

    private String page(String path, StaffPrincipal who) throws Exception {
        var request = get(path);
        if (who != null) {
            request.with(user(who));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
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

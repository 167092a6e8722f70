package org.sanctuaryoversight.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.report.publication.GridFsReportBundleStore;
import org.sanctuaryoversight.report.publication.ReportArchive;
import org.sanctuaryoversight.report.rendering.ReportBundle;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A version published before this change still serves byte-identical files. The service starts on the stored-data
 * fixture of 2026-12-07 (period 1 published in versions 1 and 2 by the code of that day, see its README); at startup the
 * bundle store's processor replays the publications and stores, through the frozen first renderer, the very bytes that
 * code served; the public URLs serve those stored bytes.
 */
class LegacyPublicationFixtureTest {

    static final String FIXTURE = "/stored-data/2026-12-07/";

    @TempDir
    static Path directory;
    static JsonNode expected;
    static ConfigurableApplicationContext app;
    static MockMvc mvc;

    @BeforeAll
    static void startOnTheFixture() throws Exception {
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
                        "--oversight.embedded.data-directory=" + data);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aVersionPublishedBeforeThisChangeStillServesByteIdenticalFilesFromTheStore() throws Exception {
        GridFsReportBundleStore store = new GridFsReportBundleStore(app.getBean(MongoDatabase.class));
        ReportArchive archive = app.getBean(ReportArchive.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> archive.find(1, 2).isPresent());
        assertThat(archive.find(1, 1).orElseThrow().legacyFormat()).as("old events read as the first format").isTrue();
        // the startup migration: the replay of the publications stores both versions' bytes once
        await().atMost(Duration.ofSeconds(120)).until(() -> store.find(1, 1).isPresent() && store.find(1, 2).isPresent());

        for (Iterator<Map.Entry<String, JsonNode>> versions = expected.get("reports").fields(); versions.hasNext(); ) {
            Map.Entry<String, JsonNode> version = versions.next();
            int number = Integer.parseInt(version.getKey().substring(version.getKey().indexOf("/v") + 2));
            ReportBundle stored = store.find(1, number).orElseThrow();
            assertThat(stored.files().keySet()).as("stored files of %s", version.getKey())
                    .containsExactlyInAnyOrderElementsOf(() -> version.getValue().fieldNames());
            for (Iterator<Map.Entry<String, JsonNode>> files = version.getValue().fields(); files.hasNext(); ) {
                Map.Entry<String, JsonNode> file = files.next();
                assertThat(sha256(stored.files().get(file.getKey()))).as("stored %s", file.getKey())
                        .isEqualTo(file.getValue().asText());
                String path = "/reports/" + version.getKey() + "/" + file.getKey();
                MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
                assertThat(response.getStatus()).as(path).isEqualTo(200);
                assertThat(sha256(response.getContentAsByteArray())).as(path).isEqualTo(file.getValue().asText());
            }
        }
        // The public list shows the old versions with a headline and the key that signed them.
        String list = mvc.perform(get("/reports")).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/reports/1/v2/report-en.pdf").contains("superseded by a later version")
                .contains("The office received");
    }

    static InputStream resource(String name) {
        InputStream stream = LegacyPublicationFixtureTest.class.getResourceAsStream(FIXTURE + name);
        assertThat(stream).as(FIXTURE + name).isNotNull();
        return stream;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

package org.sanctuaryoversight.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctuaryoversight.report.legacy.BundleRendererV1;
import org.sanctuaryoversight.report.rendering.OfficeSigningKey;
import org.sanctuaryoversight.report.rendering.ReportBundle;
import org.sanctuaryoversight.report.rendering.ReportJson;

/**
 * The frozen renderer gives, for versions published before bundles were stored, the very bytes the code of that day
 * served. The fixture under {@code report/legacy/} was written by that code (the event as the archive kept it, the
 * signing key, and the {@code SHA256SUMS} it rendered): the manifest lists the SHA-256 of every file, so equal
 * manifests mean equal files.
 */
class LegacyBundleRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {"period-1-v1", "period-1-v2"})
    void aVersionPublishedBeforeStoredBundlesRendersToTheBytesItWasPublishedWith(String version, @TempDir Path folder)
            throws Exception {
        Path key = folder.resolve("key.pem");
        Files.write(key, resource("test-signing-key.pem"));
        ReportPublishedEvent event = ReportJson.mapper().readValue(resource(version + ".event.json"),
                ReportPublishedEvent.class);

        ReportBundle bundle = new BundleRendererV1(OfficeSigningKey.read(key)).render(event);

        assertThat(new String(bundle.files().get(ReportBundle.MANIFEST), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(resource(version + ".SHA256SUMS"), java.nio.charset.StandardCharsets.UTF_8));
        if (version.endsWith("v2")) {
            assertThat(bundle.files().get(ReportBundle.SIGNATURE)).isEqualTo(resource(version + ".SHA256SUMS.sig"));
            assertThat(new String(bundle.files().get("index.html"), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("A late request was added.");
        }
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = LegacyBundleRendererTest.class.getResourceAsStream("legacy/" + name)) {
            return in.readAllBytes();
        }
    }
}

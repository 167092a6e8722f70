package org.sanctuaryoversight.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.tables.SampleHistory;

/**
 * Published bytes never change: a version in all thirteen languages, signed with a fixed test key, renders to exactly
 * the {@code SHA256SUMS} the renderer gave before it warmed up at start-up and rendered languages side by side
 * ({@code bundle-13-languages.SHA256SUMS}, written by the code of commit {@code d797e6e}). The manifest names every
 * file with its digest, so one comparison covers every HTML page, PDF, CSV and JSON file of the bundle.
 */
class BundleBytesTest {

    /** A key for this test only (never an office's): the bundle's public key and fingerprint must not vary. */
    static final String TEST_KEY = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIP4G8mdkSchd/gyLtL2X+37dbRLHhz/VC18YgWPXhgEg
            -----END PRIVATE KEY-----
            """;

    static OfficeSigningKey key;
    static ReportPublishedEvent report;

    @BeforeAll
    static void publish(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("test-key.pem");
        Files.writeString(file, TEST_KEY, StandardCharsets.US_ASCII);
        key = OfficeSigningKey.read(file);
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(ledger), PublicationBundleTest.CALENDAR, 2, 80, 7);
        ReportPublishedEvent first = PublicationBundleTest.publish(ledger, 1, List.of(), PublicationBundleTest.DIRECTORY,
                Instant.parse("2025-04-02T15:00:00Z"));
        report = PublicationBundleTest.publish(ledger, 2, List.of(first.figures()), PublicationBundleTest.DIRECTORY,
                Instant.parse("2025-07-01T15:00:00Z"));
    }

    /** Also after the start-up warm-up (a throwaway page in every script) ran in the same process. */
    @Test
    void aVersionInThirteenLanguagesRendersToTheBytesItHadBeforeTheFirstPublicationWasMadeFaster() throws IOException {
        BundleRenderer renderer = new BundleRenderer(key);
        renderer.warmUp();
        ReportBundle bundle = renderer.render(report);
        String manifest = new String(bundle.files().get(ReportBundle.MANIFEST), StandardCharsets.UTF_8);
        // for a person comparing by hand, or renewing the expectation when the published format deliberately changes
        Files.createDirectories(Path.of("target", "bundle-bytes"));
        Files.writeString(Path.of("target", "bundle-bytes", "SHA256SUMS"), manifest);
        assertThat(manifest).isEqualTo(expected());
    }

    /**
     * Languages rendered side by side on a pool give exactly the files rendered one after another: every page and PDF
     * comes from the same inputs, whichever thread renders it and in whatever order they finish.
     */
    @Test
    void renderingTheLanguagesConcurrentlyGivesTheSameBytesAsOneAfterAnother() throws Exception {
        ReportBundle serial = new BundleRenderer(key).render(report);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<String> parts = new CopyOnWriteArrayList<>();
            ReportBundle concurrent = new BundleRenderer(key, pool).render(report, (done, total, part) -> parts.add(part));
            assertThat(concurrent.files().keySet()).containsExactlyElementsOf(serial.files().keySet());
            for (String file : serial.files().keySet()) {
                assertThat(concurrent.files().get(file)).as(file).isEqualTo(serial.files().get(file));
            }
            assertThat(parts).hasSize(4 + 13 + 12).contains("report-zh-Hant.pdf", "index.km.html")
                    .doesNotContain("report-km.pdf").last().isEqualTo(ReportBundle.SIGNATURE);
        } finally {
            pool.shutdownNow();
        }
    }

    static String expected() throws IOException {
        try (InputStream in = BundleBytesTest.class.getResourceAsStream("bundle-13-languages.SHA256SUMS")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

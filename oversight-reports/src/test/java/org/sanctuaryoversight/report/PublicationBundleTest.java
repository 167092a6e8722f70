package org.sanctuaryoversight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published version's bundle: reproducible, verifiable with standard tools, and its PDF holds every table. */
class PublicationBundleTest {

    private static final ReportingCalendar CALENDAR = new ReportingCalendar(SampleHistory.EFFECTIVE);
    private static final OfficeSigningKey KEY = OfficeSigningKey.generate();
    private static ReportPublishedEvent published;
    private static ReportBundle bundle;

    @BeforeAll
    static void publishPeriodOne() {
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(ledger), CALENDAR, 1, 80, 7);
        published = event(ledger);
        bundle = new BundleRenderer(KEY).render(published);
    }

    private static ReportPublishedEvent event(ReportLedger ledger) {
        ReportDraft draft = new ReportCompiler(CALENDAR, new DisclosureControl(10, 2))
                .draft(1, ledger.complaints(), ledger.federalRequests(), ledger.identityViews(), List.of());
        assertThat(draft.audit().passed()).isTrue();
        return new ReportPublishedEvent(PublishReportCommand.publicationId(1), 1, 1, draft.period().start(),
                draft.period().lastDay(), Instant.parse("2025-04-02T15:00:00Z"), "ombud-1", null, null, 10, draft.tables());
    }

    @Test
    void rebuildingTheLedgerAndRenderingAgainGivesTheSameBytes() {
        InMemoryReportLedger rebuilt = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(rebuilt), CALENDAR, 1, 80, 7);
        ReportPublishedEvent again = event(rebuilt);
        assertThat(again).isEqualTo(published);

        ReportBundle rendered = new BundleRenderer(KEY).render(again);

        assertThat(rendered.files().keySet()).isEqualTo(bundle.files().keySet());
        for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
            assertThat(rendered.files().get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(rendered.manifestSha256()).isEqualTo(bundle.manifestSha256());
    }

    @Test
    void theFrozenEventSurvivesJsonAndRendersIdentically() throws Exception {
        var mapper = ReportJson.mapper();
        ReportPublishedEvent read = mapper.readValue(mapper.writeValueAsString(published), ReportPublishedEvent.class);
        assertThat(new BundleRenderer(KEY).render(read).files().get(ReportBundle.MANIFEST))
                .isEqualTo(bundle.files().get(ReportBundle.MANIFEST));
    }

    @Test
    void bundleHasOneCsvPerTableAndEveryFileIsInTheManifest() {
        String manifest = new String(bundle.files().get(ReportBundle.MANIFEST), StandardCharsets.UTF_8);
        for (PublishedTable table : published.tables()) {
            assertThat(bundle.files()).containsKey("data/" + table.id() + ".csv");
        }
        for (String path : bundle.files().keySet()) {
            if (!path.startsWith("SHA256SUMS")) {
                assertThat(manifest).contains("  " + path + "\n");
            }
        }
        assertThat(bundle.files()).containsKeys("index.html", "index.es.html", "report-en.pdf", "report-es.pdf",
                "report.json", "datapackage.json", "methodology.md", "office-public.pem");
        String csv = new String(bundle.files().get("data/complaints_by_language.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("language,count,count_low,count_high,count_suppression\n").doesNotContain("\r");
        assertThat(new String(bundle.files().get("report.json"), StandardCharsets.UTF_8)).doesNotContain("ombud-1");
    }

    @Test
    void crossTableTotalsAgree() {
        long received = published.table("complaints_received").row("complaints_received").figures().get(0).value();
        for (String table : List.of("complaints_by_channel", "complaints_by_language", "complaints_by_anonymity")) {
            assertThat(published.table(table).row(PublishedTable.TOTAL).figures().get(0).value()).as(table).isEqualTo(received);
        }
        long departmentTotal = published.table("complaints_by_department").rows().stream()
                .mapToLong(row -> row.figures().get(0).value()).sum();
        assertThat(departmentTotal).isGreaterThanOrEqualTo(received);
        long federal = published.table("federal_requests").rows().stream()
                .filter(row -> !row.keys().get(0).equals(PublishedTable.TOTAL)).mapToLong(row -> row.figures().get(0).value()).sum();
        assertThat(published.table("federal_requests").row(PublishedTable.TOTAL, "", "", "").figures().get(0).value())
                .isEqualTo(federal).isEqualTo(12);
    }

    @Test
    void downloadedBundleVerifiesWithSha256sumAndOpenssl(@TempDir Path folder) throws Exception {
        assumeTrue(onPath("sha256sum") && onPath("openssl"), "sha256sum and openssl are needed");
        write(folder, bundle);
        assertThat(run(folder, "sha256sum", "-c", "SHA256SUMS")).isZero();
        Files.writeString(folder.resolve("published-key.pem"), KEY.publicKeyPem());
        assertThat(run(folder, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "published-key.pem", "-rawin",
                "-in", "SHA256SUMS", "-sigfile", "SHA256SUMS.sig")).isZero();

        Files.writeString(folder.resolve("data/complaints_received.csv"), "measure,count\ncomplaints_received,999\n");
        assertThat(run(folder, "sha256sum", "--quiet", "-c", "SHA256SUMS")).isNotZero();
        Files.writeString(folder.resolve("SHA256SUMS"), Files.readString(folder.resolve("SHA256SUMS")) + "\n");
        assertThat(run(folder, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "published-key.pem", "-rawin",
                "-in", "SHA256SUMS", "-sigfile", "SHA256SUMS.sig")).isNotZero();
    }

    @Test
    void pdfOpensWithPdftotextAndContainsEveryTable(@TempDir Path folder) throws Exception {
        assumeTrue(onPath("pdftotext"), "pdftotext is needed");
        write(folder, bundle);
        for (String language : List.of("en", "es")) {
            assertThat(run(folder, "pdftotext", "-enc", "UTF-8", "report-" + language + ".pdf", "out.txt")).isZero();
            String text = Files.readString(folder.resolve("out.txt")).replaceAll("\\s+", " ");
            for (PublishedTable table : published.tables()) {
                String title = language.equals("es") ? table.titleEs() : table.titleEn();
                assertThat(text).as("%s PDF has %s", language, table.id()).contains(title);
            }
        }
    }

    private static void write(Path folder, ReportBundle bundle) throws IOException {
        for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    private static boolean onPath(String tool) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, tool))) {
                return true;
            }
        }
        return false;
    }

    private static int run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(folder.toFile())
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }
}

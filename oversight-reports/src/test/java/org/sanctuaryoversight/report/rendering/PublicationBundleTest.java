package org.sanctuaryoversight.report.rendering;

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
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishReportCommand;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.publication.ReportDraft;
import org.sanctuaryoversight.report.tables.DisclosureControl;
import org.sanctuaryoversight.report.tables.SampleHistory;

/**
 * Two periods published from the ledger's entry points: the bundle is reproducible (also after a department is
 * renamed), verifiable with standard tools against the served key's fingerprint, and its headline, charts and labels
 * are what a reader needs. Validation against the Data Package schemas and PDF/UA is in {@link OpenFormatsTest}.
 */
class PublicationBundleTest {

    static final ReportingCalendar CALENDAR = new ReportingCalendar(SampleHistory.EFFECTIVE);
    static final OfficeSigningKey KEY = OfficeSigningKey.generate();
    static final DepartmentDirectory DIRECTORY = directory("Police Department");
    static ReportPublishedEvent first;
    static ReportPublishedEvent second;
    static ReportBundle bundle;

    @BeforeAll
    static void publishTwoPeriods() {
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(ledger), CALENDAR, 2, 80, 7);
        first = publish(ledger, 1, List.of(), DIRECTORY, Instant.parse("2025-04-02T15:00:00Z"));
        second = publish(ledger, 2, List.of(first.figures()), DIRECTORY, Instant.parse("2025-07-01T15:00:00Z"));
        bundle = new BundleRenderer(KEY).render(second);
    }

    static DepartmentDirectory directory(String policeName) {
        List<Department> departments = new ArrayList<>();
        for (String code : SampleHistory.DEPARTMENTS) {
            String name = code.equals("POLICE") ? policeName : code.charAt(0) + code.substring(1).toLowerCase() + " Department";
            departments.add(new Department(code, Map.of("en", name, "es", "Departamento " + code.toLowerCase())));
        }
        return DepartmentDirectory.of(departments);
    }

    static ReportPublishedEvent publish(ReportLedger ledger, int period, List<PeriodFigures> published,
                                        DepartmentDirectory directory, Instant at) {
        ReportDraft draft = new ReportCompiler(CALENDAR, new DisclosureControl(10, 2), SampleHistory.DEPARTMENTS)
                .draft(period, ledger.complaints(), ledger.federalRequests(), ledger.identityViews(), published);
        assertThat(draft.audit().passed()).isTrue();
        return new ReportPublishedEvent(PublishReportCommand.publicationId(period), period, 1, draft.period().start(),
                draft.period().lastDay(), at, "ombud-1", null, null, 10, draft.tables(),
                ReportPublishedEvent.CURRENT_FORMAT, "LETTER", new ReportLabels(directory).freeze(draft.tables()));
    }

    static String text(String path) {
        return new String(bundle.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void rebuildingTheLedgerAfterADepartmentWasRenamedAndRenderingAgainGivesTheSameBytesAndSignature() {
        InMemoryReportLedger rebuilt = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(rebuilt), CALENDAR, 2, 80, 7);
        DepartmentDirectory renamed = directory("Metropolitan Police Service");
        ReportPublishedEvent again = publish(rebuilt, 2, List.of(first.figures()), renamed, second.publishedAt());
        // The rename is real: the labels frozen today would differ, so a version frozen earlier must carry its own.
        assertThat(again.labels().get("en").get("department.POLICE")).isEqualTo("Metropolitan Police Service");
        assertThat(again.tables()).isEqualTo(second.tables());

        ReportBundle rendered = new BundleRenderer(KEY).render(second);

        assertThat(rendered.files().keySet()).isEqualTo(bundle.files().keySet());
        for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
            assertThat(rendered.files().get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(rendered.files().get(ReportBundle.SIGNATURE)).isEqualTo(bundle.files().get(ReportBundle.SIGNATURE));
        assertThat(text("index.html")).contains("Police Department").doesNotContain("Metropolitan");
    }

    @Test
    void theFrozenEventSurvivesJsonAndRendersIdentically() throws Exception {
        var mapper = ReportJson.mapper();
        ReportPublishedEvent read = mapper.readValue(mapper.writeValueAsString(second), ReportPublishedEvent.class);
        assertThat(read).isEqualTo(second);
        assertThat(new BundleRenderer(KEY).render(read).files().get(ReportBundle.MANIFEST))
                .isEqualTo(bundle.files().get(ReportBundle.MANIFEST));
    }

    @Test
    void theHeadlineStatesTheTablesFiguresInBothLanguages() {
        List<Headline.Fact> facts = Headline.facts(second);
        assertThat(facts).extracting(Headline.Fact::name)
                .contains("received", "previousReceived", "closed", "answersOnTime", "federal", "flagged", "previousFederal");
        for (Headline.Fact fact : facts) {
            PublishedTable table = second.table(fact.table());
            assertThat(table.row(fact.keys().toArray(String[]::new)).figures().get(fact.measure()))
                    .as(fact.name()).isEqualTo(fact.figure());
        }
        long received = second.table("complaints_received").row("complaints_received").figures().get(0).value();
        long previous = first.table("complaints_received").row("complaints_received").figures().get(0).value();
        PublishedRow total = second.table("federal_requests").row("total", "total", "total", "total");
        for (String language : List.of("en", "es")) {
            String headline = String.join(" ", Headline.sentences(second, ReportWords.of(second, language)));
            assertThat(headline).as(language).contains(" " + received + " ", " " + previous + " ",
                    " " + total.figures().get(0).value() + " ", " " + total.figures().get(1).value() + " ");
            String html = text(ReportHtml.fileName(language));
            assertThat(html).contains("<section class=\"headline\"").contains(SvgCharts.escape(
                    Headline.sentences(second, ReportWords.of(second, language)).get(0)));
        }
    }

    @Test
    void theHtmlHasTrendAndDepartmentChartsWithTextAlternatives() {
        for (String language : List.of("en", "es")) {
            String html = text(ReportHtml.fileName(language));
            for (String chart : List.of("chart-trend-complaints", "chart-trend-flagged", "chart-trend-on-time",
                    "chart-departments-requests", "chart-complaints_by_department")) {
                assertThat(html).as("%s %s", language, chart).contains("<figure class=\"chart\" id=\"" + chart + "\">")
                        .contains("aria-labelledby=\"" + chart + "-title " + chart + "-desc\"");
            }
            // both periods in the trend chart, as "Period 1" and "Period 2" in English
            assertThat(html).contains(language.equals("en") ? "Period 1 " : "Período 1 ");
        }
    }

    @Test
    void noRawCodeReachesAReaderInEitherLanguage(@TempDir Path folder) throws Exception {
        List<String> codes = RawCodes.of(second);
        assertThat(codes).contains("HONOURING_DETAINER_OR_TRANSFER", "NOT_SUSTAINED", "HEALTH", "WEB_FORM");
        boolean pdftotext = onPath("pdftotext");
        if (pdftotext) {
            write(folder, bundle);
        }
        for (String language : List.of("en", "es")) {
            String visible = RawCodes.visibleText(text(ReportHtml.fileName(language)));
            assertThat(codes).as("raw codes in the %s HTML", language).noneMatch(code -> RawCodes.appears(visible, code));
            if (pdftotext) {
                assertThat(run(folder, "pdftotext", "-enc", "UTF-8", "report-" + language + ".pdf", "out.txt")).isZero();
                String pdf = Files.readString(folder.resolve("out.txt"));
                assertThat(codes).as("raw codes in the %s PDF", language).noneMatch(code -> RawCodes.appears(pdf, code));
                assertThat(pdf).contains(language.equals("en") ? "Department accountability" : "Rendición de cuentas");
            }
        }
    }

    @Test
    void bundleHasOneCrlfCsvPerTableAndEveryFileIsInTheManifest() {
        String manifest = text(ReportBundle.MANIFEST);
        for (PublishedTable table : second.tables()) {
            assertThat(bundle.files()).containsKey("data/" + table.id() + ".csv");
        }
        for (String path : bundle.files().keySet()) {
            if (!path.startsWith("SHA256SUMS")) {
                assertThat(manifest).contains("  " + path + "\n");
            }
        }
        assertThat(bundle.files()).containsKeys("index.html", "index.es.html", "report-en.pdf", "report-es.pdf",
                "report.json", "datapackage.json", "methodology.md", "office-public.pem",
                "data/department_accountability.csv", "data/trends.csv", "data/federal_requests_documented_late.csv");
        String csv = text("data/complaints_by_language.csv");
        assertThat(csv).startsWith("language,count,count_low,count_high,count_suppression\r\n")
                .doesNotContain("\n\n").doesNotContainPattern("[^\\r]\\n");
        assertThat(text("data/federal_requests.csv")).contains("\r\ntotal,total,total,total,");
        assertThat(text("report.json")).doesNotContain("ombud-1").contains("\"labels\"");
        assertThat(text("index.html")).contains("Version 1, published 2025-07-01 15:00 UTC.");
    }

    @Test
    void downloadedBundleVerifiesAgainstTheServedKeyAndItsFingerprint(@TempDir Path folder) throws Exception {
        assumeTrue(onPath("sha256sum") && onPath("openssl"), "sha256sum and openssl are needed");
        write(folder, bundle);
        Files.writeString(folder.resolve(VerificationCommands.SERVED_KEY), KEY.publicKeyPem());
        assertThat(text("index.html")).contains(KEY.fingerprint());
        assertThat(output(folder, "sh", "-c", VerificationCommands.LINES.get(0))).startsWith(KEY.fingerprint());
        assertThat(run(folder, "sh", "-c", VerificationCommands.LINES.get(1))).isZero();
        assertThat(run(folder, "sh", "-c", VerificationCommands.LINES.get(2))).isZero();

        Files.writeString(folder.resolve("data/complaints_received.csv"), "measure,count\r\ncomplaints_received,999\r\n");
        assertThat(run(folder, "sha256sum", "--quiet", "-c", "SHA256SUMS")).isNotZero();
        Files.writeString(folder.resolve("SHA256SUMS"), Files.readString(folder.resolve("SHA256SUMS")) + "\n");
        assertThat(run(folder, "sh", "-c", VerificationCommands.LINES.get(2))).isNotZero();
    }

    @Test
    void pdfOpensWithPdftotextAndContainsEveryTableAndTheFingerprint(@TempDir Path folder) throws Exception {
        assumeTrue(onPath("pdftotext"), "pdftotext is needed");
        write(folder, bundle);
        for (String language : List.of("en", "es")) {
            assertThat(run(folder, "pdftotext", "-enc", "UTF-8", "report-" + language + ".pdf", "out.txt")).isZero();
            // NFKC: the embedded font sets "ffi" and the like as ligatures, which pdftotext gives as one character
            String text = java.text.Normalizer.normalize(Files.readString(folder.resolve("out.txt")),
                    java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
            for (PublishedTable table : second.tables()) {
                String title = language.equals("es") ? table.titleEs() : table.titleEn();
                assertThat(text).as("%s PDF has %s", language, table.id()).contains(title);
            }
            assertThat(text.replace(" ", "")).contains(KEY.fingerprint());
        }
    }

    static void write(Path folder, ReportBundle bundle) throws IOException {
        for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    static boolean onPath(String tool) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, tool))) {
                return true;
            }
        }
        return false;
    }

    static int run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(folder.toFile())
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    static String output(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(folder.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}

package org.sanctuaryoversight.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuaryoversight.report.rendering.PublicationBundleTest.output;
import static org.sanctuaryoversight.report.rendering.PublicationBundleTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.tables.SampleHistory;

/**
 * Issue 22: the published report in every public language. A version published now freezes labels in all of
 * {@link ReportLabels#LANGUAGES} and its bundle has the HTML of each and the PDF of each the renderer can shape (all but
 * Khmer), every font embedded and the translated titles back from {@code pdftotext} (Arabic and Persian in logical
 * order). A version frozen in English and Spanish only, as every version before this was, renders exactly its files
 * of then. The first page of each PDF is written to {@code target/report-languages/} for a person to look at.
 */
class ReportLanguagesTest {

    static final OfficeSigningKey KEY = OfficeSigningKey.generate();
    static ReportPublishedEvent report;
    static ReportBundle bundle;

    @BeforeAll
    static void publish() {
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(ledger), PublicationBundleTest.CALENDAR, 2, 80, 7);
        ReportPublishedEvent first = PublicationBundleTest.publish(ledger, 1, List.of(), PublicationBundleTest.DIRECTORY,
                Instant.parse("2025-04-02T15:00:00Z"));
        report = PublicationBundleTest.publish(ledger, 2, List.of(first.figures()), PublicationBundleTest.DIRECTORY,
                Instant.parse("2025-07-01T15:00:00Z"));
        bundle = new BundleRenderer(KEY).render(report);
    }

    static String text(String path) {
        return new String(bundle.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void aVersionPublishedNowHasItsHtmlInEveryLanguageAndAPdfInEachTheRendererCanShape() {
        assertThat(ReportLabels.languagesOf(report)).containsExactlyElementsOf(ReportLabels.LANGUAGES).hasSize(13);
        for (String language : ReportLabels.LANGUAGES) {
            assertThat(bundle.files()).containsKey(ReportHtml.fileName(language));
            String html = text(ReportHtml.fileName(language));
            assertThat(html).contains("lang=\"" + language + "\"");
            for (String other : ReportLabels.LANGUAGES) {
                if (!other.equals(language)) {
                    assertThat(html).as("%s links to %s", language, other)
                            .contains("<a href=\"" + ReportHtml.fileName(other) + "\" hreflang=\"" + other + "\"");
                }
            }
            if (language.equals("km")) {
                assertThat(bundle.files()).doesNotContainKey("report-km.pdf");
                assertThat(html).doesNotContain("report-km.pdf");
            } else {
                assertThat(bundle.files()).containsKey(BundleRenderer.pdfName(language));
                assertThat(text("index.html")).contains("href=\"" + BundleRenderer.pdfName(language) + "\"");
            }
        }
        assertThat(text("index.ar.html")).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">")
                .contains("href=\"" + ReportHtml.SCRIPTS_STYLESHEET + "\"");
        assertThat(text("index.fa.html")).contains("dir=\"rtl\"");
        assertThat(text("index.zh-Hant.html")).contains("lang=\"zh-Hant\" xml:lang=\"zh-Hant\">").contains("部門問責")
                .contains("投訴（按語言）");
        assertThat(text("index.html")).contains("lang=\"en\" xml:lang=\"en\">").contains(ReportHtml.SCRIPTS_STYLESHEET)
                .contains("<li><a href=\"index.ar.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">اقرأ بالعربية</a></li>");
        assertThat(text(ReportBundle.MANIFEST)).contains("  report-ko.pdf\n").contains("  index.km.html\n")
                .contains("  " + ReportHtml.SCRIPTS_STYLESHEET + "\n");
    }

    @Test
    void everyTableTitleIsTranslatedAndNoRawCodeReachesAReader() {
        List<String> codes = RawCodes.of(report);
        for (String language : ReportLabels.LANGUAGES) {
            ReportWords words = ReportWords.of(report, language);
            String html = text(ReportHtml.fileName(language));
            String visible = RawCodes.visibleText(html);
            assertThat(codes).as("raw codes in the %s HTML", language).noneMatch(code -> RawCodes.appears(visible, code));
            for (PublishedTable table : report.tables()) {
                String title = words.title(table);
                if (!language.equals("en")) {
                    assertThat(title).as("%s title of %s", language, table.id()).isNotEqualTo(table.titleEn());
                }
                assertThat(html).contains(SvgCharts.escape(title));
            }
        }
    }

    @Test
    void theEnglishAndSpanishTitlesInTheLabelsAreTheTablesOwn() {
        for (PublishedTable table : report.tables()) {
            assertThat(report.labels().get("en").get("table." + table.id())).isEqualTo(table.titleEn());
            assertThat(report.labels().get("es").get("table." + table.id())).isEqualTo(table.titleEs());
        }
    }

    @Test
    void aVersionFrozenInEnglishAndSpanishOnlyRendersTheFilesItAlwaysHad() {
        Map<String, Map<String, String>> two = new TreeMap<>();
        for (String language : List.of("en", "es")) {
            Map<String, String> labels = new TreeMap<>(report.labels().get(language));
            labels.keySet().removeIf(key -> key.startsWith("table."));
            two.put(language, labels);
        }
        ReportPublishedEvent earlier = new ReportPublishedEvent(report.publicationId(), report.period(), report.version(),
                report.periodStart(), report.lastDay(), report.publishedAt(), report.publishedBy(), null, null,
                report.smallCellThreshold(), report.tables(), report.format(), report.pageSize(), two);
        ReportBundle old = new BundleRenderer(KEY).render(earlier);
        List<String> expected = new java.util.ArrayList<>(List.of("index.html", "index.es.html", "report-en.pdf",
                "report-es.pdf", "report.json", "datapackage.json", "methodology.md", "report.css", "office-public.pem",
                ReportBundle.MANIFEST, ReportBundle.SIGNATURE));
        report.tables().forEach(table -> expected.add(BundleRenderer.csvPath(table)));
        assertThat(old.files().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        String html = new String(old.files().get("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<p class=\"other-language\"><a href=\"index.es.html\" hreflang=\"es\" lang=\"es\">")
                .doesNotContain("index.ar.html").doesNotContain("report-ar.pdf");
    }

    @Test
    void everyPdfEmbedsItsFontsAndItsTitlesComeBackInLogicalOrder(@TempDir Path folder) throws Exception {
        PublicationBundleTest.write(folder, bundle);
        Path images = Path.of("target", "report-languages");
        Files.createDirectories(images);
        for (String language : ReportLabels.LANGUAGES) {
            if (language.equals("km")) {
                continue;
            }
            String pdf = BundleRenderer.pdfName(language);
            String fonts = output(folder, "pdffonts", pdf);
            assertThat(fonts.lines().skip(2).toList()).as(fonts).isNotEmpty()
                    .allSatisfy(row -> assertThat(row).as("%s: %s", pdf, row).contains(" yes "));
            String script = switch (language) {
                case "ar", "fa" -> "NotoSansArabic";
                case "zh-Hans", "zh-Hant", "ja" -> "DroidSansFallback";
                case "ko" -> "NanumSquare";
                case "hy" -> "NotoSansArmenian";
                default -> "NotoSans";
            };
            assertThat(fonts).as(pdf).contains(script);
            assertThat(run(folder, "pdftotext", "-enc", "UTF-8", pdf, "out.txt")).isZero();
            String text = letters(Files.readString(folder.resolve("out.txt")));
            ReportWords words = ReportWords.of(report, language);
            for (PublishedTable table : report.tables()) {
                assertThat(text).as("%s has the title of %s", pdf, table.id()).contains(letters(words.title(table)));
            }
            assertThat(text).contains(letters(words.text("headline.title"))).contains(KEY.fingerprint());
            Files.write(images.resolve(pdf), bundle.files().get(pdf));
            run(images, "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", pdf, "page-" + language);
        }
    }

    /**
     * The letters of a text in logical order: NFKC turns the joined Arabic forms back into letters; spaces, line breaks,
     * the bidi controls pdftotext adds, joiners, combining marks (whose place beside their letter varies) and
     * parentheses (drawn mirrored in right-to-left runs, which extractors undo differently) go.
     */
    static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\u200C\u200D\u202A-\u202E\u2066-\u2069]", "")
                .replaceAll("[\\p{Mn}()]", "");
    }
}

package org.sanctuaryoversight.report.rendering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.legacy.BundleRendererV1;

/**
 * Renders the publication bundle of one version from its {@link ReportPublishedEvent} and nothing else: HTML in each
 * language the version froze ({@link ReportLabels#languagesOf}), a tagged PDF of each the renderer can shape, one CSV per table, the figures as JSON, a Frictionless Data Package v2 descriptor,
 * the methodology, the office's public key, {@code SHA256SUMS} and its detached Ed25519 signature. Nothing reads a
 * clock or a setting: the labels and the page size are the version's own. A version published before labels were
 * frozen is rendered by the frozen {@link BundleRendererV1}, byte for byte as it was served.
 */
public final class BundleRenderer {

    public static final String PUBLIC_KEY_FILE = "office-public.pem";

    private static final System.Logger LOG = System.getLogger(BundleRenderer.class.getName());
    private static final AtomicBoolean WARMED = new AtomicBoolean();
    /** What {@link #warmUp} renders: the shapes of a report page (table, chart, links) in every script the PDFs embed. */
    private static final String WARM_UP_PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta charset="utf-8"/>
            <title>Warm-up</title><link rel="stylesheet" href="report.css"/><link rel="stylesheet" href="report-scripts.css"/>
            </head><body><h1>Complaints by department</h1><p><a href="#t">Table</a></p>
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" role="img" aria-label="Chart">
            <rect x="0" y="10" width="120" height="20" fill="#1a4480"/><text x="125" y="25" font-size="12">120</text></svg>
            <table id="t"><caption>Complaints</caption><thead><tr><th scope="col">Department</th><th scope="col">Count</th></tr></thead>
            <tbody><tr><th scope="row">Police Department</th><td class="number">12</td></tr>
            <tr><th scope="row" lang="ar" dir="rtl">شكاوى حسب القسم</th><td class="number">3</td></tr>
            <tr><th scope="row" lang="zh-Hans">按部门分列的投诉</th><td class="number">4</td></tr>
            <tr><th scope="row" lang="ko">언어별 민원</th><td class="number">5</td></tr>
            <tr><th scope="row" lang="hy">Բողոքներ՝ ըստ լեզվի</th><td class="number">6</td></tr></tbody></table>
            </body></html>
            """;

    private final OfficeSigningKey signingKey;
    private final BundleRendererV1 legacy;
    private final byte[] stylesheet;
    private final byte[] scriptsStylesheet;
    private final Executor languageExecutor;

    public BundleRenderer(OfficeSigningKey signingKey) {
        this(signingKey, Runnable::run);
    }

    /**
     * @param languageExecutor renders the languages of a version (each page and its PDF); a bounded pool lets the PDFs
     *                         of a first publication use every core. The bytes are the same whichever executor runs
     *                         them: each language is rendered from the same inputs and the files are put in order.
     */
    public BundleRenderer(OfficeSigningKey signingKey, Executor languageExecutor) {
        this.signingKey = signingKey;
        this.languageExecutor = languageExecutor;
        this.legacy = new BundleRendererV1(signingKey);
        try (InputStream css = BundleRenderer.class.getResourceAsStream("report.css")) {
            this.stylesheet = css.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The report stylesheet is missing from the reports module", e);
        }
        try (InputStream css = BundleRenderer.class.getResourceAsStream(ReportHtml.SCRIPTS_STYLESHEET)) {
            this.scriptsStylesheet = css.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The report scripts stylesheet is missing from the reports module", e);
        }
    }

    /**
     * A bounded pool for {@link #BundleRenderer(OfficeSigningKey, Executor)}: at most {@code threads} languages render
     * at once (each PDF holds its document's layout in memory), on daemon threads.
     */
    public static ExecutorService languagePool(int threads) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, "report-language-renderer-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts, on a background thread, what the first publication after a start would otherwise wait for: reading the
     * report fonts and registering them for the charts ({@link ReportFonts}), and loading the PDF renderer's code by
     * rendering a small page with a table, a chart and every script, whose bytes are thrown away. Once per process
     * (tests start many applications in one). Nothing it does reaches a published file: fonts are read from this
     * module and every PDF is rendered from its own inputs.
     */
    public void prepareInBackground() {
        if (!WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(this::warmUp, "report-renderer-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void warmUp() {
        try {
            ReportPdf.render(WARM_UP_PAGE, Map.of("report.css", stylesheet, ReportHtml.SCRIPTS_STYLESHEET, scriptsStylesheet),
                    "warm-up", "en", Instant.EPOCH, null, List.of());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The report renderer did not warm up; the first publication will load it", e);
        }
    }

    public String publicKeyPem() {
        return signingKey.publicKeyPem();
    }

    /** The SHA-256 fingerprint of the office's public key (see {@link OfficeSigningKey#fingerprint()}). */
    public String fingerprint() {
        return signingKey.fingerprint();
    }

    public ReportBundle render(ReportPublishedEvent report) {
        return render(report, RenderProgress.NONE);
    }

    public ReportBundle render(ReportPublishedEvent report, RenderProgress progress) {
        if (report.legacyFormat()) {
            ReportBundle bundle = legacy.render(report);
            progress.rendered(1, 1, ReportBundle.SIGNATURE);
            return bundle;
        }
        List<String> languages = ReportLabels.languagesOf(report);
        int total = 4 + languages.size() + (int) languages.stream().filter(ReportFonts::printable).count();
        int done = 0;
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (PublishedTable table : report.tables()) {
            files.put(csvPath(table), CsvTables.csv(table));
        }
        progress.rendered(++done, total, "data");
        files.put("report.json", json(reportJson(report)));
        files.put("methodology.md", utf8(Methodology.text(report)));
        files.put("report.css", stylesheet);
        files.put(PUBLIC_KEY_FILE, utf8(signingKey.publicKeyPem()));
        if (!ReportHtml.ORIGINAL_LANGUAGES.containsAll(languages)) {
            files.put(ReportHtml.SCRIPTS_STYLESHEET, scriptsStylesheet);
        }
        progress.rendered(++done, total, "report.json");
        files.put("datapackage.json", json(DataPackage.descriptor(report, files)));
        progress.rendered(++done, total, "datapackage.json");
        List<String> downloads = downloads(report);
        // What a page may fetch while it becomes a PDF (its stylesheets), fixed before any page renders: each language
        // sees the same resources whichever order the pages finish in, so the bytes do not depend on the executor.
        Map<String, byte[]> resources = Map.copyOf(files);
        AtomicInteger finished = new AtomicInteger(done);
        List<CompletableFuture<SortedMap<String, byte[]>>> pages = new ArrayList<>();
        for (String language : languages) {
            pages.add(CompletableFuture.supplyAsync(() -> page(report, language, downloads, resources,
                    part -> progress.rendered(finished.incrementAndGet(), total, part)), languageExecutor));
        }
        for (CompletableFuture<SortedMap<String, byte[]>> page : pages) {
            files.putAll(joined(page));
        }
        done = finished.get();
        byte[] manifest = Checksums.manifest(files);
        files.put(ReportBundle.MANIFEST, manifest);
        files.put(ReportBundle.SIGNATURE, signingKey.sign(manifest));
        progress.rendered(++done, total, ReportBundle.SIGNATURE);
        return new ReportBundle(report.period(), report.version(), report.publishedAt(), files);
    }

    /** The HTML page of one language and, when the renderer can shape it, its PDF. */
    private SortedMap<String, byte[]> page(ReportPublishedEvent report, String language, List<String> downloads,
                                           Map<String, byte[]> resources, Consumer<String> rendered) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        ReportWords words = ReportWords.of(report, language);
        String html = ReportHtml.render(report, words, downloads, signingKey.fingerprint());
        files.put(ReportHtml.fileName(language), utf8(html));
        rendered.accept(ReportHtml.fileName(language));
        if (ReportFonts.printable(language)) {
            files.put(pdfName(language), ReportPdf.render(html, resources, ReportHtml.title(report, words), language,
                    report.publishedAt(), report.pageSize(), List.copyOf(ReportHtml.contents(report, words).values())));
            rendered.accept(pdfName(language));
        }
        return files;
    }

    private static SortedMap<String, byte[]> joined(CompletableFuture<SortedMap<String, byte[]>> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The HTML page of a version in one language, without rendering the rest: the preview before publishing. */
    public byte[] html(ReportPublishedEvent report, String language) {
        return utf8(ReportHtml.render(report, ReportWords.of(report, language), downloads(report),
                signingKey.fingerprint()));
    }

    public byte[] stylesheet() {
        return stylesheet.clone();
    }

    /** The stylesheet every page of a version in more than English and Spanish links after {@code report.css}. */
    public byte[] scriptsStylesheet() {
        return scriptsStylesheet.clone();
    }

    private static List<String> downloads(ReportPublishedEvent report) {
        List<String> downloads = new ArrayList<>();
        for (String language : ReportLabels.languagesOf(report)) {
            if (ReportFonts.printable(language)) {
                downloads.add(pdfName(language));
            }
        }
        downloads.addAll(List.of("report.json", "datapackage.json", "methodology.md"));
        report.tables().forEach(table -> downloads.add(csvPath(table)));
        downloads.addAll(List.of(ReportBundle.MANIFEST, ReportBundle.SIGNATURE, PUBLIC_KEY_FILE));
        return downloads;
    }

    static String csvPath(PublishedTable table) {
        return "data/" + table.id() + ".csv";
    }

    /** The PDF of a version in one language ({@code report-zh-Hant.pdf}); not every language has one. */
    public static String pdfName(String language) {
        return "report-" + language + ".pdf";
    }

    /** The HTML page of a version in one language: {@code index.html} in English, {@code index.<tag>.html} otherwise. */
    public static String htmlName(String language) {
        return ReportHtml.fileName(language);
    }

    /** The frozen figures and labels without who pressed the button (that stays in the office's log). */
    private static ObjectNode reportJson(ReportPublishedEvent report) {
        ObjectNode node = ReportJson.mapper().valueToTree(report);
        node.remove("publishedBy");
        return node;
    }

    private static byte[] json(Object value) {
        try {
            return (ReportJson.prettyWriter().writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.sanctuaryoversight.report.rendering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
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

    private final OfficeSigningKey signingKey;
    private final BundleRendererV1 legacy;
    private final byte[] stylesheet;
    private final byte[] scriptsStylesheet;

    public BundleRenderer(OfficeSigningKey signingKey) {
        this.signingKey = signingKey;
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
        for (String language : languages) {
            ReportWords words = ReportWords.of(report, language);
            String html = ReportHtml.render(report, words, downloads, signingKey.fingerprint());
            files.put(ReportHtml.fileName(language), utf8(html));
            progress.rendered(++done, total, ReportHtml.fileName(language));
            if (!ReportFonts.printable(language)) {
                continue;
            }
            files.put(pdfName(language), ReportPdf.render(html, files, ReportHtml.title(report, words), language,
                    report.publishedAt(), report.pageSize(), List.copyOf(ReportHtml.contents(report, words).values())));
            progress.rendered(++done, total, pdfName(language));
        }
        byte[] manifest = Checksums.manifest(files);
        files.put(ReportBundle.MANIFEST, manifest);
        files.put(ReportBundle.SIGNATURE, signingKey.sign(manifest));
        progress.rendered(++done, total, ReportBundle.SIGNATURE);
        return new ReportBundle(report.period(), report.version(), report.publishedAt(), files);
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

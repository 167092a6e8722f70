package org.sanctuaryoversight.report.legacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sanctuaryoversight.report.rendering.OfficeSigningKey;
import org.sanctuaryoversight.report.rendering.ReportBundle;
import org.sanctuaryoversight.report.ReportPublishedEvent;

/**
 * FROZEN: the renderer of the first report format, kept byte for byte (with its words in
 * {@code bundle-v1*.properties} and its stylesheet {@code report-v1.css}) for the versions published before bundles
 * were stored at publication. Such a version has no stored bytes; the first time it is served (or at the startup
 * replay of the bundle store) this renderer produces the very bytes whose SHA-256 sums and signature were published,
 * and they are stored. Never change anything in this package: a changed byte breaks a published checksum.
 *
 * <p>Renders the publication bundle of one version from its {@link PublicationV1} and nothing else:
 * HTML in each language, a PDF of each, one CSV per table, the figures as JSON, a Frictionless Data
 * Package v2 descriptor with table schemas, the methodology, {@code SHA256SUMS} and its detached
 * Ed25519 signature. Every file is UTF-8 with {@code \n} line ends; nothing reads a clock.
 */
public final class BundleRendererV1 {

    public static final String PUBLIC_KEY_FILE = "office-public.pem";

    private final OfficeSigningKey signingKey;
    private final byte[] stylesheet;

    public BundleRendererV1(OfficeSigningKey signingKey) {
        this.signingKey = signingKey;
        try (InputStream css = BundleRendererV1.class.getResourceAsStream("report-v1.css")) {
            this.stylesheet = css.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The report stylesheet is missing from the reports module", e);
        }
    }

    public String publicKeyPem() {
        return signingKey.publicKeyPem();
    }

    /** The bundle of a version published before bundles were stored, byte for byte as it was served then. */
    public ReportBundle render(ReportPublishedEvent event) {
        return render(PublicationV1.of(event));
    }

    ReportBundle render(PublicationV1 report) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (TableV1 table : report.tables()) {
            files.put(csvPath(table), CsvTablesV1.csv(table));
        }
        files.put("report.json", json(reportJson(report)));
        files.put("methodology.md", utf8(MethodologyV1.text(report)));
        files.put("report.css", stylesheet);
        files.put(PUBLIC_KEY_FILE, utf8(signingKey.publicKeyPem()));
        files.put("datapackage.json", json(dataPackage(report, files)));
        List<String> downloads = new ArrayList<>();
        for (String language : LabelsV1.LANGUAGES) {
            downloads.add(pdfName(language));
        }
        downloads.addAll(List.of("report.json", "datapackage.json", "methodology.md"));
        report.tables().forEach(table -> downloads.add(csvPath(table)));
        downloads.addAll(List.of(ReportBundle.MANIFEST, ReportBundle.SIGNATURE, PUBLIC_KEY_FILE));
        for (String language : LabelsV1.LANGUAGES) {
            LabelsV1 labels = new LabelsV1(language);
            String html = HtmlReportV1.render(report, labels, downloads);
            files.put(HtmlReportV1.fileName(language), utf8(html));
            files.put(pdfName(language), PdfReportV1.render(html, files,
                    labels.text("report.title", report.period(), report.periodStart().toString(),
                            report.lastDay().toString()), language, report.publishedAt()));
        }
        byte[] manifest = ChecksumsV1.manifest(files);
        files.put(ReportBundle.MANIFEST, manifest);
        files.put(ReportBundle.SIGNATURE, signingKey.sign(manifest));
        return new ReportBundle(report.period(), report.version(), report.publishedAt(), files);
    }

    static String csvPath(TableV1 table) {
        return "data/" + table.id() + ".csv";
    }

    static String pdfName(String language) {
        return "report-" + language + ".pdf";
    }

    /** The frozen figures without who pressed the button (that stays in the office's log). */
    private static ObjectNode reportJson(PublicationV1 report) {
        ObjectNode node = JsonV1.mapper().valueToTree(report);
        node.remove("publishedBy");
        return node;
    }

    private static ObjectNode dataPackage(PublicationV1 report, SortedMap<String, byte[]> files) {
        ObjectMapper mapper = JsonV1.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
        root.put("name", "sanctuary-oversight-report-period-" + report.period());
        root.put("title", "Sanctuary ordinance public report, period " + report.period() + " ("
                + report.periodStart() + " to " + report.lastDay() + ")");
        root.put("version", report.version() + ".0.0");
        root.put("created", report.publishedAt().toString());
        root.put("description", "Figures of the office of the sanctuary ombudsperson for one 90-day period. Counts from 1 to "
                + report.smallCellThreshold() + " that describe complainants are given as a range; see methodology.md.");
        if (report.previousManifestSha256() != null) {
            root.put("supersedesManifestSha256", report.previousManifestSha256());
            root.put("erratum", report.erratum());
        }
        ArrayNode licenses = root.putArray("licenses");
        licenses.addObject().put("name", "CC0-1.0").put("path", "https://creativecommons.org/publicdomain/zero/1.0/");
        ArrayNode resources = root.putArray("resources");
        for (TableV1 table : report.tables()) {
            ObjectNode resource = resources.addObject();
            resource.put("name", table.id().replace('_', '-'));
            resource.put("path", csvPath(table));
            resource.put("type", "table");
            resource.put("title", table.titleEn());
            resource.put("format", "csv");
            resource.put("mediatype", "text/csv");
            resource.put("encoding", "utf-8");
            resource.put("hash", "sha256:" + ChecksumsV1.sha256Hex(files.get(csvPath(table))));
            ObjectNode schema = resource.putObject("schema");
            schema.put("$schema", "https://datapackage.org/profiles/2.0/tableschema.json");
            ArrayNode fields = schema.putArray("fields");
            for (String column : table.keyColumns()) {
                fields.addObject().put("name", column).put("type", "string");
            }
            measureFields(fields, table.measureColumns(), table.disclosureControlled());
            ArrayNode primaryKey = schema.putArray("primaryKey");
            table.keyColumns().forEach(primaryKey::add);
            schema.putArray("missingValues").add("");
        }
        return root;
    }

    /**
     * The Table Schema fields of a table's measures (with, when disclosure-controlled, each measure's low, high and
     * suppression columns). The current Data Package describes its measures the same way, so it writes them here.
     */
    public static void measureFields(ArrayNode fields, List<String> measureColumns, boolean disclosureControlled) {
        for (String measure : measureColumns) {
            String type = measure.startsWith("median") || measure.equals("value") ? "number" : "integer";
            fields.addObject().put("name", measure).put("type", type);
            if (disclosureControlled) {
                fields.addObject().put("name", measure + "_low").put("type", "integer")
                        .put("description", "lowest value the true count can have");
                fields.addObject().put("name", measure + "_high").put("type", "integer")
                        .put("description", "highest value the true count can have");
                ObjectNode suppression = fields.addObject().put("name", measure + "_suppression").put("type", "string");
                suppression.putObject("constraints").putArray("enum").add("primary").add("complementary");
            }
        }
    }

    private static byte[] json(Object value) {
        try {
            return (JsonV1.prettyWriter().writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

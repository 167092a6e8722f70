package org.sanctuaryoversight.report.rendering;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.legacy.BundleRendererV1;

/**
 * {@code datapackage.json}: a Frictionless Data Package v2 descriptor of the bundle's tables, each a resource with its
 * hash, its CSV dialect (as written: comma, CRLF, a header row) and its Table Schema (typed fields, a primary key that
 * is never empty, the empty string as the one missing value). Valid against the published v2 JSON Schemas.
 */
final class DataPackage {

    static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

    private DataPackage() {
    }

    static ObjectNode descriptor(ReportPublishedEvent report, Map<String, byte[]> files) {
        ObjectNode root = ReportJson.mapper().createObjectNode();
        root.put("$schema", PROFILE);
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
        root.putArray("licenses").addObject().put("name", "CC0-1.0")
                .put("path", "https://creativecommons.org/publicdomain/zero/1.0/");
        ArrayNode resources = root.putArray("resources");
        for (PublishedTable table : report.tables()) {
            resource(resources.addObject(), table, files.get(BundleRenderer.csvPath(table)));
        }
        return root;
    }

    private static void resource(ObjectNode resource, PublishedTable table, byte[] csv) {
        resource.put("name", table.id().replace('_', '-'));
        resource.put("path", BundleRenderer.csvPath(table));
        resource.put("type", "table");
        resource.put("title", table.titleEn());
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("hash", "sha256:" + Checksums.sha256Hex(csv));
        resource.put("bytes", csv.length);
        ObjectNode dialect = resource.putObject("dialect");
        dialect.put("$schema", "https://datapackage.org/profiles/2.0/tabledialect.json");
        dialect.put("header", true);
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", CsvTables.LINE_TERMINATOR);
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        ObjectNode schema = resource.putObject("schema");
        schema.put("$schema", "https://datapackage.org/profiles/2.0/tableschema.json");
        ArrayNode fields = schema.putArray("fields");
        for (String column : table.keyColumns()) {
            ObjectNode field = fields.addObject().put("name", column).put("type", "string");
            field.putObject("constraints").put("required", true);
        }
        BundleRendererV1.measureFields(fields, table.measureColumns(), table.disclosureControlled());
        ArrayNode primaryKey = schema.putArray("primaryKey");
        table.keyColumns().forEach(primaryKey::add);
        schema.putArray("missingValues").add("");
    }
}

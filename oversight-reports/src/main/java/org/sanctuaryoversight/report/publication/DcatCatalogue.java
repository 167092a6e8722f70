package org.sanctuaryoversight.report.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.rendering.ReportJson;

/**
 * The catalogue of every published version as DCAT in JSON-LD, so that data portals can harvest it from one stable
 * address: a {@code dcat:Catalog} whose datasets are the versions (period, dates, corrections, the version replacing
 * it) with their distributions (the pages, the PDFs, the Data Package, the bundle). The context is inline, so reading
 * it never fetches anything.
 */
public final class DcatCatalogue {

    private DcatCatalogue() {
    }

    /** @param baseUrl the site's address without a trailing slash, e.g. {@code https://oversight.example.org} */
    public static String jsonLd(List<ReportPublishedEvent> versions, String baseUrl, String publisher) {
        ObjectNode root = ReportJson.mapper().createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        typed(context, "dct:issued", "xsd:dateTime");
        typed(context, "dcat:startDate", "xsd:date");
        typed(context, "dcat:endDate", "xsd:date");
        context.putObject("dcat:downloadURL").put("@type", "@id");
        context.putObject("dcat:accessURL").put("@type", "@id");
        context.putObject("dct:isReplacedBy").put("@type", "@id");
        context.putObject("dct:replaces").put("@type", "@id");
        context.putObject("dct:license").put("@type", "@id");
        root.put("@id", baseUrl + "/reports/catalog.jsonld");
        root.put("@type", "dcat:Catalog");
        root.put("dct:title", "Sanctuary ordinance public reports");
        root.put("dct:description", "Every published version of the 90-day public reports of the office of the "
                + "sanctuary ombudsperson, with their figures as a Frictionless Data Package.");
        root.putObject("dct:publisher").put("@type", "foaf:Organization").put("foaf:name", publisher);
        root.put("foaf:homepage", baseUrl + "/reports");
        ArrayNode datasets = root.putArray("dcat:dataset");
        for (ReportPublishedEvent version : versions) {
            String page = baseUrl + "/reports/" + version.period() + "/v" + version.version() + "/";
            ObjectNode dataset = datasets.addObject();
            dataset.put("@id", page);
            dataset.put("@type", "dcat:Dataset");
            dataset.put("dct:identifier", "report-period-" + version.period() + "-v" + version.version());
            dataset.put("dct:title", "Sanctuary ordinance public report, period " + version.period() + " ("
                    + version.periodStart() + " to " + version.lastDay() + "), version " + version.version());
            dataset.put("dct:issued", version.publishedAt().toString());
            dataset.put("dct:license", "https://creativecommons.org/publicdomain/zero/1.0/");
            dataset.put("dcat:version", Integer.toString(version.version()));
            ObjectNode temporal = dataset.putObject("dct:temporal");
            temporal.put("@type", "dct:PeriodOfTime");
            temporal.put("dcat:startDate", version.periodStart().toString());
            temporal.put("dcat:endDate", version.lastDay().toString());
            if (version.version() > 1) {
                dataset.put("dct:replaces", baseUrl + "/reports/" + version.period() + "/v" + (version.version() - 1) + "/");
            }
            versions.stream().filter(other -> other.period() == version.period() && other.version() == version.version() + 1)
                    .findFirst().ifPresent(next -> dataset.put("dct:isReplacedBy",
                            baseUrl + "/reports/" + next.period() + "/v" + next.version() + "/"));
            ArrayNode distributions = dataset.putArray("dcat:distribution");
            distribution(distributions, page + "index.html", "text/html", "HTML", "Report (English)");
            distribution(distributions, page + "index.es.html", "text/html", "HTML", "Informe (español)");
            distribution(distributions, page + "report-en.pdf", "application/pdf", "PDF", "Report (English, PDF)");
            distribution(distributions, page + "report-es.pdf", "application/pdf", "PDF", "Informe (español, PDF)");
            distribution(distributions, page + "datapackage.json", "application/json", "JSON",
                    "Frictionless Data Package (tables as CSV)");
            distribution(distributions, page + "bundle.zip", "application/zip", "ZIP", "Whole signed bundle");
        }
        try {
            return ReportJson.prettyWriter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void typed(ObjectNode context, String term, String type) {
        context.putObject(term).put("@type", type);
    }

    private static void distribution(ArrayNode distributions, String url, String mediaType, String format, String title) {
        ObjectNode distribution = distributions.addObject();
        distribution.put("@type", "dcat:Distribution");
        distribution.put("dct:title", title);
        distribution.put("dcat:downloadURL", url);
        distribution.put("dcat:accessURL", url);
        distribution.put("dcat:mediaType", mediaType);
        distribution.put("dct:format", format);
    }
}

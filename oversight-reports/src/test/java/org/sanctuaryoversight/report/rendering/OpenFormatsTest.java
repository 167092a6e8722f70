package org.sanctuaryoversight.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.report.Figure;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The bundle in the open formats it claims: {@code datapackage.json} and every resource valid against the shipped
 * Data Package v2 JSON Schemas, each CSV as its schema and dialect say (typed cells, unique and non-empty primary
 * keys, CRLF); the PDFs valid PDF/UA-1 by veraPDF, every font embedded, and the charts in them as tagged figures.
 */
class OpenFormatsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static ReportBundle bundle;

    @BeforeAll
    static void render() {
        if (PublicationBundleTest.bundle == null) {
            PublicationBundleTest.publishTwoPeriods();
        }
        bundle = PublicationBundleTest.bundle;
    }

    static JsonSchema schema(String name) throws Exception {
        try (InputStream in = OpenFormatsTest.class.getResourceAsStream("/datapackage-v2/" + name + ".json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
        }
    }

    @Test
    void theDataPackageAndEveryResourceValidateAgainstTheDataPackageV2Schemas() throws Exception {
        JsonNode descriptor = JSON.readTree(bundle.files().get("datapackage.json"));
        assertThat(descriptor.get("$schema").asText()).isEqualTo("https://datapackage.org/profiles/2.0/datapackage.json");
        Set<ValidationMessage> errors = schema("datapackage").validate(descriptor);
        assertThat(errors).as("datapackage.json against datapackage.json").isEmpty();
        JsonSchema resourceSchema = schema("dataresource");
        JsonSchema tableSchema = schema("tableschema");
        JsonSchema dialectSchema = schema("tabledialect");
        assertThat(descriptor.get("resources")).hasSize(PublicationBundleTest.second.tables().size());
        for (JsonNode resource : descriptor.get("resources")) {
            String name = resource.get("name").asText();
            assertThat(resourceSchema.validate(resource)).as("resource %s", name).isEmpty();
            assertThat(tableSchema.validate(resource.get("schema"))).as("table schema of %s", name).isEmpty();
            assertThat(dialectSchema.validate(resource.get("dialect"))).as("dialect of %s", name).isEmpty();
            byte[] csv = bundle.files().get(resource.get("path").asText());
            assertThat(resource.get("hash").asText()).isEqualTo("sha256:" + Checksums.sha256Hex(csv));
            checkCsv(name, new String(csv, StandardCharsets.UTF_8), resource.get("schema"), resource.get("dialect"));
        }
    }

    /** The rows as a Table Schema reader checks them: header, types, enums, and a unique, non-empty primary key. */
    private static void checkCsv(String name, String csv, JsonNode schema, JsonNode dialect) throws Exception {
        String terminator = dialect.get("lineTerminator").asText();
        assertThat(csv).as("%s ends lines as its dialect says", name).endsWith(terminator)
                .doesNotContainPattern(terminator.equals("\r\n") ? "[^\\r]\\n" : "\\r");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        List<String> header = records.get(0).toList();
        List<String> fields = new ArrayList<>();
        schema.get("fields").forEach(field -> fields.add(field.get("name").asText()));
        assertThat(header).as("%s header", name).isEqualTo(fields);
        List<String> primaryKey = new ArrayList<>();
        schema.get("primaryKey").forEach(key -> primaryKey.add(key.asText()));
        Set<List<String>> keys = new HashSet<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> key = new ArrayList<>();
            for (String column : primaryKey) {
                String value = record.get(header.indexOf(column));
                assertThat(value).as("%s primary key %s", name, column).isNotEmpty();
                key.add(value);
            }
            assertThat(keys.add(key)).as("%s primary key %s is unique", name, key).isTrue();
            for (JsonNode field : schema.get("fields")) {
                String value = record.get(header.indexOf(field.get("name").asText()));
                if (value.isEmpty()) {
                    continue; // the declared missing value
                }
                switch (field.get("type").asText()) {
                    case "integer" -> assertThat(value).as("%s %s", name, field).matches("-?\\d+");
                    case "number" -> assertThat(value).as("%s %s", name, field).matches("-?\\d+(\\.\\d+)?");
                    default -> { }
                }
                if (field.has("constraints") && field.get("constraints").has("enum")) {
                    List<String> allowed = new ArrayList<>();
                    field.get("constraints").get("enum").forEach(option -> allowed.add(option.asText()));
                    assertThat(allowed).as("%s %s", name, field).contains(value);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report-en.pdf", "report-es.pdf", "report-ar.pdf", "report-zh-Hans.pdf", "report-ko.pdf",
            "report-hy.pdf"})
    void thePdfIsValidPdfUa1WithEveryFontEmbedded(String file) throws Exception {
        byte[] pdf = bundle.files().get(file);
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                    .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage()).distinct().toList();
            assertThat(failures).as("veraPDF PDF/UA-1 failures of %s", file).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("%s embeds %s", file, font.getName()).isTrue();
                    assertThat(font.getName()).containsAnyOf("NotoSans", "DroidSansFallback", "NanumSquare");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f); // US Letter, the default
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theChartsAreTaggedFiguresWithTheirTextAlternativeInThePdf(String language) throws Exception {
        List<String> alternatives = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bundle.files().get("report-" + language + ".pdf"))) {
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot(), alternatives);
        }
        ReportWords words = ReportWords.of(PublicationBundleTest.second, language);
        for (String chart : List.of("chart.trend.complaints", "chart.trend.flagged", "chart.trend.onTime",
                "chart.departments.requests")) {
            assertThat(alternatives).as("%s figure %s", language, chart).anyMatch(alt -> alt.startsWith(words.text(chart)));
        }
    }

    private static void collectFigures(PDStructureNode node, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    alternatives.add(element.getAlternateDescription());
                }
                collectFigures(element, alternatives);
            }
        }
    }
}

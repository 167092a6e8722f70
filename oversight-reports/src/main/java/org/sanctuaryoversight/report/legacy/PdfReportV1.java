package org.sanctuaryoversight.report.legacy;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The PDF, rendered by openhtmltopdf from the very HTML of the bundle (its stylesheet hides the charts
 * in print: the tables carry the same figures). PDF files normally carry the time they were made and a
 * random identifier; here both come from the frozen publication, so rendering again gives the same bytes.
 */
final class PdfReportV1 {

    private static final String BASE = "bundle://report/";

    private PdfReportV1() {
    }

    static byte[] render(String html, Map<String, byte[]> resources, String title, String language, Instant publishedAt) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(html, BASE)
                .useProtocolsStreamImplementation(url -> stream(resources, url), "bundle")
                .withProducer("Sanctuary Oversight");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setProducer("Sanctuary Oversight");
            information.setCreator("Sanctuary Oversight");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
            created.setTimeInMillis(publishedAt.toEpochMilli());
            information.setCreationDate(created);
            information.setModificationDate(null);
            document.getDocumentCatalog().setLanguage(language);
            byte[] id = Arrays.copyOf(ChecksumsV1.sha256(html.getBytes(StandardCharsets.UTF_8)), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the report PDF", e);
        }
    }

    private static FSStream stream(Map<String, byte[]> resources, String url) {
        String path = url.startsWith(BASE) ? url.substring(BASE.length()) : url;
        byte[] bytes = resources.get(path);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
            }
        };
    }
}

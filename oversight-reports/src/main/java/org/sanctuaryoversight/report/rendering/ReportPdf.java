package org.sanctuaryoversight.report.rendering;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The PDF, rendered by openhtmltopdf from the very HTML of the bundle: tagged for screen readers (PDF/UA-1), every
 * font embedded (see {@link ReportFonts}), the SVG charts drawn as vectors with their text alternative, on the page
 * size the version froze. PDF files normally carry the time they were made and a random identifier; here both come
 * from the frozen publication, so rendering again gives the same bytes.
 */
public final class ReportPdf {

    private static final String BASE = "bundle://report/";

    /** The page sizes a city may choose ({@code oversight.reports.page-size}), in millimetres. */
    public enum PageSize {
        LETTER(215.9f, 279.4f),
        A4(210f, 297f);

        final float width;
        final float height;

        PageSize(float width, float height) {
            this.width = width;
            this.height = height;
        }

        public static PageSize of(String name) {
            return name == null ? LETTER : valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private ReportPdf() {
    }

    /**
     * @param sectionLinks the words of the document's links to its own sections, in document order: openhtmltopdf
     *                     describes links to other files from their title but leaves these without the description
     *                     PDF/UA requires (7.18.5), so they are described here
     */
    static byte[] render(String html, Map<String, byte[]> resources, String title, String language, Instant publishedAt,
                         String pageSize, List<String> sectionLinks) {
        PageSize size = PageSize.of(pageSize);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(html, BASE)
                .useProtocolsStreamImplementation(url -> stream(resources, url), "bundle")
                .useSVGDrawer(new BatikSVGDrawer())
                .usePdfUaAccessbility(true)
                .useDefaultPageSize(size.width, size.height, PdfRendererBuilder.PageSizeUnits.MM)
                .withProducer("Sanctuary Oversight");
        for (ReportFonts.ReportFont font : ReportFonts.fontsFor(html)) {
            byte[] bytes = ReportFonts.bytes(font);
            builder.useFont(() -> new ByteArrayInputStream(bytes), font.family(), font.weight(),
                    PdfRendererBuilder.FontStyle.NORMAL, true);
        }
        if (RightToLeftText.present(html)) {
            // Only then: the PDFs of left-to-right languages keep being rendered exactly as they always were.
            RightToLeftText rightToLeft = new RightToLeftText();
            builder.useUnicodeBidiSplitter(rightToLeft).useUnicodeBidiReorderer(rightToLeft);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            describeLinks(document, sectionLinks, title);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setProducer("Sanctuary Oversight");
            information.setCreator("Sanctuary Oversight");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            created.setTimeInMillis(publishedAt.toEpochMilli());
            information.setCreationDate(created);
            information.setModificationDate(null);
            document.getDocumentCatalog().setLanguage(language);
            byte[] id = Arrays.copyOf(Checksums.sha256(html.getBytes(StandardCharsets.UTF_8)), 16);
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

    private static void describeLinks(PDDocument document, List<String> sectionLinks, String fallback)
            throws IOException {
        Iterator<String> descriptions = sectionLinks.iterator();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(descriptions.hasNext() ? descriptions.next() : fallback);
                }
            }
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

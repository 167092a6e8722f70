package org.sanctuaryoversight.app.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A smallest real PDF (a catalog, a page tree and one blank page) for tests that send a PDF: attachments are
 * opened and rewritten with PDFBox, so a file that only starts with {@code %PDF-} is refused as damaged.
 */
public final class Pdfs {

    private Pdfs() {
    }

    /** One blank page; {@code comment} is written as a PDF comment line, which the cleaning does not keep. */
    public static byte[] onePage(String comment) {
        return ("%PDF-1.4\n% " + comment + "\n"
                + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * What a stored copy of {@link #onePage} is after the cleaning, as PDFBox reads it back: a PDF of one page
     * whose bytes hold neither the comment nor anything else of the original's text.
     */
    public static boolean isCleanedOnePage(byte[] stored, String comment) {
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        try (PDDocument document = Loader.loadPDF(stored)) {
            return text.startsWith("%PDF-") && !text.contains(comment) && document.getNumberOfPages() == 1;
        } catch (IOException e) {
            return false;
        }
    }
}

package org.sanctuaryoversight.complaint.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Rewrites a PDF as a fresh document holding only its pages, because a PDF carries more than its pages:
 * the document information and XMP metadata (a word processor writes the author's name there, often the
 * complainant's), and active content that runs on the staff computer that opens it (JavaScript, open and
 * additional actions, embedded files, links that launch programs, form fields). The fresh document gets the
 * pages' content and resources only; the catalog's name trees, outlines, forms and structure are left behind,
 * annotations that act (links, widgets, file attachments, media) are dropped, the rest lose their actions and
 * their author, and every dictionary reachable from the pages loses its metadata stream, application data,
 * scripts, additional actions and embedded files. It is saved without object streams, so what it holds can
 * be read. A PDF PDFBox cannot read (or that needs a password to open) is refused as damaged.
 */
final class PdfMetadata {

    /** Annotation kinds that do something when shown or clicked, rather than mark up the page. */
    private static final Set<String> ACTING = Set.of("Link", "Widget", "FileAttachment", "Screen", "Movie", "Sound",
            "RichMedia", "3D", "TrapNet", "Watermark", "Redact");

    /** Keys that hold metadata, application data or active content wherever they appear. */
    private static final List<COSName> REMOVED = List.of(COSName.METADATA, COSName.PIECE_INFO, COSName.AA,
            COSName.A, COSName.OPEN_ACTION, COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES, COSName.EF,
            COSName.T, COSName.P, COSName.getPDFName("RichMediaContent"), COSName.getPDFName("LastModified"));

    private PdfMetadata() {
    }

    static byte[] strip(byte[] pdf) {
        try (PDDocument original = Loader.loadPDF(new RandomAccessReadBuffer(pdf));
             PDDocument fresh = new PDDocument()) {
            if (original.getNumberOfPages() == 0) {
                throw new DamagedFileException("PDF without pages");
            }
            for (PDPage page : original.getPages()) {
                PDResources resources = page.getResources();
                PDPage copy = fresh.importPage(page);
                copy.setResources(resources);
                copy.setRotation(page.getRotation());
                copy.setMediaBox(page.getMediaBox());
                copy.setCropBox(page.getCropBox());
                copy.getCOSObject().removeItem(COSName.getPDFName("B")); // article beads point into the old catalog
                copy.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
                List<PDAnnotation> kept = new ArrayList<>();
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!ACTING.contains(annotation.getSubtype())) {
                        kept.add(annotation);
                    }
                }
                if (kept.isEmpty()) {
                    copy.getCOSObject().removeItem(COSName.ANNOTS);
                } else {
                    copy.setAnnotations(kept);
                }
                scrub(copy.getCOSObject());
            }
            fresh.getDocument().setVersion(Math.max(1.4f, Math.min(original.getVersion(), 1.7f)));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            fresh.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DamagedFileException damaged) {
                throw damaged;
            }
            throw new DamagedFileException("PDF cannot be read: " + unreadable.getClass().getSimpleName());
        }
    }

    /** Removes the {@link #REMOVED} keys from every dictionary reachable from {@code root}, each visited once. */
    private static void scrub(COSDictionary root) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                if (dictionary != root && COSName.PAGE.equals(dictionary.getCOSName(COSName.TYPE))) {
                    continue; // another page (a destination, an old parent): not copied, so not written
                }
                REMOVED.forEach(dictionary::removeItem);
                if (dictionary != root) {
                    dictionary.removeItem(COSName.PARENT); // annotations' popups point at their parent only
                }
                dictionary.getValues().forEach(pending::push);
            } else if (next instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
    }
}

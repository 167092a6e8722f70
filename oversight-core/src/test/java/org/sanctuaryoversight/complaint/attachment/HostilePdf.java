package org.sanctuaryoversight.complaint.attachment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.action.PDDocumentCatalogAdditionalActions;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDAnnotationAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * PDFs for the attachment tests: a minimal one-page document, and one carrying everything a word processor
 * or an attacker puts in a PDF that the cleaning removes (the author's name in the document information and
 * XMP, scripts, open and additional actions, an embedded file, a launch link, a form field, a sticky note
 * signed with the author's name), built with PDFBox and saved uncompressed so the tests can read it.
 */
final class HostilePdf {

    private HostilePdf() {
    }

    static byte[] minimal() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A6));
            return save(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] build() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(20, 200);
                content.showText("The officer came at 6 am");
                content.endText();
            }
            document.getDocumentInformation().setAuthor("Maria Lopez");
            document.getDocumentInformation().setCreator("Word for Maria's laptop");

            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDMetadata xmp = new PDMetadata(document, new ByteArrayInputStream(
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>Maria Lopez</dc:creator></x:xmpmeta>"
                            .getBytes(StandardCharsets.UTF_8)));
            catalog.setMetadata(xmp);
            catalog.setOpenAction(script("app.alert('open')"));
            PDDocumentCatalogAdditionalActions documentActions = catalog.getActions();
            documentActions.setWC(script("app.alert('close')"));

            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("startup", script("app.alert('named')")));
            PDEmbeddedFile embedded = new PDEmbeddedFile(document,
                    new ByteArrayInputStream("Maria Lopez, DOB 1990-01-01".getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification attachment = new PDComplexFileSpecification();
            attachment.setFile("Maria.txt");
            attachment.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("Maria.txt", attachment));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setJavascript(scripts);
            names.setEmbeddedFiles(files);
            catalog.setNames(names);

            PDPageAdditionalActions pageActions = new PDPageAdditionalActions();
            pageActions.setO(script("app.alert('page')"));
            page.setActions(pageActions);

            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 50, 20));
            PDActionLaunch launch = new PDActionLaunch();
            launch.getCOSObject().setString(COSName.F, "calc.exe");
            link.setAction(launch);
            PDAnnotationWidget field = new PDAnnotationWidget();
            field.setRectangle(new PDRectangle(10, 40, 50, 20));
            PDAnnotationAdditionalActions fieldActions = new PDAnnotationAdditionalActions();
            fieldActions.setE(script("app.alert('field')"));
            field.setActions(fieldActions);
            PDAnnotationFileAttachment pinned = new PDAnnotationFileAttachment();
            pinned.setRectangle(new PDRectangle(10, 70, 20, 20));
            pinned.setFile(attachment);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(10, 100, 20, 20));
            note.setContents("see the second page");
            note.setTitlePopup("Maria Lopez");
            page.setAnnotations(List.of(link, field, pinned, note));
            return save(document);
        }
    }

    private static PDActionJavaScript script(String code) {
        return new PDActionJavaScript(code);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }
}

package org.sanctuaryoversight.complaint.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import static org.sanctuaryoversight.complaint.intake.ComplaintIntakePolicy.violation;

import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.Inspection;

class AttachmentInspectorTest {

    private static final String GPS = "GPSLatitude 40.7128 N GPSLongitude 74.0060 W";
    private final AttachmentInspector inspector = new AttachmentInspector(5, 10 * 1024 * 1024);

    // ---- kinds, by content

    @Test
    void the_kind_is_read_from_the_content_not_the_name() throws IOException {
        assertThat(AttachmentInspector.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(AttachmentType.PDF);
        assertThat(AttachmentInspector.detect(jpeg())).contains(AttachmentType.JPEG);
        assertThat(AttachmentInspector.detect(png())).contains(AttachmentType.PNG);
        assertThat(AttachmentInspector.detect(Heic.build("Exif\0\0" + GPS).bytes)).contains(AttachmentType.HEIC);

        Inspection renamed = inspector.inspect(List.of(new AttachmentUpload("photo.jpg", "MZ\u0090\0 this is a program".getBytes(StandardCharsets.ISO_8859_1)),
                new AttachmentUpload("notes.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
        assertThat(renamed.accepted()).isFalse();
        assertThat(renamed.violations()).containsExactly(violation("attachments", "type"));
        assertThat(renamed.files()).isEmpty();

        Inspection photoWithOddName = inspector.inspect(List.of(new AttachmentUpload("photo.txt", jpeg())));
        assertThat(photoWithOddName.accepted()).isTrue();
        assertThat(photoWithOddName.files()).singleElement().satisfies(f -> assertThat(f.type()).isEqualTo(AttachmentType.JPEG));
    }

    @Test
    void an_avif_or_other_heif_image_is_not_taken_for_heic() {
        byte[] avif = Heic.build("Exif\0\0" + GPS).bytes.clone();
        System.arraycopy("avif".getBytes(StandardCharsets.US_ASCII), 0, avif, 8, 4);
        System.arraycopy("avif".getBytes(StandardCharsets.US_ASCII), 0, avif, 20, 4); // the compatible 'heic' brand
        assertThat(AttachmentInspector.detect(avif)).isEmpty();
    }

    // ---- limits and names

    @Test
    void too_many_too_large_and_empty_files_are_refused_with_a_reason() throws IOException {
        AttachmentInspector small = new AttachmentInspector(2, 1_000);
        byte[] pdf = HostilePdf.minimal();
        assertThat(small.inspect(Collections.nCopies(3, new AttachmentUpload("a.pdf", pdf))).violations())
                .containsExactly(violation("attachments", "tooMany"));
        assertThat(small.inspect(List.of(new AttachmentUpload("big.jpg", Arrays.copyOf(jpeg(), 1_001)))).violations())
                .containsExactly(violation("attachments", "tooLarge"));
        assertThat(small.inspect(List.of(new AttachmentUpload("empty.pdf", new byte[0]))).violations())
                .containsExactly(violation("attachments", "empty"));
        assertThat(small.inspect(List.of(new AttachmentUpload("a.pdf", pdf), new AttachmentUpload(null, pdf))).accepted())
                .isTrue();
    }

    @Test
    void a_file_name_with_a_folder_dot_dot_or_control_characters_is_refused_not_repaired() {
        byte[] pdf = HostilePdf.minimal();
        for (String name : List.of("../../etc/passwd.pdf", "..\\..\\boot.ini", "/etc/shadow", "C:\\Users\\me\\a.pdf",
                "a\u0000.pdf", "line\nbreak.pdf", "x".repeat(256), "   ")) {
            assertThat(inspector.inspect(List.of(new AttachmentUpload(name, pdf))).violations())
                    .as(name).containsExactly(violation("attachments", "name"));
        }
        assertThat(inspector.inspect(List.of(new AttachmentUpload("Foto de la escuela (1).pdf", pdf))).accepted()).isTrue();
    }

    // ---- metadata

    @Test
    void a_jpeg_loses_its_exif_gps_xmp_and_comments_and_still_shows_the_same_picture() throws IOException {
        byte[] original = jpeg();
        byte[] tagged = insertAfterSoi(original,
                segment(0xE1, "Exif\0\0MM\0*" + GPS),
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Maria Lopez</x:xmpmeta>"),
                segment(0xED, "Photoshop 3.0\08BIM By-line: Maria Lopez"),
                segment(0xFE, "Taken on Maria's phone"));
        assertThat(text(tagged)).contains("GPSLatitude", "Maria");

        byte[] clean = only(inspector.inspect(List.of(new AttachmentUpload("p.jpg", tagged))));

        assertThat(text(clean)).doesNotContain("GPSLatitude", "Maria", "Exif", "xmpmeta", "8BIM");
        assertThat(clean).isEqualTo(original); // exactly the camera-free picture: tables and scan untouched
        assertSamePixels(clean, original);
    }

    @Test
    void a_jpeg_keeps_only_its_first_image_and_its_orientation_as_an_independent_reader_sees_it() throws Exception {
        byte[] original = jpeg();
        byte[] firstImage = insertAfterSoi(original, segment(0xE1, exif(6, "Maria Lopez")));
        // a phone's multi-picture file: a second image (gain map, depth map, preview) with its own EXIF after the first
        byte[] appended = insertAfterSoi(jpeg(), segment(0xE1, exif(1, "Appended Maria")));
        byte[] tagged = concat(firstImage, appended);
        assertThat(new ImageMetadata(tagged).artist()).isEqualTo("Maria Lopez");

        byte[] clean = only(inspector.inspect(List.of(new AttachmentUpload("p.jpg", tagged))));

        ImageMetadata read = new ImageMetadata(clean);
        assertThat(read.orientation()).isEqualTo(6); // a phone photo held upright is still shown upright
        assertThat(read.artist()).isNull();
        assertThat(read.hasGps()).isFalse();
        assertThat(text(clean)).doesNotContain("Maria", "Appended");
        assertThat(clean.length).isLessThan(firstImage.length); // nothing of the appended image is kept
        assertSamePixels(clean, original);
    }

    @Test
    void a_jpeg_whose_exif_has_no_readable_orientation_keeps_no_exif_at_all() throws Exception {
        byte[] original = jpeg();
        byte[] clean = only(inspector.inspect(List.of(new AttachmentUpload("p.jpg",
                insertAfterSoi(original, segment(0xE1, exif(null, "Maria Lopez")))))));
        assertThat(clean).isEqualTo(original);
        assertThat(new ImageMetadata(clean).orientation()).isNull();
    }

    @Test
    void a_pdf_is_saved_as_a_fresh_document_without_metadata_scripts_actions_embedded_files_or_acting_annotations()
            throws Exception {
        byte[] hostile = HostilePdf.build();
        try (PDDocument before = Loader.loadPDF(hostile)) { // the fixture really carries what the cleaning removes
            assertThat(before.getDocumentInformation().getAuthor()).isEqualTo("Maria Lopez");
            assertThat(before.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(before.getDocumentCatalog().getOpenAction()).isNotNull();
            assertThat(before.getDocumentCatalog().getNames().getEmbeddedFiles()).isNotNull();
        }

        byte[] clean = only(inspector.inspect(List.of(new AttachmentUpload("letter.pdf", hostile))));

        assertThat(AttachmentInspector.detect(clean)).contains(AttachmentType.PDF);
        try (PDDocument after = Loader.loadPDF(clean)) {
            PDDocumentCatalog catalog = after.getDocumentCatalog();
            assertThat(after.getDocumentInformation().getAuthor()).isNull();
            assertThat(after.getDocumentInformation().getCOSObject().keySet()).isEmpty();
            assertThat(catalog.getMetadata()).isNull();
            assertThat(catalog.getCOSObject().getDictionaryObject(COSName.OPEN_ACTION)).isNull();
            assertThat(catalog.getCOSObject().getDictionaryObject(COSName.AA)).isNull();
            assertThat(catalog.getCOSObject().getDictionaryObject(COSName.NAMES)).isNull();
            assertThat(catalog.getCOSObject().getDictionaryObject(COSName.ACRO_FORM)).isNull();
            assertThat(after.getNumberOfPages()).isEqualTo(1);
            PDPage page = after.getPage(0);
            assertThat(page.getCOSObject().getDictionaryObject(COSName.AA)).isNull();
            assertThat(page.getAnnotations()).extracting(PDAnnotation::getSubtype).containsExactly("Text");
            assertThat(page.getAnnotations().get(0).getCOSObject().getDictionaryObject(COSName.T)).isNull();
            assertThat(new PDFTextStripper().getText(after)).contains("The officer came at 6 am");
        }
        String raw = text(clean); // saved without compression, so the words would show if they were anywhere
        assertThat(raw).doesNotContain("Maria", "JavaScript", "/JS", "app.alert", "EmbeddedFile", "Launch",
                "calc.exe", "xmpmeta");
    }

    @Test
    void a_pdf_that_cannot_be_read_is_refused_as_damaged() {
        assertThat(inspector.inspect(List.of(new AttachmentUpload("x.pdf",
                "%PDF-1.4\n% not a document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))).violations())
                .containsExactly(violation("attachments", "damaged"));
    }

    @Test
    void a_png_loses_its_text_exif_and_trailing_bytes_and_still_shows_the_same_picture() throws IOException {
        byte[] original = png();
        byte[] tagged = insertPngChunks(original, chunk("tEXt", "Author\0Maria Lopez"),
                chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + GPS + "</x:xmpmeta>"),
                chunk("eXIf", "MM\0*" + GPS), chunk("tIME", "\u0007\u00ea\u000c\u0006\u000c\u0000\u0000"));
        tagged = concat(tagged, "hidden after the end: Maria".getBytes(StandardCharsets.US_ASCII));

        byte[] clean = only(inspector.inspect(List.of(new AttachmentUpload("p.png", tagged))));

        assertThat(text(clean)).doesNotContain("Maria", "GPSLatitude", "tEXt", "iTXt", "eXIf", "tIME");
        assertThat(clean).isEqualTo(original);
        assertSamePixels(clean, original);
    }

    @Test
    void a_heic_photo_has_its_exif_item_blanked_in_place_and_its_image_left_as_it_was() {
        Heic heic = Heic.build("Exif\0\0MM\0*" + GPS);
        assertThat(text(heic.bytes)).contains("GPSLatitude");

        byte[] clean = only(inspector.inspect(List.of(new AttachmentUpload("IMG_0001.HEIC", heic.bytes))));

        assertThat(clean).hasSameSizeAs(heic.bytes);
        assertThat(text(clean)).doesNotContain("GPSLatitude");
        assertThat(Arrays.copyOfRange(clean, heic.exifOffset, heic.exifOffset + heic.exifLength))
                .containsOnly((byte) 0);
        byte[] expected = heic.bytes.clone();
        Arrays.fill(expected, heic.exifOffset, heic.exifOffset + heic.exifLength, (byte) 0);
        assertThat(clean).isEqualTo(expected); // the image item and every box are untouched
    }

    @Test
    void a_file_that_claims_a_kind_its_structure_does_not_follow_is_refused_as_damaged() throws IOException {
        byte[] jpeg = jpeg();
        byte[] truncated = Arrays.copyOf(jpeg, 40);
        assertThat(inspector.inspect(List.of(new AttachmentUpload("cut.jpg", truncated))).violations())
                .containsExactly(violation("attachments", "damaged"));
        byte[] png = png();
        assertThat(inspector.inspect(List.of(new AttachmentUpload("cut.png", Arrays.copyOf(png, png.length - 12)))).violations())
                .containsExactly(violation("attachments", "damaged"));
        Heic heic = Heic.build("Exif\0\0" + GPS);
        byte[] pointingOutside = heic.bytes.clone();
        ByteBuffer.wrap(pointingOutside).putInt(heic.exifOffsetField, pointingOutside.length + 100);
        assertThatThrownBy(() -> HeifMetadata.strip(pointingOutside)).isInstanceOf(DamagedFileException.class);
        assertThat(inspector.inspect(List.of(new AttachmentUpload("bad.heic", pointingOutside))).violations())
                .containsExactly(violation("attachments", "damaged"));
    }

    // ---- building test files

    private static byte[] only(Inspection inspection) {
        assertThat(inspection.violations()).isEmpty();
        assertThat(inspection.files()).hasSize(1);
        return inspection.files().get(0).content();
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (x * 10) << 16 | (y * 15) << 8 | 0x40);
            }
        }
        return image;
    }

    static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(), "jpg", out);
        return out.toByteArray();
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(), "png", out);
        return out.toByteArray();
    }

    private static void assertSamePixels(byte[] a, byte[] b) throws IOException {
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(a));
        BufferedImage second = ImageIO.read(new ByteArrayInputStream(b));
        assertThat(first.getWidth()).isEqualTo(second.getWidth());
        assertThat(first.getHeight()).isEqualTo(second.getHeight());
        for (int x = 0; x < first.getWidth(); x++) {
            for (int y = 0; y < first.getHeight(); y++) {
                assertThat(first.getRGB(x, y)).isEqualTo(second.getRGB(x, y));
            }
        }
    }

    /**
     * A big-endian TIFF structure as cameras write it in APP1: IFD0 with the artist, the orientation (when
     * given) and a pointer to a GPS IFD holding a latitude reference.
     */
    private static String exif(Integer orientation, String artist) {
        ByteBuffer tiff = ByteBuffer.allocate(256);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        int entries = orientation == null ? 2 : 3;
        int ifdEnd = 8 + 2 + entries * 12 + 4;
        byte[] artistBytes = (artist + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int gpsIfd = ifdEnd + artistBytes.length;
        tiff.putShort((short) entries);
        if (orientation != null) {
            tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort(orientation.shortValue()).putShort((short) 0);
        }
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artistBytes.length).putInt(ifdEnd);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.put(artistBytes);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        return "Exif\0\0" + new String(tiff.array(), 0, tiff.position(), StandardCharsets.ISO_8859_1);
    }

    /** What metadata-extractor, a reader independent of the cleaning code, finds in an image. */
    private static final class ImageMetadata {
        private final Metadata metadata;

        ImageMetadata(byte[] image) throws Exception {
            this.metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
        }

        Integer orientation() throws Exception {
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            return ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION) ? null
                    : ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
        }

        String artist() {
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            return ifd0 == null ? null : ifd0.getString(ExifIFD0Directory.TAG_ARTIST);
        }

        boolean hasGps() {
            return metadata.getFirstDirectoryOfType(GpsDirectory.class) != null;
        }
    }

    private static byte[] segment(int marker, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)}, data);
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[]... segments) {
        byte[] out = Arrays.copyOf(jpeg, 2);
        for (byte[] segment : segments) {
            out = concat(out, segment);
        }
        return concat(out, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] chunk(String type, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.US_ASCII), data);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeAndData).putInt((int) crc.getValue()).array();
    }

    private static byte[] insertPngChunks(byte[] png, byte[]... chunks) {
        int afterHeader = 8 + 12 + 13; // signature, IHDR
        byte[] out = Arrays.copyOf(png, afterHeader);
        for (byte[] chunk : chunks) {
            out = concat(out, chunk);
        }
        return concat(out, Arrays.copyOfRange(png, afterHeader, png.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }

    /**
     * A minimal HEIC file laid out as ISO/IEC 23008-12 describes: {@code ftyp}, a {@code meta} box with a
     * handler, an item list ({@code iinf}: a coded image item and an {@code Exif} item) and their locations
     * ({@code iloc}, absolute file offsets), then the items' bytes in {@code mdat}.
     */
    static final class Heic {
        final byte[] bytes;
        final int exifOffset;
        final int exifLength;
        final int exifOffsetField;

        private Heic(byte[] bytes, int exifOffset, int exifLength, int exifOffsetField) {
            this.bytes = bytes;
            this.exifOffset = exifOffset;
            this.exifLength = exifLength;
            this.exifOffsetField = exifOffsetField;
        }

        static Heic build(String exif) {
            byte[] image = "HEVC-CODED-IMAGE-TILE-BYTES".getBytes(StandardCharsets.US_ASCII);
            byte[] exifBytes = concat(new byte[4], exif.getBytes(StandardCharsets.ISO_8859_1)); // tiff header offset 0
            byte[] ftyp = box("ftyp", ascii("heic"), new byte[4], ascii("mif1"), ascii("heic"));
            byte[] hdlr = fullBox("hdlr", 0, new byte[4], ascii("pict"), new byte[12], new byte[1]);
            byte[] iinf = fullBox("iinf", 0, u16(2),
                    fullBox("infe", 2, u16(1), u16(0), ascii("hvc1"), new byte[1]),
                    fullBox("infe", 2, u16(2), u16(0), ascii("Exif"), new byte[1]));
            // iloc v0: offset_size 4, length_size 4, base_offset_size 0; two items with one extent each
            int ilocSize = 12 + 2 + 2 + 2 * (2 + 2 + 2 + 8);
            int metaSize = 12 + hdlr.length + iinf.length + ilocSize;
            int mdatPayload = ftyp.length + metaSize + 8;
            int imageOffset = mdatPayload;
            int exifOffset = mdatPayload + image.length;
            byte[] iloc = fullBox("iloc", 0, new byte[] {0x44, 0x00}, u16(2),
                    u16(1), u16(0), u16(1), u32(imageOffset), u32(image.length),
                    u16(2), u16(0), u16(1), u32(exifOffset), u32(exifBytes.length));
            assertThat(iloc).hasSize(ilocSize);
            byte[] meta = fullBox("meta", 0, hdlr, iinf, iloc);
            byte[] mdat = box("mdat", image, exifBytes);
            byte[] file = concat(concat(ftyp, meta), mdat);
            int exifOffsetField = ftyp.length + 12 + hdlr.length + iinf.length + 12 + 2 + 2 + 14 + 6;
            return new Heic(file, exifOffset, exifBytes.length, exifOffsetField);
        }

        private static byte[] box(String type, byte[]... parts) {
            byte[] payload = new byte[0];
            for (byte[] part : parts) {
                payload = concat(payload, part);
            }
            return concat(concat(u32(payload.length + 8), ascii(type)), payload);
        }

        private static byte[] fullBox(String type, int version, byte[]... parts) {
            byte[][] all = new byte[parts.length + 1][];
            all[0] = new byte[] {(byte) version, 0, 0, 0};
            System.arraycopy(parts, 0, all, 1, parts.length);
            return box(type, all);
        }

        private static byte[] ascii(String text) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }

        private static byte[] u16(int value) {
            return new byte[] {(byte) (value >> 8), (byte) value};
        }

        private static byte[] u32(int value) {
            return ByteBuffer.allocate(4).putInt(value).array();
        }
    }
}

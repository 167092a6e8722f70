package org.sanctuaryoversight.complaint.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Keeps only the chunks a PNG needs to be drawn as it was (header, palette, image data, transparency,
 * colour and pixel-size information, animation frames) and drops the rest: text chunks (author, software,
 * comments, XMP), EXIF, time of last change, private chunks, and anything after the end chunk.
 */
final class PngMetadata {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    private PngMetadata() {
    }

    static byte[] strip(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        int at = SIGNATURE.length;
        boolean first = true;
        while (true) {
            if (at + 12 > png.length) {
                throw new DamagedFileException("PNG ends before its IEND chunk");
            }
            long length = ((long) (png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            long end = at + 12 + length;
            if (end > png.length) {
                throw new DamagedFileException("PNG chunk runs past the end at " + at);
            }
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            if (first && !"IHDR".equals(type)) {
                throw new DamagedFileException("PNG does not start with IHDR");
            }
            first = false;
            if (KEPT.contains(type)) {
                out.write(png, at, (int) (end - at));
            }
            if ("IEND".equals(type)) {
                return out.toByteArray();
            }
            at = (int) end;
        }
    }
}

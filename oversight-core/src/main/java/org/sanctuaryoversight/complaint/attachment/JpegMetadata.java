package org.sanctuaryoversight.complaint.attachment;

import java.io.ByteArrayOutputStream;

/**
 * Removes what a JPEG says about where, when and with what it was taken: every application segment
 * (EXIF and its GPS position and thumbnail in APP1, XMP, IPTC in APP13, maker notes) and every comment,
 * except the three a decoder needs to show the picture as it was: JFIF (APP0), the colour profile
 * (APP2 {@code ICC_PROFILE}) and Adobe's colour transform flag (APP14). The image data is copied untouched.
 * One consequence: the EXIF orientation goes too, so a phone photo may show turned sideways.
 */
final class JpegMetadata {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int COM = 0xFE;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;

    private JpegMetadata() {
    }

    static byte[] strip(byte[] jpeg) {
        if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != SOI) {
            throw new DamagedFileException("no JPEG start of image");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        int at = 2;
        while (true) {
            if (at + 2 > jpeg.length || u8(jpeg, at) != 0xFF) {
                throw new DamagedFileException("JPEG segment expected at " + at);
            }
            int marker = u8(jpeg, at + 1);
            if (marker == 0xFF) { // fill byte before a marker
                at++;
                continue;
            }
            if (marker == EOI) {
                out.write(jpeg, at, 2);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                out.write(jpeg, at, 2);
                at += 2;
                continue;
            }
            if (at + 4 > jpeg.length) {
                throw new DamagedFileException("JPEG segment length missing at " + at);
            }
            int length = (u8(jpeg, at + 2) << 8) | u8(jpeg, at + 3);
            int end = at + 2 + length;
            if (length < 2 || end > jpeg.length) {
                throw new DamagedFileException("JPEG segment runs past the end at " + at);
            }
            if (marker == SOS) {
                // Entropy-coded data follows, with further scans of a progressive image; nothing after the first
                // scan header is metadata a camera writes, so the rest is kept up to the end of the image.
                int last = lastEndOfImage(jpeg, end);
                out.write(jpeg, at, last - at);
                return out.toByteArray();
            }
            if (keep(marker, jpeg, at + 4, length - 2)) {
                out.write(jpeg, at, end - at);
            }
            at = end;
        }
    }

    private static boolean keep(int marker, byte[] jpeg, int dataStart, int dataLength) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > APP15) {
            return true; // tables, frame header: the picture itself
        }
        return marker == APP0 && startsWith(jpeg, dataStart, dataLength, "JFIF\0")
                || marker == APP2 && startsWith(jpeg, dataStart, dataLength, "ICC_PROFILE\0")
                || marker == APP14 && startsWith(jpeg, dataStart, dataLength, "Adobe");
    }

    /** The offset just past the last end-of-image marker: trailing bytes after it (hidden data) are dropped. */
    private static int lastEndOfImage(byte[] jpeg, int from) {
        for (int i = jpeg.length - 2; i >= from; i--) {
            if (u8(jpeg, i) == 0xFF && u8(jpeg, i + 1) == EOI) {
                return i + 2;
            }
        }
        throw new DamagedFileException("JPEG has no end of image");
    }

    private static boolean startsWith(byte[] data, int start, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (data[start + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] data, int index) {
        return data[index] & 0xFF;
    }
}

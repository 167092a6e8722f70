package org.sanctuaryoversight.complaint.attachment;

import java.io.ByteArrayOutputStream;

/**
 * Removes what a JPEG says about where, when and with what it was taken: every application segment
 * (EXIF and its GPS position and thumbnail in APP1, XMP, IPTC in APP13, maker notes) and every comment,
 * except the three a decoder needs to show the picture as it was: JFIF (APP0), the colour profile
 * (APP2 {@code ICC_PROFILE}) and Adobe's colour transform flag (APP14). The image data is copied untouched.
 *
 * <p>The EXIF orientation is the one EXIF value kept: without it a phone photo held upright shows turned
 * sideways, so the EXIF segment is replaced by a new one holding only that tag (nothing else of the camera's
 * EXIF is copied). The file ends at the first image's end-of-image marker: phones append further images
 * (multi-picture previews, depth and gain maps) after it, each with its own EXIF, and bytes hidden after the
 * image are not a picture anyone sees.
 */
final class JpegMetadata {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int COM = 0xFE;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
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
                // The scan header, then entropy-coded data up to the next marker that is not a restart; a
                // progressive image has several scans, with tables between them, until its end of image.
                int next = endOfScan(jpeg, end);
                out.write(jpeg, at, next - at);
                at = next;
                continue;
            }
            if (marker == APP1 && startsWith(jpeg, at + 4, length - 2, "Exif\0\0")) {
                int orientation = orientation(jpeg, at + 4 + 6, end);
                if (orientation > 1) {
                    out.writeBytes(orientationOnly(orientation));
                }
            } else if (keep(marker, jpeg, at + 4, length - 2)) {
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

    /**
     * The offset of the marker that ends the entropy-coded data starting at {@code from}: in that data a 0xFF
     * byte is followed by 0x00 (a stuffed byte), a restart marker or fill bytes; anything else is a marker.
     */
    private static int endOfScan(byte[] jpeg, int from) {
        int i = from;
        while (i + 1 < jpeg.length) {
            if (u8(jpeg, i) != 0xFF) {
                i++;
                continue;
            }
            int next = u8(jpeg, i + 1);
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                i += 2;
            } else if (next == 0xFF) {
                i++;
            } else {
                return i;
            }
        }
        throw new DamagedFileException("JPEG has no end of image");
    }

    /**
     * The orientation tag (0x0112) of IFD0 in the TIFF structure from {@code tiff} to {@code end}, or 0 when
     * there is none or the structure cannot be read (then no EXIF is kept at all, which is the safe side).
     */
    static int orientation(byte[] jpeg, int tiff, int end) {
        if (tiff + 8 > end) {
            return 0;
        }
        boolean bigEndian;
        if (jpeg[tiff] == 'M' && jpeg[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (jpeg[tiff] == 'I' && jpeg[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return 0;
        }
        if (u16(jpeg, tiff + 2, bigEndian) != 42) {
            return 0;
        }
        long ifd = u32(jpeg, tiff + 4, bigEndian);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 0;
        }
        int at = (int) (tiff + ifd);
        int count = u16(jpeg, at, bigEndian);
        for (int i = 0; i < count; i++) {
            int entry = at + 2 + 12 * i;
            if (entry + 12 > end) {
                return 0;
            }
            if (u16(jpeg, entry, bigEndian) == 0x0112 && u16(jpeg, entry + 2, bigEndian) == 3
                    && u32(jpeg, entry + 4, bigEndian) == 1) {
                int value = u16(jpeg, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    /** A new APP1 EXIF segment holding a big-endian TIFF header and an IFD0 with the orientation only. */
    private static byte[] orientationOnly(int orientation) {
        return new byte[] {
            (byte) 0xFF, (byte) APP1, 0, 34, // length: 2 + 6 + 8 + 2 + 12 + 4
            'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8, // TIFF header, IFD0 at offset 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // orientation, SHORT, count 1
            0, 0, 0, 0 // no further IFD
        };
    }

    private static int u16(byte[] data, int index, boolean bigEndian) {
        return bigEndian ? u8(data, index) << 8 | u8(data, index + 1) : u8(data, index + 1) << 8 | u8(data, index);
    }

    private static long u32(byte[] data, int index, boolean bigEndian) {
        long high = u16(data, bigEndian ? index : index + 2, bigEndian);
        long low = u16(data, bigEndian ? index + 2 : index, bigEndian);
        return high << 16 | low;
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

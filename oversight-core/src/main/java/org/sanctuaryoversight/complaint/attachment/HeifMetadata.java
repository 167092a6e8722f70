package org.sanctuaryoversight.complaint.attachment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Blanks the metadata items of a HEIC/HEIF photo (ISO/IEC 23008-12): the {@code Exif} item, with the GPS
 * position, time and camera, and {@code mime} items, which carry XMP. A HEIF file locates its items by
 * byte offset ({@code iloc}), so instead of cutting bytes out, which would move every image tile, the
 * metadata bytes are overwritten with zeros in place: the picture is untouched and still opens, the
 * metadata items read as empty. Files that locate metadata in a way this does not follow are refused.
 */
final class HeifMetadata {

    private static final Set<String> IMAGE_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx");
    private static final Set<String> GENERIC_BRANDS = Set.of("mif1", "msf1");

    private HeifMetadata() {
    }

    /** Whether the file starts with an {@code ftyp} box naming a HEIC brand (HEVC-coded HEIF). */
    static boolean isHeic(byte[] data) {
        if (data.length < 16 || !"ftyp".equals(type(data, 4))) {
            return false;
        }
        long size = u32(data, 0);
        if (size < 16 || size > data.length) {
            return false;
        }
        String major = type(data, 8);
        if (IMAGE_BRANDS.contains(major)) {
            return true;
        }
        if (!GENERIC_BRANDS.contains(major)) {
            return false;
        }
        for (int at = 16; at + 4 <= size; at += 4) {
            if (IMAGE_BRANDS.contains(type(data, at))) {
                return true;
            }
        }
        return false;
    }

    static byte[] strip(byte[] heif) {
        byte[] out = heif.clone();
        Box meta = child(heif, 0, heif.length, "meta")
                .orElseThrow(() -> new DamagedFileException("HEIF without a meta box"));
        int children = meta.payload + 4; // full box: version and flags
        Box iinf = child(heif, children, meta.end, "iinf")
                .orElseThrow(() -> new DamagedFileException("HEIF without an item list"));
        Set<Long> metadataItems = metadataItems(heif, iinf);
        if (metadataItems.isEmpty()) {
            return out;
        }
        Box iloc = child(heif, children, meta.end, "iloc")
                .orElseThrow(() -> new DamagedFileException("HEIF without item locations"));
        java.util.Optional<Box> idat = child(heif, children, meta.end, "idat");
        for (Extent extent : extents(heif, iloc, metadataItems)) {
            long start;
            if (extent.constructionMethod == 0) {
                start = extent.offset;
            } else if (extent.constructionMethod == 1 && idat.isPresent()) {
                start = idat.get().payload + extent.offset;
            } else {
                throw new DamagedFileException("HEIF metadata item stored in an unsupported way");
            }
            long end = start + extent.length;
            if (extent.length <= 0 || start < 0 || end > heif.length) {
                throw new DamagedFileException("HEIF metadata item outside the file");
            }
            java.util.Arrays.fill(out, (int) start, (int) end, (byte) 0);
        }
        return out;
    }

    private static Set<Long> metadataItems(byte[] data, Box iinf) {
        int version = u8(data, iinf.payload);
        int at = iinf.payload + 4 + (version == 0 ? 2 : 4);
        Set<Long> items = new HashSet<>();
        while (at < iinf.end) {
            Box infe = box(data, at, iinf.end);
            if ("infe".equals(infe.type)) {
                int infeVersion = u8(data, infe.payload);
                if (infeVersion >= 2) {
                    int p = infe.payload + 4;
                    long itemId = infeVersion == 2 ? u16(data, p) : u32(data, p);
                    p += (infeVersion == 2 ? 2 : 4) + 2; // item id, protection index
                    require(p + 4 <= infe.end);
                    String itemType = type(data, p);
                    if ("Exif".equals(itemType) || "mime".equals(itemType)) {
                        items.add(itemId);
                    }
                }
            }
            at = infe.end;
        }
        return items;
    }

    private static List<Extent> extents(byte[] data, Box iloc, Set<Long> wanted) {
        int version = u8(data, iloc.payload);
        int p = iloc.payload + 4;
        require(p + 2 <= iloc.end);
        int offsetSize = u8(data, p) >> 4;
        int lengthSize = u8(data, p) & 0x0F;
        int baseOffsetSize = u8(data, p + 1) >> 4;
        int indexSize = (version == 1 || version == 2) ? u8(data, p + 1) & 0x0F : 0;
        p += 2;
        int itemFieldSize = version < 2 ? 2 : 4;
        long itemCount = itemField(data, p, version);
        p += itemFieldSize;
        List<Extent> extents = new ArrayList<>();
        for (long i = 0; i < itemCount; i++) {
            long itemId = itemField(data, p, version);
            p += itemFieldSize;
            int constructionMethod = 0;
            if (version == 1 || version == 2) {
                constructionMethod = u16(data, p) & 0x0F;
                p += 2;
            }
            p += 2; // data reference index
            long baseOffset = uint(data, p, baseOffsetSize, iloc.end);
            p += baseOffsetSize;
            int extentCount = u16(data, p);
            p += 2;
            for (int e = 0; e < extentCount; e++) {
                p += indexSize;
                long offset = uint(data, p, offsetSize, iloc.end);
                p += offsetSize;
                long length = uint(data, p, lengthSize, iloc.end);
                p += lengthSize;
                if (wanted.contains(itemId)) {
                    extents.add(new Extent(constructionMethod, baseOffset + offset, length));
                }
            }
            require(p <= iloc.end);
        }
        return extents;
    }

    private record Box(String type, int payload, int end) {
    }

    private record Extent(int constructionMethod, long offset, long length) {
    }

    private static java.util.Optional<Box> child(byte[] data, int from, int to, String type) {
        int at = from;
        while (at + 8 <= to) {
            Box box = box(data, at, to);
            if (box.type.equals(type)) {
                return java.util.Optional.of(box);
            }
            at = box.end;
        }
        return java.util.Optional.empty();
    }

    private static Box box(byte[] data, int at, int limit) {
        require(at + 8 <= limit);
        long size = u32(data, at);
        String type = type(data, at + 4);
        int payload = at + 8;
        if (size == 1) {
            require(at + 16 <= limit);
            size = uint(data, at + 8, 8, limit);
            payload = at + 16;
        } else if (size == 0) {
            size = limit - at;
        }
        require(size >= payload - at && at + size <= limit);
        return new Box(type, payload, (int) (at + size));
    }

    private static long uint(byte[] data, int at, int bytes, int limit) {
        if (bytes != 0 && bytes != 4 && bytes != 8) {
            throw new DamagedFileException("HEIF field of " + bytes + " bytes");
        }
        require(at + bytes <= limit);
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = (value << 8) | u8(data, at + i);
        }
        if (value < 0) {
            throw new DamagedFileException("HEIF offset out of range");
        }
        return value;
    }

    /** An item count or an item id of an {@code iloc} box: 16 bits before version 2 of the box, 32 bits from it. */
    private static long itemField(byte[] data, int at, int version) {
        return version < 2 ? u16(data, at) : u32(data, at);
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw new DamagedFileException("HEIF structure runs past its box");
        }
    }

    private static String type(byte[] data, int at) {
        return new String(data, at, 4, StandardCharsets.ISO_8859_1);
    }

    private static int u8(byte[] data, int at) {
        require(at < data.length);
        return data[at] & 0xFF;
    }

    private static int u16(byte[] data, int at) {
        return (u8(data, at) << 8) | u8(data, at + 1);
    }

    private static long u32(byte[] data, int at) {
        return ((long) u8(data, at) << 24) | (u8(data, at + 1) << 16) | (u8(data, at + 2) << 8) | u8(data, at + 3);
    }
}

package org.sanctuaryoversight.report.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The files of one published version, by path inside the bundle. */
public record ReportBundle(int period, int version, java.time.Instant publishedAt, SortedMap<String, byte[]> files) {

    public static final String MANIFEST = "SHA256SUMS";
    public static final String SIGNATURE = "SHA256SUMS.sig";

    public ReportBundle {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** SHA-256 of {@code SHA256SUMS}: what the next version chains to. */
    public String manifestSha256() {
        return Checksums.sha256Hex(files.get(MANIFEST));
    }

    /** {@code report-period-N-vV}, the folder name inside the zip. */
    public String name() {
        return "report-period-" + period + "-v" + version;
    }

    /** A zip of every file under {@link #name()}, entries sorted and dated with the publication time. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LocalDateTime stamp = LocalDateTime.ofInstant(publishedAt, ZoneOffset.UTC);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(name() + "/" + file.getKey());
                entry.setTimeLocal(stamp);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

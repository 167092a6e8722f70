package org.sanctuaryoversight.report.rendering;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import org.sanctuaryoversight.digest.Sha256;

/** SHA-256 and the {@code sha256sum} manifest format ({@code <hex>  <path>}, one line each, sorted by path). */
public final class Checksums {

    private Checksums() {
    }

    static byte[] sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }

    public static String sha256Hex(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    static byte[] manifest(SortedMap<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            manifest.append(sha256Hex(file.getValue())).append("  ").append(file.getKey()).append('\n');
        }
        return manifest.toString().getBytes(StandardCharsets.UTF_8);
    }
}

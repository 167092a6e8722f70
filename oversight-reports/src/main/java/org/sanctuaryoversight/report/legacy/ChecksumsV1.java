package org.sanctuaryoversight.report.legacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/** SHA-256 and the {@code sha256sum} manifest format ({@code <hex>  <path>}, one line each, sorted by path). */
final class ChecksumsV1 {

    private ChecksumsV1() {
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    static byte[] manifest(SortedMap<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            manifest.append(sha256Hex(file.getValue())).append("  ").append(file.getKey()).append('\n');
        }
        return manifest.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package org.sanctuaryoversight.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of the service: token and receipt hashes, review case ids, rule versions, file and report
 * checksums, the signing key's fingerprint. Text is hashed as UTF-8 and hex is lower case, as every stored hash
 * was written, so one helper cannot drift from another and a stored hash keeps matching. Every Java runtime has
 * SHA-256, so its absence is a broken runtime, not a condition callers handle.
 */
public final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /** A fresh digest, for input that streams through (a file read once, hashed on the way). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The digest of the text's UTF-8 bytes. */
    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex of the whole digest, as {@code sha256sum} prints it. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(of(bytes));
    }

    /** Lower-case hex of the digest of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return HEX.formatHex(of(text));
    }

    /** Lower-case hex of the digest's first {@code bytes} bytes: a short id derived from the text. */
    public static String hexPrefix(String text, int bytes) {
        return HEX.formatHex(of(text), 0, bytes);
    }

    /** Lower-case hex of what a streaming {@link #digest()} has read; the digest is reset. */
    public static String hex(MessageDigest finished) {
        return HEX.formatHex(finished.digest());
    }
}

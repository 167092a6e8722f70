package org.sanctuaryoversight.complaint.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that turn a receipt code into the key it is found by: {@code HMAC-SHA-256(key, code)}. A receipt code is
 * a random secret of about 66 bits, not a password, so a keyed hash protects it better than a slow one: without the
 * key (kept like the master key, in a secret file, never in the database) a database thief cannot test a single
 * guess, and a lookup costs microseconds instead of 70 ms of a core.
 *
 * <p>Keys are versioned ({@code version:base64} per line, one line per version). New receipts use the highest
 * version; older versions stay to find the receipts issued under them, so rotating the key never breaks a lookup.
 * Rotating the master key does not touch these keys.
 */
public final class ReceiptKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final NavigableMap<Integer, byte[]> keys;

    private ReceiptKeys(NavigableMap<Integer, byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("A receipt key file needs at least one key");
        }
        keys.values().forEach(key -> {
            if (key.length < 32) {
                throw new IllegalArgumentException("A receipt key must be at least 32 random bytes");
            }
        });
        this.keys = Collections.unmodifiableNavigableMap(keys);
    }

    /** Reads {@code version:base64} lines; blank lines and lines starting with {@code #} are ignored. */
    public static ReceiptKeys parse(String text) {
        NavigableMap<Integer, byte[]> keys = new TreeMap<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("A receipt key line reads version:base64");
            }
            keys.put(Integer.parseInt(trimmed.substring(0, colon).strip()),
                    Base64.getDecoder().decode(trimmed.substring(colon + 1).strip()));
        }
        return new ReceiptKeys(keys);
    }

    /** A new key file's text with one fresh key, version 1. */
    public static String generate() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "1:" + Base64.getEncoder().encodeToString(key) + "\n";
    }

    public int currentVersion() {
        return keys.lastKey();
    }

    /** The versions to try when looking a code up, newest first. */
    public List<Integer> versions() {
        return List.copyOf(keys.descendingKeySet());
    }

    /** The key a receipt code is found by under one key version. */
    public String lookupKey(ReceiptCode code, int version) {
        byte[] key = keys.get(version);
        if (key == null) {
            throw new IllegalArgumentException("No receipt key of version " + version);
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(("receipt:" + code.digits()).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

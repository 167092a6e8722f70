package org.sanctuaryoversight.staff;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, HOTP of RFC 4226 with HMAC-SHA1, 30-second steps, 6 digits),
 * the second factor that ombudspersons and administrators must use. Verification accepts the previous,
 * current and next step to allow for clock drift, and compares in constant time.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The code for the 30-second step containing {@code at}. */
    public static String code(byte[] secret, Instant at, int digits) {
        return hotp(secret, Math.floorDiv(at.getEpochSecond(), STEP_SECONDS), digits);
    }

    /** Whether {@code candidate} is the 6-digit code of the step at {@code now}, or of one step either side. */
    public static boolean verify(byte[] secret, String candidate, Instant now) {
        return matchingStep(secret, candidate, now).isPresent();
    }

    /**
     * The time step whose code {@code candidate} is (the step at {@code now} or one either side), so a caller
     * can refuse a code that was already used; every step is compared, in constant time.
     */
    public static java.util.OptionalLong matchingStep(byte[] secret, String candidate, Instant now) {
        if (candidate == null || !candidate.matches("\\d{6}")) {
            return java.util.OptionalLong.empty();
        }
        long step = Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
        java.util.OptionalLong matched = java.util.OptionalLong.empty();
        for (long drift = -1; drift <= 1; drift++) {
            if (MessageDigest.isEqual(hotp(secret, step + drift, 6).getBytes(), candidate.getBytes())) {
                matched = java.util.OptionalLong.of(step + drift);
            }
        }
        return matched;
    }

    /** RFC 4226 HOTP with dynamic truncation. */
    static String hotp(byte[] secret, long counter, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + digits + "d", binary % POWERS[digits]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required by every Java runtime", e);
        }
    }

    /** RFC 4648 base32 (no padding), the form authenticator apps expect in an otpauth:// URI. */
    public static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}

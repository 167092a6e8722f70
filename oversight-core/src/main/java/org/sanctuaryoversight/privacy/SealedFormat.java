package org.sanctuaryoversight.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stored forms of sealed values, so events written by earlier versions keep opening.
 *
 * <ul>
 *   <li>Version 1 (events before issue 18): {@code base64(nonce | ciphertext | tag)}, the key id as associated
 *       data. A ciphertext copied from one field or record of a subject into another opened there.</li>
 *   <li>Version 2: {@code v2:<field>:<record>:base64(nonce | ciphertext | tag)}, associated data
 *       {@code sanctuary-oversight/sealed/v2 NUL keyId NUL field NUL record}. Base64 has no {@code :}, so the
 *       two never mix up. Files: the bytes {@code SOv2} then nonce, ciphertext and tag, field {@code file}.</li>
 * </ul>
 */
final class SealedFormat {

    static final String FILE = "file";
    private static final String PREFIX = "v2:";
    private static final byte[] FILE_PREFIX = {'S', 'O', 'v', '2'};
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@+=-]{1,200}");

    /** Where a version 2 value belongs; {@code null} for a version 1 value. */
    record Label(String field, String record) {
    }

    private SealedFormat() {
    }

    static Label label(String field, String record) {
        if (field == null || record == null || !NAME.matcher(field).matches() || !NAME.matcher(record).matches()) {
            throw new IllegalArgumentException("a sealed value's field and record are plain identifiers");
        }
        return new Label(field, record);
    }

    /** The label stored with a value, or {@code null} for version 1. */
    static Label label(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = stored.split(":", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("malformed sealed value");
        }
        return label(parts[1], parts[2]);
    }

    static String text(Label label, byte[] ciphertext) {
        return PREFIX + label.field() + ":" + label.record() + ":" + Base64.getEncoder().encodeToString(ciphertext);
    }

    static byte[] ciphertext(String stored) {
        return Base64.getDecoder().decode(stored.startsWith(PREFIX) ? stored.substring(stored.lastIndexOf(':') + 1)
                : stored);
    }

    static byte[] associatedData(String keyId, Label label) {
        if (label == null) {
            return keyId.getBytes(StandardCharsets.UTF_8); // version 1
        }
        return ("sanctuary-oversight/sealed/v2\0" + keyId + "\0" + label.field() + "\0" + label.record())
                .getBytes(StandardCharsets.UTF_8);
    }

    static void expect(Sealed sealed, String keyId, String field, String record) {
        if (!sealed.keyId().equals(keyId)) {
            throw new IllegalArgumentException("a sealed value of another subject");
        }
        Label label = label(sealed.ciphertext());
        if (label != null && !(label.field().equals(field) && Objects.equals(label.record(), record))) {
            throw new IllegalArgumentException("a sealed value of another field or record");
        }
    }

    static byte[] bytes(byte[] ciphertext) {
        byte[] out = Arrays.copyOf(FILE_PREFIX, FILE_PREFIX.length + ciphertext.length);
        System.arraycopy(ciphertext, 0, out, FILE_PREFIX.length, ciphertext.length);
        return out;
    }

    static boolean isVersion2(byte[] sealed) {
        return sealed.length > FILE_PREFIX.length
                && Arrays.equals(sealed, 0, FILE_PREFIX.length, FILE_PREFIX, 0, FILE_PREFIX.length);
    }

    static byte[] withoutPrefix(byte[] sealed) {
        return Arrays.copyOfRange(sealed, FILE_PREFIX.length, sealed.length);
    }
}

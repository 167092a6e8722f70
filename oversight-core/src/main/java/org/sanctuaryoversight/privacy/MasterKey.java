package org.sanctuaryoversight.privacy;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption key from configuration. It only ever wraps and unwraps per-subject data keys
 * (envelope encryption), so rotating it means re-wrapping small keys, never re-writing events.
 */
public final class MasterKey {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    private MasterKey(byte[] keyBytes, SecureRandom random) {
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("The master key must be 32 bytes (256 bits), base64-encoded.");
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.random = random;
    }

    public static MasterKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The master key is not valid base64.", e);
        }
        return new MasterKey(bytes, new SecureRandom());
    }

    /** A fresh random key in base64, for first-run setup of the embedded mode. */
    public static String generateBase64() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    byte[] wrap(String keyId, byte[] dataKey) {
        return Aead.encrypt(key, random, dataKey, aad(keyId));
    }

    byte[] unwrap(String keyId, byte[] wrapped) {
        return Aead.decrypt(key, wrapped, aad(keyId));
    }

    private static byte[] aad(String keyId) {
        return ("data-key:" + keyId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** AES-256-GCM with a random 96-bit nonce prepended to the output. */
    static final class Aead {
        private Aead() {
        }

        static byte[] encrypt(SecretKeySpec key, SecureRandom random, byte[] plaintext, byte[] aad) {
            try {
                byte[] nonce = new byte[NONCE_BYTES];
                random.nextBytes(nonce);
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(aad);
                byte[] sealed = cipher.doFinal(plaintext);
                byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
                System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
                return out;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM encryption failed", e);
            }
        }

        static byte[] decrypt(SecretKeySpec key, byte[] nonceAndCiphertext, byte[] aad) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key,
                        new GCMParameterSpec(TAG_BITS, nonceAndCiphertext, 0, NONCE_BYTES));
                cipher.updateAAD(aad);
                return cipher.doFinal(nonceAndCiphertext, NONCE_BYTES, nonceAndCiphertext.length - NONCE_BYTES);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM decryption failed: wrong key or tampered data", e);
            }
        }
    }
}

package org.sanctuaryoversight.app.surveillance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where an uploaded log waits between the two passes: a temporary file encrypted (AES-256-CTR, a stream
 * cipher, so neither pass holds the file in memory) under a key that exists only in this object. Plates and
 * officer names never touch the disk in clear, and a file left behind by a crash is unreadable noise. The
 * second pass re-checks the SHA-256, so a changed file is caught.
 */
final class EncryptedSpool implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final SecretKeySpec key;
    private final byte[] iv = new byte[16];

    EncryptedSpool(Path directory) {
        byte[] keyBytes = new byte[32];
        RANDOM.nextBytes(keyBytes);
        RANDOM.nextBytes(iv);
        this.key = new SecretKeySpec(keyBytes, "AES");
        try {
            Files.createDirectories(directory);
            Path created = Files.createTempFile(directory, "alpr-upload-", ".bin");
            try {
                Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the content is encrypted either way
            }
            this.file = created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OutputStream output() {
        try {
            return new CipherOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), cipher(Cipher.ENCRYPT_MODE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream input() {
        try {
            return new CipherInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), cipher(Cipher.DECRYPT_MODE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Cipher cipher(int mode) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, key, new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR is missing from this Java runtime", e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
